import { test, expect } from "vitest";
import { buildGraph, type BuiltGraph } from "./build.ts";
import { chooseOrientation, depths, layout, NODE } from "./layout.ts";
import { parse } from "./parser.ts";

function graphOf(expr: string): BuiltGraph {
  const r = parse(expr);
  if (!r.ok) throw new Error(r.error.message);
  const g = buildGraph(r.expr, { w1: 1, x1: 2, w2: 3, x2: 4, b: 5, x: 2 });
  if ("tooLarge" in g) throw new Error("too large");
  return g;
}

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NODE.width && Math.abs(a.y - b.y) < NODE.height;

test("depths(graph) puts every op after its inputs and an input just before its first use", () => {
  const g = graphOf("tanh(w1*x1 + w2*x2 + b)");
  const d = depths(g);
  for (const e of g.edges) expect(d[e.from]).toBeLessThan(d[e.to]);
  const b = g.nodes.find((n) => n.name === "b")!.id;
  expect(d[b]).toBe(2); // beside the first sum, not with w1 and x1
  expect(d[g.output]).toBe(Math.max(...d));
});

for (const orientation of ["horizontal", "vertical"] as const) {
  test(`layout(graph, "${orientation}") keeps boxes apart and inside the drawing`, () => {
    const g = graphOf("x*x + x - sigmoid(x) / (1 + exp(-x))");
    const { boxes, width, height } = layout(g, orientation);
    boxes.forEach((a, i) => {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + NODE.width).toBeLessThanOrEqual(width);
      expect(a.y + NODE.height).toBeLessThanOrEqual(height);
      boxes.forEach((b, j) => {
        if (i !== j) expect(overlaps(a, b), `nodes ${i} and ${j}`).toBe(false);
      });
    });
  });
}

test("chooseOrientation(graph, width) goes left to right when it fits, top to bottom on a phone", () => {
  const g = graphOf("tanh(w1*x1 + w2*x2 + b)");
  expect(chooseOrientation(g, 700)).toBe("horizontal");
  expect(chooseOrientation(g, 350)).toBe("vertical");
});

test("layout(graph) marks edges that skip a layer and leaves room for their arcs", () => {
  const g = graphOf("x*x + x");
  const { skips, boxes } = layout(g, "horizontal");
  const x = g.nodes.find((n) => n.name === "x")!.id;
  // x → × twice (next layer), x → + (two layers on)
  expect(g.edges.map((e, i) => (e.from === x ? skips[i] : null)).filter((v) => v !== null)).toEqual([false, false, true]);
  expect(Math.min(...boxes.map((b) => b.y))).toBeGreaterThanOrEqual(44);
});
