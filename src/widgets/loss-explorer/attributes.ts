// The widget's attributes: how a page or a link configures it, and how its state is written back.
// Logits are a comma-separated list; the true class counts from 1, as the widget shows it.
import { DEFAULT_STATE, createState, isView, type LossExplorerState } from "./model.ts";

export const ATTRIBUTES = ["view", "p", "y", "logits", "temperature", "true-class"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

function parseNumber(text: string | null | undefined, fallback: number): number {
  if (text == null || text.trim() === "") return fallback;
  const n = Number(text);
  return Number.isFinite(n) ? n : fallback;
}

function parseLogits(text: string | null | undefined): readonly number[] {
  if (text == null || text.trim() === "") return DEFAULT_STATE.logits;
  const values = text.split(",").map((v) => (v.trim() === "" ? NaN : Number(v)));
  return values.every(Number.isFinite) ? values : DEFAULT_STATE.logits;
}

/** Reads a state; a missing or malformed attribute falls back to its default, values are clamped. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): LossExplorerState {
  const view = read("view")?.trim().toLowerCase();
  const temperature = parseNumber(read("temperature"), DEFAULT_STATE.temperature);
  return createState({
    view: isView(view) ? view : DEFAULT_STATE.view,
    p: parseNumber(read("p"), DEFAULT_STATE.p),
    y: parseNumber(read("y"), DEFAULT_STATE.y),
    logits: parseLogits(read("logits")),
    temperature: temperature > 0 ? temperature : DEFAULT_STATE.temperature,
    trueClass: parseNumber(read("true-class"), DEFAULT_STATE.trueClass + 1) - 1,
  });
}

/** Rounds to 4 decimals and never writes "-0". */
export function formatNumber(n: number): string {
  const r = Math.round(n * 1e4) / 1e4;
  return String(r === 0 ? 0 : r);
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
