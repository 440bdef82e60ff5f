// The loss of each iteration so far, as a small line chart: it should go down.
import { html, svg } from "../kit/dom.ts";
import { lossHistory, type BackpropState, type LossPoint } from "./model.ts";
import { show } from "./text.ts";

const W = 320;
const H = 120;
const PAD = { left: 40, right: 16, top: 14, bottom: 28 };

export interface LossChart {
  readonly element: HTMLDivElement;
  draw(state: BackpropState): void;
}

/** "Loss per iteration: 1: 0.855, 2: 0.400." */
export function historyLabel(points: readonly LossPoint[]): string {
  if (points.length === 0) return "Loss per iteration: none yet; the loss step computes it.";
  return `Loss per iteration: ${points.map((p) => `${p.iteration}: ${show(p.loss)}`).join(", ")}.`;
}

export function createLossChart(): LossChart {
  const element = html("div", { class: "nnbs-history" });
  const title = html("p", { class: "nnbs-history-title", "aria-hidden": "true" }, "Loss 𝓛 per iteration");
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "nnbs-history-svg" });
  element.append(title, root);

  function draw(state: BackpropState): void {
    const points = lossHistory(state).slice(-30); // the last 30 iterations keep the dots apart
    root.replaceChildren();
    root.setAttribute("aria-label", historyLabel(points));
    const bottom = H - PAD.bottom;
    svg("line", { x1: PAD.left, x2: W - PAD.right, y1: bottom, y2: bottom, class: "nnbs-axis" }, root);
    svg("line", { x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: bottom, class: "nnbs-axis" }, root);
    const top = Math.max(0.5, Math.ceil(Math.max(...points.map((p) => p.loss), 0) * 2) / 2);
    const sy = (loss: number) => bottom - (loss / top) * (bottom - PAD.top);
    tick(PAD.left - 6, sy(0) + 4, "0", "end");
    tick(PAD.left - 6, sy(top) + 4, show(top, 1), "end");
    if (points.length === 0) {
      tick((PAD.left + W - PAD.right) / 2, (PAD.top + bottom) / 2, "Next step to the loss…", "middle");
      return;
    }
    const first = points[0].iteration;
    const span = Math.max(points[points.length - 1].iteration - first, 4);
    const sx = (it: number) => PAD.left + 12 + ((it - first) / span) * (W - PAD.left - PAD.right - 24);
    const coords = points.map((p) => `${sx(p.iteration).toFixed(1)},${sy(p.loss).toFixed(1)}`);
    svg("polyline", { points: coords.join(" "), class: "nnbs-history-line" }, root);
    for (const p of points) svg("circle", { cx: sx(p.iteration), cy: sy(p.loss), r: 3.5, class: "nnbs-history-dot" }, root);
    const last = points[points.length - 1];
    tick(sx(first), bottom + 18, String(first), "middle");
    if (last.iteration !== first) tick(sx(last.iteration), bottom + 18, String(last.iteration), "middle");
    const right = sx(last.iteration) > W - 80;
    const label = tick(sx(last.iteration) + (right ? -8 : 8), sy(last.loss) - 8, show(last.loss), right ? "end" : "start");
    label.setAttribute("data-testid", "last-loss");
  }

  function tick(x: number, y: number, content: string, anchor: string): SVGTextElement {
    const el = svg("text", { x, y, "text-anchor": anchor, class: "nnbs-tick" }, root);
    el.textContent = content;
    return el;
  }

  return { element, draw };
}
