// The loss explorer's model: state and update, no DOM. Two parts, either or both shown:
// "binary", a prediction p against a target y with MSE and BCE and their gradients, and
// "softmax", a few logits under a temperature with the cross-entropy of a true class.
import {
  bce,
  bceGradP,
  bceGradZ,
  crossEntropy,
  crossEntropyGrad,
  logit,
  mse,
  mseGradP,
  mseGradZ,
  softmax,
} from "./losses.ts";

export const VIEWS = ["both", "binary", "softmax"] as const;
export type View = (typeof VIEWS)[number];

export function isView(v: unknown): v is View {
  return typeof v === "string" && (VIEWS as readonly string[]).includes(v);
}

/** Slider ranges, shared by the controls, the clamps below and the tests. */
export const RANGES = {
  p: { min: 0.01, max: 0.99, step: 0.01 },
  y: { min: 0, max: 1, step: 0.05 },
  logit: { min: -5, max: 5, step: 0.1 },
  temperature: { min: 0.1, max: 5, step: 0.05 },
  classes: { min: 2, max: 6 },
} as const;

export interface LossExplorerState {
  readonly view: View;
  /** The predicted probability ŷ = σ(z) (the attribute p). */
  readonly p: number;
  /** The target, 0 or 1 for a label, anything in [0, 1] for a soft target. */
  readonly y: number;
  /** One logit per class, 2 to 6 classes. */
  readonly logits: readonly number[];
  /** The softmax temperature T > 0: the probabilities are softmax(z / T). */
  readonly temperature: number;
  /** The true class, counting from 0 (the widget shows it counting from 1). */
  readonly trueClass: number;
}

/** A badly wrong prediction: p = 0.05 for a label y = 1, where MSE's gradient has almost vanished. */
export const DEFAULT_STATE: LossExplorerState = {
  view: "both",
  p: 0.05,
  y: 1,
  logits: [2, 1, 0.5, -1],
  temperature: 1,
  trueClass: 1,
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
// sliders hold multiples of their step; rounding keeps 0.1 + 0.2 out of the attributes
const snap = (v: number, step: number) => Math.round(v / step) * step;
const tidy = (v: number) => Number(v.toFixed(6));

/** A valid state from any partial one: values clamped into their ranges, the class kept in range. */
export function createState(config: Partial<LossExplorerState> = {}): LossExplorerState {
  const s = { ...DEFAULT_STATE, ...config };
  const { p, y, logit: z, temperature: t, classes } = RANGES;
  const logits = (s.logits.length >= classes.min ? s.logits : DEFAULT_STATE.logits)
    .slice(0, classes.max)
    .map((v) => tidy(clamp(v, z.min, z.max)));
  return {
    view: isView(s.view) ? s.view : DEFAULT_STATE.view,
    p: tidy(clamp(s.p, p.min, p.max)),
    y: tidy(clamp(s.y, y.min, y.max)),
    logits,
    temperature: tidy(clamp(s.temperature, t.min, t.max)),
    trueClass: clamp(Math.round(s.trueClass), 0, logits.length - 1),
  };
}

export function setPrediction(s: LossExplorerState, p: number): LossExplorerState {
  return createState({ ...s, p: snap(p, RANGES.p.step) });
}

export function setTarget(s: LossExplorerState, y: number): LossExplorerState {
  return createState({ ...s, y: snap(y, RANGES.y.step) });
}

export function setLogit(s: LossExplorerState, k: number, value: number): LossExplorerState {
  const logits = s.logits.map((v, i) => (i === k ? snap(value, RANGES.logit.step) : v));
  return createState({ ...s, logits });
}

export function setTemperature(s: LossExplorerState, t: number): LossExplorerState {
  return createState({ ...s, temperature: snap(t, RANGES.temperature.step) });
}

export function setTrueClass(s: LossExplorerState, c: number): LossExplorerState {
  return createState({ ...s, trueClass: c });
}

/** What the binary part reads out: both losses at p, and their slopes in p and in the logit z. */
export interface BinaryReading {
  readonly p: number;
  readonly y: number;
  readonly z: number;
  readonly mse: number;
  readonly bce: number;
  readonly mseGradP: number;
  readonly bceGradP: number;
  readonly mseGradZ: number;
  readonly bceGradZ: number;
}

export function binaryReading(s: Pick<LossExplorerState, "p" | "y">): BinaryReading {
  const { p, y } = s;
  return {
    p,
    y,
    z: logit(p),
    mse: mse(p, y),
    bce: bce(p, y),
    mseGradP: mseGradP(p, y),
    bceGradP: bceGradP(p, y),
    mseGradZ: mseGradZ(p, y),
    bceGradZ: bceGradZ(p, y),
  };
}

/** What the softmax part reads out: the probabilities, the loss for the true class and its gradient. */
export interface SoftmaxReading {
  readonly probabilities: number[];
  readonly loss: number;
  /** ∂L/∂z_k for every logit. */
  readonly gradient: number[];
}

export function softmaxReading(s: Pick<LossExplorerState, "logits" | "temperature" | "trueClass">): SoftmaxReading {
  return {
    probabilities: softmax(s.logits, s.temperature),
    loss: crossEntropy(s.logits, s.trueClass, s.temperature),
    gradient: crossEntropyGrad(s.logits, s.trueClass, s.temperature),
  };
}

/** The two loss curves over p ∈ [lo, hi], sampled at n + 1 evenly spaced points. */
export function lossCurves(y: number, n = 160, lo = 0.002, hi = 0.998): { p: number[]; mse: number[]; bce: number[] } {
  const p = Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
  return { p, mse: p.map((v) => mse(v, y)), bce: p.map((v) => bce(v, y)) };
}
