// The softmax part's figure: one bar per class for softmax(z / T), the true class in the accent
// colour, each bar with its probability above and ∂L/∂z_k below.
import { drawGrid, linear, round, type Box } from "./axes.ts";
import { svg } from "../kit/dom.ts";
import type { LossExplorerState, SoftmaxReading } from "./model.ts";
import { className, show, softmaxFigureLabel } from "./text.ts";

const BOX: Box = { width: 400, height: 250, left: 36, right: 12, top: 22, bottom: 62 };
const sy = linear([0, 1], [BOX.height - BOX.bottom, BOX.top]);

export interface SoftmaxFigure {
  readonly element: SVGSVGElement;
  draw(s: LossExplorerState, r: SoftmaxReading): void;
}

export function createSoftmaxFigure(): SoftmaxFigure {
  const root = svg("svg", { viewBox: `0 0 ${BOX.width} ${BOX.height}`, role: "img", class: "nnle-svg", "data-testid": "softmax-bars" });
  const grid = svg("g", {}, root);
  const identity = (v: number) => v;
  drawGrid(grid, BOX, identity, sy, { x: [], y: [0, 0.25, 0.5, 0.75, 1], format: (v) => String(v) });
  const bars = svg("g", {}, root);
  const yBase = BOX.height - BOX.bottom;
  svg("text", { class: "nnle-tick", x: BOX.left - 6, y: yBase + 34, "text-anchor": "end" }, root).textContent = "∂L/∂z";

  return {
    element: root,
    draw(s, r) {
      const n = r.probabilities.length;
      const slot = (BOX.width - BOX.left - BOX.right) / n;
      const width = Math.min(56, slot * 0.62);
      const marks: SVGElement[] = [];
      r.probabilities.forEach((q, k) => {
        const cx = BOX.left + slot * (k + 0.5);
        const top = sy(q);
        const cls = k === s.trueClass ? "nnle-bar nnle-true" : "nnle-bar nnle-other";
        marks.push(
          svg("rect", { class: cls, x: round(cx - width / 2), y: round(top), width: round(width), height: round(Math.max(yBase - top, 0.5)), "data-testid": `bar-${k + 1}` }),
          svg("text", { class: "nnle-value-label", x: round(cx), y: round(top - 5), "text-anchor": "middle" }),
          svg("text", { class: k === s.trueClass ? "nnle-class nnle-class-true" : "nnle-class", x: round(cx), y: yBase + 16, "text-anchor": "middle" }),
          svg("text", { class: "nnle-tick", x: round(cx), y: yBase + 34, "text-anchor": "middle" }),
        );
        const [, value, label, grad] = marks.slice(-4);
        value.textContent = show(q, 2);
        label.textContent = k === s.trueClass ? `${className(k)} ✓` : className(k);
        grad.textContent = show(r.gradient[k], 2);
      });
      bars.replaceChildren(...marks);
      root.setAttribute("aria-label", softmaxFigureLabel(s, r));
    },
  };
}
