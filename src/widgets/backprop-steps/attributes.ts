// The widget's attributes: how a page or a link configures it, and how its state is written back.
// seed, x1, x2 and y configure; lr, weights, step and iteration are the state, written back after
// every change, so copying the element (or a link built from it) resumes where the reader was.
import { parseNumber } from "../kit/parse.ts";
import { DEFAULT_CONFIG, createState, currentParams, iterationNumber, type BackpropState, type Config, type Restore } from "./model.ts";
import { PARAM_COUNT, fromFlat, toFlat } from "./network.ts";

export const ATTRIBUTES = ["seed", "lr", "x1", "x2", "y", "weights", "step", "iteration"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** "w, w, …": the 9 parameters W⁽¹⁾ (row by row), b⁽¹⁾, W⁽²⁾, b⁽²⁾; anything else is ignored. */
function parseWeights(text: string | null | undefined): number[] | undefined {
  if (text == null) return undefined;
  const values = text.split(",").map((s) => (s.trim() === "" ? Number.NaN : Number(s)));
  return values.length === PARAM_COUNT && values.every(Number.isFinite) ? values : undefined;
}

/** The shortest decimal that reads back as the same float32, as PyTorch prints it. */
export function formatFloat32(n: number): string {
  const f = Math.fround(n);
  for (let digits = 1; digits < 9; digits++) {
    const s = String(Number(f.toPrecision(digits)));
    if (Math.fround(Number(s)) === f) return s === "-0" ? "0" : s;
  }
  return String(f);
}

/** Reads the configuration and the state to resume; missing or malformed values fall back. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): { config: Config; restore: Restore } {
  const d = DEFAULT_CONFIG;
  const seed = parseNumber(read("seed"), d.seed);
  const lr = parseNumber(read("lr"), d.lr);
  const y = parseNumber(read("y"), d.example.y);
  const config: Config = {
    seed: Number.isSafeInteger(seed) ? seed : d.seed,
    lr: lr > 0 ? lr : d.lr,
    example: {
      x: [parseNumber(read("x1"), d.example.x[0]), parseNumber(read("x2"), d.example.x[1])],
      y: y === 0 || y === 1 ? y : d.example.y,
    },
  };
  const weights = parseWeights(read("weights"));
  const restore: Restore = {
    params: weights && fromFlat(weights),
    step: parseNumber(read("step"), 0),
    iteration: parseNumber(read("iteration"), 1),
  };
  return { config, restore };
}

/** The state as attributes: the configuration plus where the reader is. */
export function toAttributes(state: BackpropState): Record<AttributeName, string> {
  const { seed, lr, example } = state.config;
  return {
    seed: String(seed),
    lr: String(Math.round(lr * 1e4) / 1e4),
    x1: String(example.x[0]),
    x2: String(example.x[1]),
    y: String(example.y),
    weights: toFlat(currentParams(state)).map(formatFloat32).join(","),
    step: String(state.step),
    iteration: String(iterationNumber(state)),
  };
}

/** The state the attributes describe. */
export function stateFromAttributes(read: (name: AttributeName) => string | null | undefined): BackpropState {
  const { config, restore } = parseAttributes(read);
  return createState(config, restore);
}
