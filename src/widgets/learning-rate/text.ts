// What the learning-rate widget says.
import { show } from "../kit/format.ts";
import type { LearningRateRun, Regime } from "./model.ts";

const REGIME_TEXT: Record<Regime, string> = {
  converges: "converges without overshooting the steep axis",
  oscillates: "converges, zig-zagging across the steep axis",
  boundary: "sits on the boundary: the steep axis flips between +1 and −1 for ever",
  diverges: "diverges",
};

/** "η = 0.15, bound 2/λmax = 0.20: the factor 1 − ηλmax is −0.50, so the run converges, zig-zagging…" */
export function learningRateStatus(lr: number, run: LearningRateRun): string {
  const stopped = run.divergedAt === null ? "" : ` (stopped at step ${run.divergedAt}, when θ passed 10⁶)`;
  return `η = ${show(lr, 3)}, bound 2/λmax = ${show(run.bound, 3)}: the factor 1 − ηλmax is ${show(run.factor, 2)}, so the run ${REGIME_TEXT[run.regime]}${stopped}.`;
}

export const DESCRIPTION = "The path of gradient descent on a quadratic for the chosen learning rate, and its loss per step on a log scale.";
