// The digit reader's attributes: how many epochs a run trains, and the seed of its weights and
// batches. The drawing and the trained weights are not attributes (the weights live in the
// reader's browser, see saved-model.ts).
import { parseNumber } from "../kit/parse.ts";

export const ATTRIBUTES = ["epochs", "seed"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface DigitReaderState {
  /** 1 to 5. */
  epochs: number;
  /** A whole number ≥ 0. */
  seed: number;
}

export const DEFAULT_STATE: DigitReaderState = { epochs: 3, seed: 0 };
export const MAX_EPOCHS = 5;

export function parseAttributes(read: (name: AttributeName) => string | null | undefined): DigitReaderState {
  const epochs = parseNumber(read("epochs"), DEFAULT_STATE.epochs);
  const seed = parseNumber(read("seed"), DEFAULT_STATE.seed);
  return {
    epochs: Number.isInteger(epochs) && epochs >= 1 && epochs <= MAX_EPOCHS ? epochs : DEFAULT_STATE.epochs,
    seed: Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31 ? seed : DEFAULT_STATE.seed,
  };
}

export function toAttributes(state: DigitReaderState): Record<AttributeName, string> {
  return { epochs: String(state.epochs), seed: String(state.seed) };
}
