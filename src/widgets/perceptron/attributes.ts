// The widget's attributes: how a page or a link configures it, and how its state is written back.
import { formatNumber } from "../kit/format.ts";
import { parseChoice, parseNumber } from "../kit/parse.ts";
import { DATASETS } from "./datasets.ts";
import { DEFAULT_CONFIG, type Config } from "./model.ts";

export const ATTRIBUTES = ["w1", "w2", "b", "dataset", "lr"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];


/** Reads a configuration; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): Config {
  const lr = parseNumber(read("lr"), DEFAULT_CONFIG.learningRate);
  return {
    w1: parseNumber(read("w1"), DEFAULT_CONFIG.w1),
    w2: parseNumber(read("w2"), DEFAULT_CONFIG.w2),
    b: parseNumber(read("b"), DEFAULT_CONFIG.b),
    learningRate: lr > 0 ? lr : DEFAULT_CONFIG.learningRate,
    dataset: parseChoice(read("dataset"), DATASETS, DEFAULT_CONFIG.dataset),
  };
}


export function toAttributes(config: Config): Record<AttributeName, string> {
  return {
    w1: formatNumber(config.w1),
    w2: formatNumber(config.w2),
    b: formatNumber(config.b),
    dataset: config.dataset,
    lr: formatNumber(config.learningRate),
  };
}
