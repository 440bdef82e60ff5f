// The widget's attributes: how a page or a link configures it, and how its state is written back.
import { formatNumber } from "../kit/format.ts";
import { parseChoice, parseNumber } from "../kit/parse.ts";
import { ACTIVATION_NAMES, DEFAULT_STATE, createState, type ExplorerState } from "./model.ts";

export const ATTRIBUTES = ["fn", "x"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Reads a state; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): ExplorerState {
  return createState({ fn: parseChoice(read("fn"), ACTIVATION_NAMES, DEFAULT_STATE.fn), x: parseNumber(read("x"), DEFAULT_STATE.x) });
}

export function toAttributes(state: ExplorerState): Record<AttributeName, string> {
  return { fn: state.fn, x: formatNumber(state.x) };
}
