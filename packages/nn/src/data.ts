/** The `data` namespace: small data sets for the book's examples. */
export { xor, and, or } from "./data/logic.ts";
export type { Dataset } from "./data/logic.ts";
export { linearlySeparable } from "./data/linearly-separable.ts";
export type { LinearlySeparableOptions, SeparableDataset } from "./data/linearly-separable.ts";
