// The learning-rate widget's attributes: how a page or a link configures it.
import { formatNumber } from "../kit/format.ts";
import { parseNumber } from "../kit/parse.ts";
import { DEFAULT_CONFIG, type LearningRateConfig } from "./model.ts";

export const ATTRIBUTES = ["lr", "lambda-max", "dimensions"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export const LR_RANGE = { min: 0.005, max: 0.3, step: 0.005 } as const;

export function parseAttributes(read: (name: AttributeName) => string | null | undefined): LearningRateConfig {
  const lr = parseNumber(read("lr"), DEFAULT_CONFIG.lr);
  const lambdaMax = parseNumber(read("lambda-max"), DEFAULT_CONFIG.lambdaMax);
  const dimensions = parseNumber(read("dimensions"), DEFAULT_CONFIG.dimensions);
  return {
    lr: lr > 0 && lr <= 10 ? lr : DEFAULT_CONFIG.lr,
    lambdaMax: lambdaMax >= 1 && lambdaMax <= 100 ? lambdaMax : DEFAULT_CONFIG.lambdaMax,
    dimensions: dimensions === 1 ? 1 : 2,
    steps: DEFAULT_CONFIG.steps,
  };
}

export function toAttributes(config: LearningRateConfig): Record<AttributeName, string> {
  return { lr: formatNumber(config.lr), "lambda-max": formatNumber(config.lambdaMax), dimensions: String(config.dimensions) };
}
