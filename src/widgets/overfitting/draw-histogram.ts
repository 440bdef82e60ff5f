// The weight histogram: how the network's weights (not its biases) are spread, over a window that
// widens in powers of two with the largest weight; L2 pulls the spread in, L1 piles weights on 0.
import { html, svg } from "../kit/dom.ts";
import { round } from "../kit/format.ts";
import type { WeightHistogram } from "./histogram.ts";
import { histogramText, magnitudeText } from "./text.ts";

const W = 360, H = 110;
const PAD = { left: 10, right: 10, top: 6, bottom: 22 };
const PLOT_W = W - PAD.left - PAD.right, BOTTOM = H - PAD.bottom;

export interface HistogramFigure {
  readonly element: HTMLDivElement;
  draw(h: WeightHistogram): void;
}

export function createHistogramFigure(): HistogramFigure {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "nnof-svg", role: "img", "data-testid": "histogram" });
  const bins = svg("g", {}, root);
  svg("line", { class: "nnof-grid", x1: PAD.left, x2: W - PAD.right, y1: BOTTOM, y2: BOTTOM }, root);
  const ticks = svg("g", {}, root);
  const caption = html("p", { class: "nnof-caption", "data-testid": "histogram-caption" });
  const element = html("div", { class: "nnof-panel" });
  element.append(html("p", { class: "nnof-title" }, "Weights (bar height ∝ √count)"), root, caption);
  let range = 0;

  function draw(h: WeightHistogram): void {
    const peak = Math.max(1, ...h.counts);
    const width = PLOT_W / h.counts.length;
    bins.replaceChildren(...h.counts.map((c, i) => {
      const height = round((Math.sqrt(c / peak)) * (BOTTOM - PAD.top), 1);
      return svg("rect", { class: "nnof-bin", x: round(PAD.left + i * width, 1), y: round(BOTTOM - height, 1), width: round(width - 1, 1), height });
    }));
    if (range !== h.range) {
      range = h.range;
      ticks.replaceChildren();
      for (const t of [-h.range, 0, h.range]) {
        const x = PAD.left + ((t + h.range) / (2 * h.range)) * PLOT_W;
        svg("text", { class: "nnof-tick", x: round(x), y: H - 6, "text-anchor": t < 0 ? "start" : t > 0 ? "end" : "middle" }, ticks).textContent = t < 0 ? `−${magnitudeText(-t)}` : t > 0 ? magnitudeText(t) : "0";
      }
    }
    const text = histogramText(h);
    caption.textContent = text;
    root.setAttribute("aria-label", `Histogram of the network's weights from −${magnitudeText(h.range)} to ${magnitudeText(h.range)} (bar heights on a square-root scale): ${text}`);
  }

  return { element, draw };
}
