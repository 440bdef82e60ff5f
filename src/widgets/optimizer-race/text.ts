// What the race says: its labels, its status line and the description of its figure.
import { show } from "../kit/format.ts";
import type { RacerName, RacerPath } from "./model.ts";
import type { SurfaceName } from "./surfaces.ts";

export const RACER_LABELS: Record<RacerName, string> = {
  sgd: "SGD",
  momentum: "Momentum",
  nesterov: "Nesterov",
  rmsprop: "RMSprop",
  adam: "Adam",
};

export const SURFACE_LABELS: Record<SurfaceName, string> = {
  valley: "Ill-conditioned valley",
  rosenbrock: "Rosenbrock",
  saddle: "Saddle",
  "two-minima": "Two minima",
};

/** The loss with 3 significant digits, or in powers of ten when small. */
export function lossText(loss: number): string {
  return loss !== 0 && Math.abs(loss) < 1e-3 ? loss.toExponential(1).replace("-", "−") : show(loss, 3);
}

/** One racer's part of the status line at step `step`. */
export function racerStatus(path: RacerPath, step: number): string {
  const label = RACER_LABELS[path.name];
  if (path.divergedAt !== null && step >= path.divergedAt) return `${label} diverged at step ${path.divergedAt}`;
  const point = path.points[Math.min(step, path.points.length - 1)];
  return `${label} loss ${lossText(point.loss)}`;
}

/** "Step 40 of 300 on Rosenbrock: SGD loss 0.512, …, Adam diverged at step 12." */
export function raceStatus(surface: SurfaceName, paths: readonly RacerPath[], step: number, maxSteps: number): string {
  return `Step ${step} of ${maxSteps} on ${SURFACE_LABELS[surface]}: ${paths.map((p) => racerStatus(p, step)).join(", ")}.`;
}

export const DESCRIPTION =
  "Contour lines of a two-dimensional loss surface with the path of each optimizer from a common start point, " +
  "and below it the loss of each optimizer per step on a log scale.";

/** The internal state shown beside each racer at `step`: momentum's last move, the adaptive methods' per-axis rate. */
export function stateText(path: RacerPath, step: number): string {
  if (step === 0 || step > path.moves.length) return "—";
  const [a, b] = path.name === "rmsprop" || path.name === "adam" ? path.scales[step - 1] : path.moves[step - 1];
  const f = (v: number) => (Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(1) : v.toFixed(3)).replace("-", "−");
  if (path.name === "sgd") return `step (${f(a)}, ${f(b)})`;
  if (path.name === "momentum" || path.name === "nesterov") return `velocity (${f(a)}, ${f(b)})`;
  return `rate per axis ${f(a)}, ${f(b)}`;
}
