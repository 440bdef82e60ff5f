// The widget's attributes: how a page or a link configures it, and how its state is written back.
// Logits are a comma-separated list; the true class counts from 1, as the widget shows it.
import { formatNumber } from "../kit/format.ts";
import { parseChoice, parseNumber, parseNumbers } from "../kit/parse.ts";
import { DEFAULT_STATE, VIEWS, createState, type LossExplorerState } from "./model.ts";

export const ATTRIBUTES = ["view", "p", "y", "logits", "temperature", "true-class"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];


/** Reads a state; a missing or malformed attribute falls back to its default, values are clamped. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): LossExplorerState {
  const temperature = parseNumber(read("temperature"), DEFAULT_STATE.temperature);
  return createState({
    view: parseChoice(read("view"), VIEWS, DEFAULT_STATE.view),
    p: parseNumber(read("p"), DEFAULT_STATE.p),
    y: parseNumber(read("y"), DEFAULT_STATE.y),
    logits: parseNumbers(read("logits"), DEFAULT_STATE.logits),
    temperature: temperature > 0 ? temperature : DEFAULT_STATE.temperature,
    trueClass: parseNumber(read("true-class"), DEFAULT_STATE.trueClass + 1) - 1,
  });
}

export function toAttributes(s: LossExplorerState): Record<AttributeName, string> {
  return {
    view: s.view,
    p: formatNumber(s.p),
    y: formatNumber(s.y),
    logits: s.logits.map(formatNumber).join(","),
    temperature: formatNumber(s.temperature),
    "true-class": String(s.trueClass + 1),
  };
}
