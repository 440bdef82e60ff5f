// The playground's attributes: how a page or a link configures it, and how its state is written back.
import { formatNumber } from "../kit/format.ts";
import { parseChoice, parseNumber } from "../kit/parse.ts";
import { DATASETS, DEFAULT_CONFIG, normalizeConfig, type Config } from "./config.ts";

export const ATTRIBUTES = ["dataset", "noise", "train-fraction", "width", "depth", "l1", "l2", "dropout", "early-stopping", "lr", "seed"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Reads a configuration; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): Config {
  const d = DEFAULT_CONFIG;
  const number = (name: AttributeName, fallback: number) => parseNumber(read(name), fallback);
  const nonNegative = (name: AttributeName, fallback: number) => {
    const v = number(name, fallback);
    return v >= 0 ? v : fallback;
  };
  const seed = number("seed", d.seed);
  return normalizeConfig({
    dataset: parseChoice(read("dataset"), DATASETS, d.dataset),
    noise: nonNegative("noise", d.noise),
    trainFraction: number("train-fraction", d.trainFraction),
    width: number("width", d.width),
    depth: number("depth", d.depth),
    l1: nonNegative("l1", d.l1),
    l2: nonNegative("l2", d.l2),
    dropout: nonNegative("dropout", d.dropout),
    earlyStopping: parseChoice(read("early-stopping"), ["on", "off"] as const, d.earlyStopping ? "on" : "off") === "on",
    lr: number("lr", d.lr),
    seed: Number.isSafeInteger(seed) ? seed : d.seed,
  });
}

export function toAttributes(config: Config): Record<AttributeName, string> {
  return {
    dataset: config.dataset,
    noise: formatNumber(config.noise),
    "train-fraction": formatNumber(config.trainFraction),
    width: String(config.width),
    depth: String(config.depth),
    l1: String(config.l1),
    l2: String(config.l2),
    dropout: formatNumber(config.dropout),
    "early-stopping": config.earlyStopping ? "on" : "off",
    lr: String(config.lr),
    seed: String(config.seed),
  };
}
