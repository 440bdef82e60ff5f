import { describe, test, expect } from "vitest";
import { Value } from "@nnbook/nn";
import { buildGraph, toValue, type BuiltGraph } from "./build.ts";
import { parse } from "./parser.ts";
import { snapshot, totalSteps } from "./steps.ts";

function graphOf(expr: string, values: Record<string, number>): BuiltGraph {
  const r = parse(expr);
  if (!r.ok) throw new Error(r.error.message);
  const g = buildGraph(r.expr, values);
  if ("tooLarge" in g) throw new Error("too large");
  return g;
}

// The gradients of the variables from the engine's own backward(), by label.
function engineGrads(expr: string, values: Record<string, number>): Record<string, number> {
  const r = parse(expr);
  if (!r.ok) throw new Error(r.error.message);
  const out = toValue(r.expr, values);
  out.backward();
  const grads: Record<string, number> = {};
  for (const n of out.graph().nodes) if (n.label in values) grads[n.label] = n.grad;
  return grads;
}

const CASES: [string, Record<string, number>][] = [
  ["tanh(w1*x1 + w2*x2 + b)", { w1: 0.5, x1: 2, w2: -1.5, x2: -1, b: -1 }],
  ["x*x + x", { x: 3 }],
  ["a - b / c", { a: 1.5, b: -2, c: 0.7 }],
  ["sigmoid(a) * (1 - sigmoid(a))", { a: 0.3 }],
  ["log(exp(a) + exp(b)) + relu(a - b) + relu(b - a)^2", { a: 0.2, b: -1.1 }],
  ["(x^3 - 2*x).tanh() * y.pow(-1)", { x: 0.4, y: 2.5 }],
];

describe("snapshot(graph, step)", () => {
  for (const [expr, values] of CASES) {
    test(`at the last step gives Value.backward()'s gradients for ${expr}`, () => {
      const g = graphOf(expr, values);
      const last = snapshot(g, totalSteps(g));
      const expected = engineGrads(expr, values);
      for (const n of g.nodes) {
        expect(last.values[n.id]).toBe(n.data);
        expect(last.grads[n.id]).toBeCloseTo(n.grad, 12);
        if (n.kind === "input") expect(last.grads[n.id]).toBeCloseTo(expected[n.name], 12);
      }
    });
  }

  test("fills values in topological order, then gradients from the output back", () => {
    const g = graphOf("tanh(w1*x1 + w2*x2 + b)", { w1: 0.5, x1: 2, w2: -1.5, x2: -1, b: -1 });
    const ops = g.nodes.filter((n) => n.kind === "op").length; // ×, ×, +, +, tanh
    expect(ops).toBe(5);
    expect(totalSteps(g)).toBe(11);

    const start = snapshot(g, 0);
    expect(start.phase).toBe("start");
    expect(start.current).toBeNull();
    expect(start.values.filter((v) => v === null)).toHaveLength(5); // only the inputs are known
    expect(start.grads.every((v) => v === null)).toBe(true);

    const first = snapshot(g, 1);
    expect(first.phase).toBe("forward");
    expect(g.nodes[first.current as number].name).toBe("×");
    expect(first.edges.map((i) => g.edges[i].to)).toEqual([first.current, first.current]);

    const forwardDone = snapshot(g, 5);
    expect(forwardDone.values.every((v) => v !== null)).toBe(true);
    expect(forwardDone.values[g.output]).toBeCloseTo(Math.tanh(1.5), 12);
    expect(forwardDone.grads.every((v) => v === null)).toBe(true);

    const seed = snapshot(g, 6);
    expect(seed.phase).toBe("seed");
    expect(seed.grads[g.output]).toBe(1);
    expect(seed.grads.filter((v) => v !== null)).toHaveLength(1);

    const tanhBack = snapshot(g, 7);
    expect(tanhBack.phase).toBe("backward");
    expect(tanhBack.current).toBe(g.output);
    const z = g.nodes[g.output].inputs[0];
    expect(tanhBack.grads[z]).toBeCloseTo(1 - Math.tanh(1.5) ** 2, 12);
  });

  test("accumulates a variable's gradient as each use sends its share", () => {
    const g = graphOf("x*x + x", { x: 3 });
    const x = g.nodes.find((n) => n.name === "x")!.id;
    // ops: ×, +; steps: 2 forward, seed, "+" back (x gets 1), "×" back (x gets 3 + 3)
    expect(snapshot(g, 4).grads[x]).toBe(1);
    expect(snapshot(g, 5).grads[x]).toBe(7);
    expect(g.edges.filter((e) => e.from === x)).toHaveLength(3);
  });

  test("clamps the step to 0…total", () => {
    const g = graphOf("a*b", { a: 2, b: 3 });
    expect(snapshot(g, -4).step).toBe(0);
    expect(snapshot(g, 99).step).toBe(3);
  });
});

test("buildGraph(expr, values) names variables, numbers and operations", () => {
  const g = graphOf("2*a - b", { a: 1, b: 4 });
  expect(g.nodes.map((n) => `${n.kind}:${n.name}`)).toEqual([
    "constant:2", "input:a", "op:×", "input:b", "constant:−1", "op:×", "op:+",
  ]);
  expect(g.nodes[g.output].data).toBe(-2);
  expect(new Value(1).graph().nodes).toHaveLength(1);
});
