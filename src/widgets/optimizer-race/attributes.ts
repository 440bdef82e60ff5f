// The race's attributes: how a page or a link configures it, and how its state is written back.
import { formatNumber } from "../kit/format.ts";
import { parseChoice, parseNumber, parseNumbers } from "../kit/parse.ts";
import { DEFAULT_CONFIG, MAX_STEPS, RACER_NAMES, type RaceConfig, type RacerName } from "./model.ts";
import { SURFACES, SURFACE_NAMES } from "./surfaces.ts";

export interface RaceState {
  config: RaceConfig;
  /** How many steps of the race are shown, 0 … MAX_STEPS. */
  step: number;
}

export const ATTRIBUTES = ["surface", "start", "lr-sgd", "lr-momentum", "lr-nesterov", "lr-rmsprop", "lr-adam", "beta1", "beta2", "step"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

const lrAttribute = (name: RacerName) => `lr-${name}` as AttributeName;
const positive = (v: number, fallback: number) => (v > 0 ? v : fallback);
const beta = (v: number, fallback: number) => (v >= 0 && v < 1 ? v : fallback);

/** Reads a state; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): RaceState {
  const surface = parseChoice(read("surface"), SURFACE_NAMES, DEFAULT_CONFIG.surface);
  const start = parseNumbers(read("start"), SURFACES[surface].start);
  const lr = Object.fromEntries(RACER_NAMES.map((n) => [n, positive(parseNumber(read(lrAttribute(n)), DEFAULT_CONFIG.lr[n]), DEFAULT_CONFIG.lr[n])])) as Record<RacerName, number>;
  const step = Math.round(parseNumber(read("step"), 0));
  return {
    config: {
      surface,
      start: start.length === 2 ? [start[0], start[1]] : SURFACES[surface].start,
      lr,
      beta1: beta(parseNumber(read("beta1"), DEFAULT_CONFIG.beta1), DEFAULT_CONFIG.beta1),
      beta2: beta(parseNumber(read("beta2"), DEFAULT_CONFIG.beta2), DEFAULT_CONFIG.beta2),
    },
    step: step >= 0 && step <= MAX_STEPS ? step : 0,
  };
}

export function toAttributes({ config, step }: RaceState): Record<AttributeName, string> {
  const attrs = {
    surface: config.surface,
    start: config.start.map(formatNumber).join(","),
    beta1: formatNumber(config.beta1),
    beta2: formatNumber(config.beta2),
    step: String(step),
  } as Record<AttributeName, string>;
  for (const n of RACER_NAMES) attrs[lrAttribute(n)] = formatNumber(config.lr[n]);
  return attrs;
}
