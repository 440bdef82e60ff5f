import { describe, expect, test } from "vitest";
import { Value } from "../../src/index.ts";
import { ops2 } from "../reference/ops2.ts";

/** The expressions of make_ops2.py's value_cases, built with Value. */
const EXPRESSIONS: Record<string, (v: Record<string, Value>) => Value> = {
  "micrograd sanity check": ({ x }) => {
    const z = x.mul(2).add(2).add(x);
    const q = z.relu().add(z.mul(x));
    const h = z.mul(z).relu();
    return h.add(q).add(q.mul(x));
  },
  "micrograd more ops": ({ a, b }) => {
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c).add(1);
    c = c.add(1).add(c).add(a.neg());
    d = d.add(d.mul(2)).add(b.add(a).relu());
    d = d.add(d.mul(3)).add(b.sub(a).relu());
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2);
    g = g.add(new Value(10).div(f));
    return g;
  },
  "neuron tanh(x1 w1 + x2 w2 + b)": ({ x1, x2, w1, w2, b }) => x1.mul(w1).add(x2.mul(w2)).add(b).tanh(),
  "log(exp(a) + sigmoid(b)) / (a - b) - (-b)^2": ({ a, b }) =>
    a.exp().add(b.sigmoid()).log().div(a.sub(b)).sub(b.neg().pow(2)),
};

describe("Value", () => {
  for (const c of ops2.values) {
    test(`${c.name}: value and gradients match PyTorch`, () => {
      const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, x]) => [k, new Value(x, k)]));
      const out = EXPRESSIONS[c.name](inputs);
      out.backward();
      expect(out.data).toBeCloseTo(c.output, 10);
      for (const [k, g] of Object.entries(c.grads)) expect(inputs[k].grad, k).toBeCloseTo(g, 9);
    });
  }

  test("new Value(data, label) holds data, grad 0, no op and no children", () => {
    const a = new Value(2, "a");
    expect([a.data, a.grad, a.label, a.op, a.children]).toEqual([2, 0, "a", "", []]);
  });

  test("value.add(value) records the op and its children", () => {
    const a = new Value(2), b = new Value(-3);
    const c = a.mul(b);
    expect(c.op).toBe("*");
    expect(c.children).toEqual([a, b]);
    expect(c.data).toBe(-6);
  });

  test("value.backward() sums the gradient of a value used twice", () => {
    const a = new Value(3);
    const b = a.add(a);
    b.backward();
    expect(a.grad).toBe(2);
  });

  test("value.backward() accumulates into inputs across calls until zeroGrad()", () => {
    const a = new Value(3);
    const b = a.mul(a);
    b.backward();
    b.backward();
    expect(a.grad).toBe(12);
    expect(b.grad).toBe(1);
    b.zeroGrad();
    expect(a.grad).toBe(0);
  });

  test("value.graph() lists nodes in topological order with edges from inputs", () => {
    const a = new Value(2, "a"), b = new Value(-3, "b");
    const e = a.mul(b);
    e.label = "e";
    const L = e.tanh();
    L.label = "L";
    L.backward();
    const { nodes, edges } = L.graph();
    expect(nodes.map((n) => n.label)).toEqual(["a", "b", "e", "L"]);
    expect(nodes.map((n) => n.op)).toEqual(["", "", "*", "tanh"]);
    expect(nodes.map((n) => n.id)).toEqual([0, 1, 2, 3]);
    expect(edges.map(({ from, to }) => ({ from, to }))).toEqual([{ from: 0, to: 2 }, { from: 1, to: 2 }, { from: 2, to: 3 }]);
    // each edge carries ∂to/∂from, the factor backward() used on it
    expect(edges.map((e) => e.local)).toBeAllclose([-3, 2, 1 - Math.tanh(-6) ** 2], { rtol: 1e-12 });
    expect(nodes[3].grad).toBe(1);
    expect(nodes[0].grad).toBeCloseTo(-3 * (1 - Math.tanh(-6) ** 2), 12);
  });

  test("value.graph() of a long chain does not overflow the stack", () => {
    let v = new Value(0);
    for (let i = 0; i < 20000; i++) v = v.add(1);
    v.backward();
    expect(v.graph().nodes.length).toBe(40001);
  });

  test("value.mul(x) rejects what is neither a Value nor a number", () => {
    expect(() => new Value(1).mul("2" as unknown as number)).toThrow("Value.mul: expected a Value or a number, got string");
    expect(() => new Value(1).pow(new Value(2) as unknown as number)).toThrow("Value.pow: exponent must be a number (not a Value), got object");
  });
});
