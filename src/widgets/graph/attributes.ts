// The widget's attributes: expr, values ("a=2, b=-3") and step. A page or a link configures the
// widget through them, and the widget writes its state back, so a configured graph can be shared.
import { DEFAULT_EXPR, DEFAULT_VALUES } from "./defaults.ts";
import type { GraphConfig, GraphState } from "./model.ts";

export const ATTRIBUTES = ["expr", "values", "step"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** "a=2, b=-3" → { a: 2, b: −3 }; malformed pairs are skipped. */
export function parseValues(text: string): Record<string, number> {
  const values: Record<string, number> = {};
  for (const pair of text.split(/[,;]/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)\s*$/.exec(pair);
    if (!m) continue;
    const v = Number(m[2].replace("−", "-"));
    if (Number.isFinite(v)) values[m[1]] = v;
  }
  return values;
}

/** Rounds to 6 significant digits, which is what a link needs, and never writes "-0". */
export function formatNumber(n: number): string {
  const r = Number(n.toPrecision(6));
  return String(r === 0 ? 0 : r);
}

export function formatValues(names: readonly string[], values: Readonly<Record<string, number>>): string {
  return names.filter((n) => Number.isFinite(values[n])).map((n) => `${n}=${formatNumber(values[n])}`).join(", ");
}

/** Reads a configuration; a missing attribute falls back to the default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): GraphConfig {
  const expr = read("expr") ?? DEFAULT_EXPR;
  const values = parseValues(read("values") ?? (read("expr") == null ? DEFAULT_VALUES : ""));
  const step = Number(read("step") ?? 0);
  return { expr, values, step: Number.isFinite(step) ? step : 0 };
}

/** The attributes that reproduce a state: only the expression's own variables are written. */
export function toAttributes(state: GraphState): Record<AttributeName, string> {
  const names = state.variables.length > 0 ? state.variables : Object.keys(state.values);
  return { expr: state.expr, values: formatValues(names, state.values), step: String(state.step) };
}
