// The race: every optimizer starts from the same point on a surface and steps with the engine's
// own optimizer (optim.SGD, optim.RMSprop, optim.Adam) on engine tensors. Pure: no DOM; a race is
// recomputed from its configuration, so a state is just the configuration and how far it has run.
import { optim, tensor, type Tensor } from "@nnbook/nn";
import { SURFACES, type SurfaceName } from "./surfaces.ts";

export const RACER_NAMES = ["sgd", "momentum", "nesterov", "rmsprop", "adam"] as const;
export type RacerName = (typeof RACER_NAMES)[number];

export interface RaceConfig {
  surface: SurfaceName;
  start: readonly [number, number];
  /** Learning rate of each optimizer. */
  lr: Readonly<Record<RacerName, number>>;
  /** Momentum μ of "momentum" and "nesterov", and β₁ of Adam. */
  beta1: number;
  /** RMSprop's α and Adam's β₂. */
  beta2: number;
}

export const MAX_STEPS = 300;
/** Beyond this distance from the window, or a loss this large, a path has diverged. */
const DIVERGED_LOSS = 1e6;

/** The rates that suit a surface, by racer. */
export function ratesFor(surface: SurfaceName): Record<RacerName, number> {
  const r = SURFACES[surface].rates;
  return { sgd: r[0], momentum: r[1], nesterov: r[2], rmsprop: r[3], adam: r[4] };
}

export const DEFAULT_CONFIG: RaceConfig = {
  surface: "valley",
  start: SURFACES.valley.start,
  lr: ratesFor("valley"),
  beta1: 0.9,
  beta2: 0.99,
};

export interface RacePoint {
  x: number;
  y: number;
  loss: number;
}

export interface RacerPath {
  name: RacerName;
  /** points[0] is the start; points[t] the position after t steps (finite values only). */
  points: RacePoint[];
  /** The step at which the loss became non-finite or larger than 1e6, or null. */
  divergedAt: number | null;
  /** Per step t ≥ 1, the step taken, θ_t − θ_{t−1} (momentum's velocity, −η·b_t in PyTorch's form). */
  moves: (readonly [number, number])[];
  /** Per step t ≥ 1, the effective rate per axis |Δθ/g| (RMSprop's and Adam's per-coordinate scale). */
  scales: (readonly [number, number])[];
}

/** The engine optimizer behind each racer, from the configuration. */
export function makeOptimizer(name: RacerName, params: Tensor[], config: RaceConfig): optim.Optimizer {
  const lr = config.lr[name];
  switch (name) {
    case "sgd": return new optim.SGD(params, { lr });
    case "momentum": return new optim.SGD(params, { lr, momentum: config.beta1 });
    case "nesterov": return new optim.SGD(params, { lr, momentum: config.beta1, nesterov: true });
    case "rmsprop": return new optim.RMSprop(params, { lr, alpha: config.beta2 });
    case "adam": return new optim.Adam(params, { lr, betas: [config.beta1, config.beta2] });
  }
}

/** One optimizer's path for `steps` steps, stopped at the first non-finite or huge loss. */
export function racePath(name: RacerName, config: RaceConfig, steps = MAX_STEPS): RacerPath {
  const surface = SURFACES[config.surface];
  const x = tensor([config.start[0]], { requiresGrad: true });
  const y = tensor([config.start[1]], { requiresGrad: true });
  const opt = makeOptimizer(name, [x, y], config);
  const points: RacePoint[] = [];
  const moves: (readonly [number, number])[] = [];
  const scales: (readonly [number, number])[] = [];
  let divergedAt: number | null = null;
  for (let t = 0; t <= steps; t++) {
    opt.zeroGrad();
    const loss = surface.loss(x, y);
    const value = loss.item();
    const px = x.data[0], py = y.data[0];
    if (!Number.isFinite(value) || !Number.isFinite(px) || !Number.isFinite(py) || value > DIVERGED_LOSS) {
      divergedAt = t;
      break;
    }
    points.push({ x: px, y: py, loss: value });
    if (t === steps) break;
    loss.backward();
    const gx = x.grad!.data[0], gy = y.grad!.data[0];
    opt.step();
    const dx = x.data[0] - px, dy = y.data[0] - py;
    moves.push([dx, dy]);
    scales.push([gx === 0 ? 0 : Math.abs(dx / gx), gy === 0 ? 0 : Math.abs(dy / gy)]);
  }
  return { name, points, divergedAt, moves, scales };
}

/** Every racer's path: a whole race. */
export function race(config: RaceConfig, racers: readonly RacerName[] = RACER_NAMES, steps = MAX_STEPS): RacerPath[] {
  return racers.map((name) => racePath(name, config, steps));
}
