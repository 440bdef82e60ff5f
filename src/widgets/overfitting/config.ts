// What a reader (or a link) can set in the overfitting playground, its ranges and its defaults.

export const DATASETS = ["circles", "moons", "spiral", "xor"] as const;
export type DatasetName = (typeof DATASETS)[number];
export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = {
  circles: "Circles",
  moons: "Moons",
  spiral: "Spiral",
  xor: "XOR",
};

/** The strengths the L1 and L2 sliders step through (λ, no ½ on L2's Σw²). */
export const STRENGTHS = [0, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1] as const;

export const LIMITS = {
  noise: { min: 0, max: 0.6, step: 0.05 },
  trainFraction: { min: 0.1, max: 0.9, step: 0.1 },
  width: { min: 1, max: 32, step: 1 },
  depth: { min: 1, max: 4, step: 1 },
  dropout: { min: 0, max: 0.6, step: 0.05 },
  /** log10 of Adam's learning rate. */
  logLr: { min: -3, max: 0, step: 0.1 },
} as const;

export interface Config {
  readonly dataset: DatasetName;
  /** Std of the data's Gaussian noise (for the spiral, of its angle in radians). */
  readonly noise: number;
  /** Share of the 200 points trained on; the rest is the test set. */
  readonly trainFraction: number;
  /** Units per hidden layer. */
  readonly width: number;
  /** Hidden layers (ReLU). */
  readonly depth: number;
  /** λ₁ of λ₁ Σ|w| over the weights (not the biases). */
  readonly l1: number;
  /** λ₂ of λ₂ Σw² over the weights (not the biases). */
  readonly l2: number;
  /** Dropout rate after every hidden layer, while training. */
  readonly dropout: number;
  /** Hold out a quarter of the training points as a validation set and stop when its loss stalls. */
  readonly earlyStopping: boolean;
  /** Adam's learning rate. */
  readonly lr: number;
  /** Seed of the data, the split, the weights and the dropout masks. */
  readonly seed: number;
}

/** Few noisy points and a wide, deep net: it overfits within a few hundred steps. */
export const DEFAULT_CONFIG: Config = {
  dataset: "moons",
  noise: 0.3,
  trainFraction: 0.2,
  width: 32,
  depth: 3,
  l1: 0,
  l2: 0,
  dropout: 0,
  earlyStopping: false,
  lr: 0.01,
  seed: 1,
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const snap = (v: number, step: number) => Math.round(v / step) * step;
const tidy = (v: number) => Math.round(v * 1e6) / 1e6;

/** Keeps every number in its range and on its slider's steps (the strengths and the rate may sit between). */
export function normalizeConfig(c: Config): Config {
  const strength = (v: number) => (Number.isFinite(v) ? clamp(v, 0, 1) : 0);
  return {
    ...c,
    noise: tidy(clamp(snap(c.noise, 0.01), LIMITS.noise.min, LIMITS.noise.max)),
    trainFraction: tidy(clamp(snap(c.trainFraction, 0.05), LIMITS.trainFraction.min, LIMITS.trainFraction.max)),
    width: clamp(Math.round(c.width), LIMITS.width.min, LIMITS.width.max),
    depth: clamp(Math.round(c.depth), LIMITS.depth.min, LIMITS.depth.max),
    l1: strength(c.l1),
    l2: strength(c.l2),
    dropout: tidy(clamp(snap(c.dropout, 0.05), LIMITS.dropout.min, LIMITS.dropout.max)),
    lr: c.lr > 0 && Number.isFinite(c.lr) ? c.lr : DEFAULT_CONFIG.lr,
    seed: Number.isSafeInteger(c.seed) ? c.seed : DEFAULT_CONFIG.seed,
  };
}

/** The slider position of a strength: the index of the nearest one in STRENGTHS. */
export function strengthIndex(v: number): number {
  let best = 0;
  STRENGTHS.forEach((s, i) => {
    if (Math.abs(s - v) < Math.abs(STRENGTHS[best] - v)) best = i;
  });
  return best;
}
