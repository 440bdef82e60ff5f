// The batch-noise figures: mini-batch gradients as arrows around the full gradient, and the loss
// curves of every batch size against steps or examples seen (log-scaled x).
import { svg } from "../kit/dom.ts";
import { linear } from "../kit/axes.ts";
import { round } from "../kit/format.ts";
import { BATCH_SIZES, type CurvePoint, type Scatter } from "./model.ts";
import { batchLabel } from "./text.ts";

const W = 300, H = 300;
export const CURVE_COLORS = ["#d6336c", "#e8590c", "#2f9e44", "#1c7ed6", "#7048e8"];

export interface ScatterFigure {
  readonly element: SVGSVGElement;
  draw(s: Scatter, shown: number): void;
}

export function createScatterFigure(): ScatterFigure {
  const element = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "nnbn-svg", role: "img", "aria-label": "Mini-batch gradients as arrows from the origin, around the full gradient" });
  return {
    element,
    draw(s, shown) {
      element.replaceChildren();
      const reach = Math.max(0.05, ...s.batches.map((g) => Math.hypot(g[0], g[1])), Math.hypot(...s.full)) * 1.1;
      const sx = linear([-reach, reach], [0, W]), sy = linear([-reach, reach], [H, 0]);
      svg("line", { class: "nnbn-axis", x1: 0, x2: W, y1: sy(0), y2: sy(0) }, element);
      svg("line", { class: "nnbn-axis", x1: sx(0), x2: sx(0), y1: 0, y2: H }, element);
      for (const g of s.batches.slice(0, shown)) {
        svg("line", { class: "nnbn-batch", "data-testid": "batch-gradient", x1: sx(0), y1: sy(0), x2: round(sx(g[0])), y2: round(sy(g[1])) }, element);
      }
      svg("line", { class: "nnbn-full", "data-testid": "full-gradient", x1: sx(0), y1: sy(0), x2: round(sx(s.full[0])), y2: round(sy(s.full[1])) }, element);
      svg("text", { class: "nnbn-tick", x: 6, y: 14 }, element).textContent = "∂L/∂w₂ ↑   ∂L/∂w₁ →";
    },
  };
}

export interface CurveFigure {
  readonly element: SVGSVGElement;
  draw(points: readonly CurvePoint[], axis: "steps" | "examples", highlight: number): void;
}

export function createCurveFigure(): CurveFigure {
  const element = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "nnbn-svg", role: "img", "aria-label": "Training loss of every batch size" });
  return {
    element,
    draw(points, axis, highlight) {
      element.replaceChildren();
      const xOf = (p: CurvePoint) => Math.log10(1 + (axis === "steps" ? p.step : p.examples));
      const xMax = Math.max(...points.map(xOf));
      const losses = points.map((p) => p.loss);
      const sx = linear([0, xMax], [36, W - 6]), sy = linear([Math.min(...losses) * 0.95, Math.max(...losses) * 1.02], [H - 30, 8]);
      BATCH_SIZES.forEach((B, k) => {
        const pts = points.filter((p) => p.batchSize === B).map((p) => `${round(sx(xOf(p)))},${round(sy(p.loss))}`);
        svg("polyline", { class: B === highlight ? "nnbn-curve nnbn-current" : "nnbn-curve", "data-testid": `curve-${B}`, stroke: CURVE_COLORS[k], points: pts.join(" ") }, element);
        svg("text", { class: "nnbn-tick", x: W - 6, y: 20 + 14 * k, "text-anchor": "end", style: `fill: ${CURVE_COLORS[k]}` }, element).textContent = batchLabel(B);
      });
      svg("text", { class: "nnbn-tick", x: 36, y: H - 8 }, element).textContent = axis === "steps" ? "steps (log scale) →" : "examples seen (log scale) →";
    },
  };
}
