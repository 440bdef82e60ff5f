// The batch-noise widget's attributes: the chosen batch size and the curves' x axis.
import { parseChoice, parseNumber } from "../kit/parse.ts";
import { BATCH_SIZES } from "./model.ts";

export interface BatchNoiseState {
  batchSize: number;
  /** The loss curves against optimizer steps or against examples seen. */
  axis: "steps" | "examples";
}

export const DEFAULT_STATE: BatchNoiseState = { batchSize: 16, axis: "steps" };
export const ATTRIBUTES = ["batch-size", "axis"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export function parseAttributes(read: (name: AttributeName) => string | null | undefined): BatchNoiseState {
  const batchSize = parseNumber(read("batch-size"), DEFAULT_STATE.batchSize);
  return {
    batchSize: (BATCH_SIZES as readonly number[]).includes(batchSize) ? batchSize : DEFAULT_STATE.batchSize,
    axis: parseChoice(read("axis"), ["steps", "examples"] as const, DEFAULT_STATE.axis),
  };
}

export function toAttributes(state: BatchNoiseState): Record<AttributeName, string> {
  return { "batch-size": String(state.batchSize), axis: state.axis };
}
