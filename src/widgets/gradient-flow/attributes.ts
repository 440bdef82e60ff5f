// The widget's attributes: how a page or a link configures it, and how its state is written back.
import { parseChoice, parseNumber } from "../kit/parse.ts";
import { ACTIVATIONS, DEFAULT_CONFIG, INITS, normalizeConfig, type Config } from "./config.ts";

export const ATTRIBUTES = ["activation", "init", "depth", "layer", "seed", "lr"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Reads a configuration; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): Config {
  const lr = parseNumber(read("lr"), DEFAULT_CONFIG.learningRate);
  return normalizeConfig({
    activation: parseChoice(read("activation"), ACTIVATIONS, DEFAULT_CONFIG.activation),
    init: parseChoice(read("init"), INITS, DEFAULT_CONFIG.init),
    depth: parseNumber(read("depth"), DEFAULT_CONFIG.depth),
    layer: parseNumber(read("layer"), DEFAULT_CONFIG.layer),
    seed: Math.trunc(parseNumber(read("seed"), DEFAULT_CONFIG.seed)),
    learningRate: lr > 0 ? lr : DEFAULT_CONFIG.learningRate,
  });
}

export function toAttributes(config: Config): Record<AttributeName, string> {
  return {
    activation: config.activation,
    init: config.init,
    depth: String(config.depth),
    layer: String(config.layer),
    seed: String(config.seed),
    lr: String(config.learningRate),
  };
}
