// Geometry of the decision boundary, in data coordinates: the view around a data set, the line
// w₁x₁ + w₂x₂ + b = 0 clipped to it, and the two half-planes it splits the view into.
import { datasetPoints, type DatasetName } from "./datasets.ts";
import { weightedSum, type Weights } from "./model.ts";

export type Vec = readonly [number, number];
export type Domain = readonly [number, number];

/** A square view around the data, the same for both axes so the weight vector looks normal. */
export function viewDomain(dataset: DatasetName): Domain {
  if (dataset !== "separable") return [-0.5, 1.5];
  let m = 0;
  for (const p of datasetPoints(dataset)) m = Math.max(m, Math.abs(p.x1), Math.abs(p.x2));
  const half = Math.ceil(m * 4) / 4 + 0.25;
  return [-half, half];
}

const EPS = 1e-9;

/**
 * The part of the line w₁x₁ + w₂x₂ + b = 0 inside the box xDomain × yDomain, ordered left to right
 * (bottom to top when vertical); null when w₁ = w₂ = 0 or the line misses the box.
 */
export function boundary(state: Weights, xDomain: Domain, yDomain: Domain): [Vec, Vec] | null {
  const { w1, w2, b } = state;
  if (w1 === 0 && w2 === 0) return null;
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const hits: Vec[] = [];
  const add = (x: number, y: number) => {
    const inside = x >= x0 - EPS && x <= x1 + EPS && y >= y0 - EPS && y <= y1 + EPS;
    if (inside && !hits.some(([hx, hy]) => Math.abs(hx - x) < EPS && Math.abs(hy - y) < EPS)) {
      hits.push([x, y]);
    }
  };
  if (w2 !== 0) for (const x of [x0, x1]) add(x, -(w1 * x + b) / w2);
  if (w1 !== 0) for (const y of [y0, y1]) add(-(w2 * y + b) / w1, y);
  if (hits.length < 2) return null; // misses the box, or only touches a corner
  // A line meets a convex box in at most two distinct points.
  const [p, q] = hits;
  return p[0] < q[0] || (p[0] === q[0] && p[1] <= q[1]) ? [p, q] : [q, p];
}

/**
 * The box split by the line into the region predicted 1 (z ≥ 0) and the region predicted 0
 * (z < 0), as polygons; one of them is empty when the line misses the box.
 */
export function halfPlanes(
  state: Weights,
  xDomain: Domain,
  yDomain: Domain,
): { positive: Vec[]; negative: Vec[] } {
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const box: Vec[] = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  const z = (p: Vec) => weightedSum(state, { x1: p[0], x2: p[1] });
  return { positive: clip(box, (p) => z(p)), negative: clip(box, (p) => -z(p)) };
}

// Sutherland–Hodgman against one half-plane: keeps the part where f ≥ 0.
function clip(polygon: readonly Vec[], f: (p: Vec) => number): Vec[] {
  const out: Vec[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const c = polygon[(i + 1) % polygon.length];
    const fa = f(a);
    const fc = f(c);
    if (fa >= 0) out.push(a);
    if (fa >= 0 !== fc >= 0) {
      const t = fa / (fa - fc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out.length >= 3 ? out : [];
}
