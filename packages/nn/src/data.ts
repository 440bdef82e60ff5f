/** The `data` namespace: small data sets for the book's examples. */
export { xor, and, or } from "./data/logic.ts";
export type { Dataset } from "./data/logic.ts";
export { linearlySeparable } from "./data/linearly-separable.ts";
export type { LinearlySeparableOptions, SeparableDataset } from "./data/linearly-separable.ts";
export { trainTestSplit } from "./data/split.ts";
export type { TrainTestSplitOptions, TrainTestSplit } from "./data/split.ts";
export { batches } from "./data/batches.ts";
export type { BatchesOptions, Batch } from "./data/batches.ts";
export { circles } from "./data/circles.ts";
export type { CirclesOptions } from "./data/circles.ts";
export { moons } from "./data/moons.ts";
export type { MoonsOptions } from "./data/moons.ts";
export { spiral } from "./data/spiral.ts";
export type { SpiralOptions } from "./data/spiral.ts";
export { blobs } from "./data/blobs.ts";
export type { BlobsOptions } from "./data/blobs.ts";
export { decodeDigits } from "./data/digits.ts";
export type { DecodeDigitsOptions, Digits } from "./data/digits.ts";
