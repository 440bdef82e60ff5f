// One learning rate on a quadratic: θ stepped by the engine's optim.SGD on ½Σλᵢθᵢ², in one
// dimension (λ = λmax) or two (λ = 1 and λmax). Pure: no DOM, engine only.
import { optim, tensor } from "@nnbook/nn";

export interface LearningRateConfig {
  /** The learning rate η. */
  lr: number;
  /** The largest curvature λmax; the 2-D surface's other axis has λ = 1. */
  lambdaMax: number;
  dimensions: 1 | 2;
  steps: number;
}

export const DEFAULT_CONFIG: LearningRateConfig = { lr: 0.15, lambdaMax: 10, dimensions: 2, steps: 30 };

/** The four regimes of chapter 6, from |1 − ηλmax| (the slow axis never decides them). */
export type Regime = "converges" | "oscillates" | "boundary" | "diverges";

export interface LearningRateRun {
  /** θ after t steps, one entry per dimension; finite values only. */
  path: number[][];
  losses: number[];
  /** The step at which θ left all bounds (|θ| > 1e6 or non-finite), or null. */
  divergedAt: number | null;
  regime: Regime;
  /** The stability bound 2/λmax. */
  bound: number;
  /** The per-step factor of the steep axis, 1 − ηλmax. */
  factor: number;
}

export function curvatures(config: LearningRateConfig): number[] {
  return config.dimensions === 1 ? [config.lambdaMax] : [1, config.lambdaMax];
}

export function regime(lr: number, lambdaMax: number): Regime {
  const f = Math.abs(1 - lr * lambdaMax);
  if (Math.abs(f - 1) < 1e-9) return "boundary";
  if (f > 1) return "diverges";
  return lr * lambdaMax > 1 ? "oscillates" : "converges";
}

/** Runs the engine's SGD from θ₀ = 1 on every axis, stopping when θ leaves [−1e6, 1e6]. */
export function runLearningRate(config: LearningRateConfig): LearningRateRun {
  const lambdas = curvatures(config);
  const theta = tensor(lambdas.map(() => 1), { requiresGrad: true });
  const lam = tensor(lambdas);
  const opt = new optim.SGD([theta], { lr: config.lr });
  const path: number[][] = [], losses: number[] = [];
  let divergedAt: number | null = null;
  for (let t = 0; t <= config.steps; t++) {
    const values = Array.from(theta.data);
    if (values.some((v) => !Number.isFinite(v) || Math.abs(v) > 1e6)) {
      divergedAt = t;
      break;
    }
    opt.zeroGrad();
    const loss = theta.pow(2).mul(lam).sum().mul(0.5);
    path.push(values);
    losses.push(loss.item());
    if (t === config.steps) break;
    loss.backward();
    opt.step();
  }
  return { path, losses, divergedAt, regime: regime(config.lr, config.lambdaMax), bound: 2 / config.lambdaMax, factor: 1 - config.lr * config.lambdaMax };
}
