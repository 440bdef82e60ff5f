// The activation explorer's model: which scalar activation is shown, and where x is. Pure: no DOM.
// f and f′ are the kit's (kit/activations.ts), checked against the engine's autograd in model.test.ts;
// leaky ReLU has the engine's slope, 0.01, as the chapter's formula and cells do.
import { LEAKY_SLOPE, SCALAR } from "../kit/activations.ts";

export { LEAKY_SLOPE };

/** The range of x the figure shows and the slider covers. */
export const X_DOMAIN = [-5, 5] as const;
export const X_STEP = 0.1;

export const ACTIVATION_NAMES = ["sigmoid", "tanh", "relu", "leaky-relu", "linear"] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

export interface Activation {
  /** What the menu and the read-out call it. */
  readonly label: string;
  /** The formula, as plain text. */
  readonly formula: string;
  /** Its derivative, as plain text. */
  readonly derivative: string;
  /** The set of values it can output, as plain text. */
  readonly range: string;
  /** The function f. */
  f(x: number): number;
  /** Its derivative f′. At a kink (ReLU and leaky ReLU at 0) it returns what the engine's
   * backward() returns there, as PyTorch does: the slope on the left. */
  df(x: number): number;
  /** The y range its plot shows over X_DOMAIN. */
  readonly yDomain: readonly [number, number];
}

export const ACTIVATIONS: Record<ActivationName, Activation> = {
  sigmoid: {
    label: "sigmoid",
    formula: "σ(x) = 1 / (1 + e⁻ˣ)",
    derivative: "σ′(x) = σ(x)(1 − σ(x))",
    range: "(0, 1)",
    ...SCALAR.sigmoid,
    yDomain: [-0.5, 1.5],
  },
  tanh: {
    label: "tanh",
    formula: "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)",
    derivative: "tanh′(x) = 1 − tanh²(x)",
    range: "(−1, 1)",
    ...SCALAR.tanh,
    yDomain: [-1.5, 1.5],
  },
  relu: {
    label: "ReLU",
    formula: "ReLU(x) = max(0, x)",
    derivative: "ReLU′(x) = 1 if x > 0, else 0",
    range: "[0, ∞)",
    ...SCALAR.relu,
    yDomain: [-1.5, 5],
  },
  "leaky-relu": {
    label: "leaky ReLU",
    formula: `LeakyReLU(x) = max(${LEAKY_SLOPE}x, x)`,
    derivative: `LeakyReLU′(x) = 1 if x > 0, else ${LEAKY_SLOPE}`,
    range: "(−∞, ∞)",
    ...SCALAR["leaky-relu"],
    yDomain: [-1.5, 5],
  },
  linear: {
    label: "linear (identity)",
    formula: "f(x) = x",
    derivative: "f′(x) = 1",
    range: "(−∞, ∞)",
    ...SCALAR.linear,
    yDomain: [-5, 5],
  },
};

export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === "string" && (ACTIVATION_NAMES as readonly string[]).includes(name);
}

export interface ExplorerState {
  readonly fn: ActivationName;
  readonly x: number;
}

export const DEFAULT_STATE: ExplorerState = { fn: "sigmoid", x: 1 };

/** x clamped to the domain and rounded to the slider's step, so the slider and a link agree. */
export function snapX(x: number): number {
  if (!Number.isFinite(x)) return DEFAULT_STATE.x;
  const clamped = Math.min(X_DOMAIN[1], Math.max(X_DOMAIN[0], x));
  const snapped = Math.round(clamped / X_STEP) * X_STEP;
  return Number(snapped.toFixed(6)) + 0; // + 0 turns −0 into 0
}

export function createState(config: Partial<ExplorerState> = {}): ExplorerState {
  const fn = isActivationName(config.fn) ? config.fn : DEFAULT_STATE.fn;
  return { fn, x: snapX(config.x ?? DEFAULT_STATE.x) };
}

export function setFunction(state: ExplorerState, fn: ActivationName): ExplorerState {
  return fn === state.fn ? state : { ...state, fn };
}

export function setX(state: ExplorerState, x: number): ExplorerState {
  const next = snapX(x);
  return next === state.x ? state : { ...state, x: next };
}

export interface Reading {
  /** f(x) */
  readonly y: number;
  /** f′(x), the slope of the tangent */
  readonly slope: number;
  /** True where f has a kink at x and f′(x) is the engine's convention, not a derivative. */
  readonly kink: boolean;
}

export function read(state: ExplorerState): Reading {
  const a = ACTIVATIONS[state.fn];
  const kink = (state.fn === "relu" || state.fn === "leaky-relu") && state.x === 0;
  return { y: a.f(state.x), slope: a.df(state.x), kink };
}

/** The tangent line at x, as a function: t(u) = f(x) + f′(x)(u − x). */
export function tangent(state: ExplorerState): (u: number) => number {
  const { y, slope } = read(state);
  return (u) => y + slope * (u - state.x);
}

/** n + 1 evenly spaced samples [u, g(u)] of g over the domain, for drawing a curve. */
export function sample(g: (u: number) => number, n = 200, [u0, u1]: readonly [number, number] = X_DOMAIN): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const u = u0 + ((u1 - u0) * i) / n;
    points.push([u, g(u)]);
  }
  return points;
}
