import { describe, test, expect } from "vitest";
import { createState, current, lastStep, setExpression, setStep, setValue, variableValues } from "./model.ts";
import { parseAttributes, parseValues, toAttributes } from "./attributes.ts";

const neuron = { expr: "tanh(w1*x1 + w2*x2 + b)", values: { w1: 0.5, x1: 2, w2: -1.5, x2: -1, b: -1 }, step: 0 };

describe("model", () => {
  test("createState(config) builds the graph and clamps the step", () => {
    const s = createState({ ...neuron, step: 100 });
    expect(s.error).toBeNull();
    expect(s.variables).toEqual(["w1", "x1", "w2", "x2", "b"]);
    expect(s.step).toBe(lastStep(s));
    expect(current(s)?.grads[0]).toBeCloseTo((1 - Math.tanh(1.5) ** 2) * 2, 12);
  });

  test("an expression that does not parse keeps its text and values, with an error and no graph", () => {
    const s = setExpression(createState(neuron), "tanh(w1*x1");
    expect(s.graph).toBeNull();
    expect(s.error?.message).toMatch(/Expected “\)”/);
    expect(s.expr).toBe("tanh(w1*x1");
    expect(s.values.w2).toBe(-1.5);
    expect(current(s)).toBeNull();
    expect(setStep(s, 3)).toBe(s);
  });

  test("setExpression starts both passes over and gives new variables a value", () => {
    const s = setExpression(setStep(createState(neuron), 4), "w1 * q + r");
    expect(s.step).toBe(0);
    expect(variableValues(s)).toEqual([["w1", 0.5], ["q", -1.5], ["r", 0.5]]);
  });

  test("setValue recomputes the graph and keeps the step", () => {
    const s = setValue(setStep(createState(neuron), 5), "b", 0);
    expect(s.step).toBe(5);
    expect(current(s)?.values[s.graph!.output]).toBeCloseTo(Math.tanh(2.5), 12);
    expect(setValue(s, "b", Number.NaN)).toBe(s);
  });

  test("a graph too large to draw is an error, not a figure", () => {
    const s = createState({ expr: Array.from({ length: 30 }, (_, i) => `a${i}`).join("+"), values: {}, step: 0 });
    expect(s.graph).toBeNull();
    expect(s.error?.message).toMatch(/at most 40/);
  });
});

describe("attributes", () => {
  test("parseValues(text) reads name=value pairs and skips malformed ones", () => {
    expect(parseValues("a=2, b=-3; c = 0.5, d=x, =1, e=−1")).toEqual({ a: 2, b: -3, c: 0.5, e: -1 });
  });

  test("a state round-trips through its attributes", () => {
    const s = setStep(setValue(createState(neuron), "x2", 0.25), 7);
    const attrs = toAttributes(s);
    expect(attrs).toEqual({ expr: neuron.expr, values: "w1=0.5, x1=2, w2=-1.5, x2=0.25, b=-1", step: "7" });
    const back = createState(parseAttributes((name) => attrs[name]));
    expect(back.values).toEqual(s.values);
    expect(back.step).toBe(7);
    expect(toAttributes(back)).toEqual(attrs);
  });

  test("missing attributes give the default neuron; an unparsable step gives 0", () => {
    const c = parseAttributes(() => null);
    expect(c.expr).toBe(neuron.expr);
    expect(c.values).toEqual(neuron.values);
    expect(parseAttributes((n) => (n === "step" ? "soon" : null)).step).toBe(0);
  });
});
