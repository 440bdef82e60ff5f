import { describe, expect, test } from "vitest";
import { tensor, type Tensor } from "@nnbook/nn";
import {
  ACTIVATIONS,
  ACTIVATION_NAMES,
  DEFAULT_STATE,
  LEAKY_SLOPE,
  createState,
  read,
  sample,
  setFunction,
  setX,
  snapX,
  tangent,
  type ActivationName,
} from "./model.ts";

// The engine's op for each activation: the independent reference for f and, through backward(), f′.
const ENGINE: Record<ActivationName, (z: Tensor) => Tensor> = {
  sigmoid: (z) => z.sigmoid(),
  tanh: (z) => z.tanh(),
  relu: (z) => z.relu(),
  "leaky-relu": (z) => z.leakyRelu(LEAKY_SLOPE),
  linear: (z) => z.mul(1),
};

const XS = [-5, -3.7, -1, -0.1, 0, 0.1, 0.5, 1, 2.3, 5];

function engine(name: ActivationName, xs: number[]): { f: number[]; df: number[] } {
  const z = tensor(xs, { requiresGrad: true });
  const out = ENGINE[name](z);
  out.sum().backward(); // each output depends on its own input only, so grad = f′ entrywise
  return { f: out.toArray() as number[], df: z.grad!.toArray() as number[] };
}

describe("ACTIVATIONS", () => {
  for (const name of ACTIVATION_NAMES) {
    test(`ACTIVATIONS["${name}"].f and .df agree with the engine's op and its backward()`, () => {
      const ref = engine(name, XS);
      XS.forEach((x, i) => {
        expect(ACTIVATIONS[name].f(x)).toBeCloseTo(ref.f[i], 6);
        expect(ACTIVATIONS[name].df(x)).toBeCloseTo(ref.df[i], 6);
      });
    });
  }

  test("sigmoid's derivative peaks at 1/4 and tanh's at 1, both at 0", () => {
    expect(ACTIVATIONS.sigmoid.df(0)).toBe(0.25);
    expect(ACTIVATIONS.tanh.df(0)).toBe(1);
    for (const x of XS) expect(ACTIVATIONS.sigmoid.df(x)).toBeLessThanOrEqual(0.25);
  });

  test("tanh(x) = 2σ(2x) − 1", () => {
    for (const x of XS) expect(ACTIVATIONS.tanh.f(x)).toBeCloseTo(2 * ACTIVATIONS.sigmoid.f(2 * x) - 1, 12);
  });

  test("sigmoid is finite and exact at the extremes (no overflow in e^−x)", () => {
    expect(ACTIVATIONS.sigmoid.f(-1000)).toBe(0);
    expect(ACTIVATIONS.sigmoid.f(1000)).toBe(1);
    expect(ACTIVATIONS.sigmoid.df(-1000)).toBe(0);
  });

  test("the derivatives match central differences away from the kinks", () => {
    const h = 1e-6;
    for (const name of ACTIVATION_NAMES) {
      for (const x of XS.filter((x) => x !== 0)) {
        const numeric = (ACTIVATIONS[name].f(x + h) - ACTIVATIONS[name].f(x - h)) / (2 * h);
        expect(ACTIVATIONS[name].df(x)).toBeCloseTo(numeric, 6);
      }
    }
  });
});

describe("state", () => {
  test("createState(config) falls back to the defaults and snaps x", () => {
    expect(createState()).toEqual(DEFAULT_STATE);
    expect(createState({ fn: "tanh", x: 1.234 })).toEqual({ fn: "tanh", x: 1.2 });
    expect(createState({ fn: "softmax" as ActivationName, x: 99 })).toEqual({ fn: "sigmoid", x: 5 });
  });

  test("snapX(x) clamps to [−5, 5], rounds to 0.1 and never returns −0", () => {
    expect(snapX(-7)).toBe(-5);
    expect(snapX(0.15000001)).toBe(0.2);
    expect(snapX(0.30000000000000004)).toBe(0.3);
    expect(Object.is(snapX(-0.01), 0)).toBe(true);
    expect(snapX(Number.NaN)).toBe(DEFAULT_STATE.x);
  });

  test("setX(state, x) and setFunction(state, fn) return the same object when nothing changes", () => {
    const s = createState({ fn: "relu", x: 1 });
    expect(setX(s, 1.04)).toBe(s);
    expect(setFunction(s, "relu")).toBe(s);
    expect(setX(s, 2)).toEqual({ fn: "relu", x: 2 });
    expect(setFunction(s, "tanh")).toEqual({ fn: "tanh", x: 1 });
  });
});

describe("read and tangent", () => {
  test("read(state) gives f(x) and f′(x)", () => {
    const r = read(createState({ fn: "sigmoid", x: 1 }));
    expect(r.y).toBeCloseTo(0.7310585786, 9);
    expect(r.slope).toBeCloseTo(0.1966119332, 9);
    expect(r.kink).toBe(false);
  });

  test("read(state) flags ReLU's and leaky ReLU's kink at 0 and uses the engine's value there", () => {
    expect(read(createState({ fn: "relu", x: 0 }))).toEqual({ y: 0, slope: 0, kink: true });
    expect(read(createState({ fn: "leaky-relu", x: 0 }))).toEqual({ y: 0, slope: LEAKY_SLOPE, kink: true });
    expect(engine("relu", [0]).df[0]).toBe(0);
    expect(engine("leaky-relu", [0]).df[0]).toBeCloseTo(LEAKY_SLOPE, 7);
    expect(read(createState({ fn: "tanh", x: 0 })).kink).toBe(false);
  });

  test("tangent(state) touches f at x and has slope f′(x)", () => {
    const s = createState({ fn: "tanh", x: -0.7 });
    const t = tangent(s);
    const { y, slope } = read(s);
    expect(t(-0.7)).toBeCloseTo(y, 12);
    expect(t(1.3) - t(0.3)).toBeCloseTo(slope, 12);
  });

  test("sample(g, n) gives n + 1 points across the domain", () => {
    const pts = sample((u) => 2 * u, 10);
    expect(pts).toHaveLength(11);
    expect(pts[0]).toEqual([-5, -10]);
    expect(pts[10]).toEqual([5, 10]);
  });
});
