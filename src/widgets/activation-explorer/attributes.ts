// The widget's attributes: how a page or a link configures it, and how its state is written back.
import { DEFAULT_STATE, createState, isActivationName, type ExplorerState } from "./model.ts";

export const ATTRIBUTES = ["fn", "x"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Reads a state; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): ExplorerState {
  const fn = read("fn")?.trim().toLowerCase();
  const text = read("x");
  const x = text == null || text.trim() === "" ? DEFAULT_STATE.x : Number(text);
  return createState({ fn: isActivationName(fn) ? fn : DEFAULT_STATE.fn, x: Number.isFinite(x) ? x : DEFAULT_STATE.x });
}

/** Never writes "-0"; x is already on the slider's grid of 0.1. */
export function formatNumber(n: number): string {
  const r = Math.round(n * 1e4) / 1e4;
  return String(r === 0 ? 0 : r);
}

export function toAttributes(state: ExplorerState): Record<AttributeName, string> {
  return { fn: state.fn, x: formatNumber(state.x) };
}
