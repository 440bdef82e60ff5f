// The widget's attributes: how a page or a link configures it, and how its state is written back.
//   x="1,-0.5"  w1="0.37,0.56;-0.31,0.52;0.48,-0.22"  b1="-0.59,-0.1,-0.25"
//   w2="-0.53,0.39,0.18;-0.18,0.53,0.13"  b2="0.55,0.48"  activation="relu"  output="softmax"
//   edges="product"  seed="3"
// A weight matrix is written row by row as the engine stores it ([out, in]), rows split by ";".
// Parameters missing from the attributes come from the seed.
import { isHiddenActivation, isOutputActivation } from "./activations.ts";
import { DEFAULT_CONFIG, SIZES, float32, isEdgeLabels, seededLayers, type Config, type LayerParameters } from "./model.ts";

export const ATTRIBUTES = ["x", "w1", "b1", "w2", "b2", "activation", "output", "edges", "seed"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/**
 * The shortest decimal that reads back as the same float32 ("0.3", "-0.2443403"), so a seeded or
 * edited parameter survives the trip through an attribute exactly. Never "-0".
 */
export function formatNumber(n: number): string {
  const f = Math.fround(n);
  if (f === 0) return "0";
  for (let digits = 1; digits < 9; digits++) {
    const text = String(Number(f.toPrecision(digits)));
    if (Math.fround(Number(text)) === f) return text;
  }
  return String(Number(f.toPrecision(9)));
}

/** Exactly `count` finite numbers split by commas, semicolons or spaces, as float32 values, or null. */
export function parseList(text: string | null | undefined, count: number): number[] | null {
  if (text == null) return null;
  const parts = text.trim().split(/[\s,;]+/).filter((s) => s !== "");
  if (parts.length !== count) return null;
  const numbers = parts.map(Number);
  return numbers.every(Number.isFinite) ? numbers.map(float32) : null;
}

function parseSeed(text: string | null | undefined): number {
  if (text == null || text.trim() === "") return DEFAULT_CONFIG.seed;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : DEFAULT_CONFIG.seed;
}

/** Reads a configuration; a missing or malformed attribute falls back to its default or the seed. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): Config {
  const seed = parseSeed(read("seed"));
  const seeded = seededLayers(seed);
  const layer = (l: 1 | 2): LayerParameters => {
    const [inputs, out] = [SIZES[l - 1], SIZES[l]];
    const flat = parseList(read(l === 1 ? "w1" : "w2"), out * inputs);
    const bias = parseList(read(l === 1 ? "b1" : "b2"), out);
    return {
      weight: flat ? Array.from({ length: out }, (_, k) => flat.slice(k * inputs, (k + 1) * inputs)) : seeded[l - 1].weight,
      bias: bias ?? seeded[l - 1].bias,
    };
  };
  const activation = read("activation")?.trim().toLowerCase();
  const output = read("output")?.trim().toLowerCase();
  const edges = read("edges")?.trim().toLowerCase();
  return {
    x: parseList(read("x"), SIZES[0]) ?? DEFAULT_CONFIG.x,
    layers: [layer(1), layer(2)],
    activation: isHiddenActivation(activation) ? activation : DEFAULT_CONFIG.activation,
    output: isOutputActivation(output) ? output : DEFAULT_CONFIG.output,
    edges: isEdgeLabels(edges) ? edges : DEFAULT_CONFIG.edges,
    seed,
  };
}

const list = (values: readonly number[]) => values.map(formatNumber).join(",");

export function toAttributes(config: Config): Record<AttributeName, string> {
  const [first, second] = config.layers;
  return {
    x: list(config.x),
    w1: first.weight.map(list).join(";"),
    b1: list(first.bias),
    w2: second.weight.map(list).join(";"),
    b2: list(second.bias),
    activation: config.activation,
    output: config.output,
    edges: config.edges,
    seed: String(config.seed),
  };
}
