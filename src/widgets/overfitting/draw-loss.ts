// The loss figure: train, validation and test loss against steps on a log scale, with the step
// early stopping went back to. Only finite losses reach it (the model stops a run that blows up).
import { linear } from "../kit/axes.ts";
import { html, svg } from "../kit/dom.ts";
import { round } from "../kit/format.ts";
import { createLegend } from "../kit/legend.ts";
import type { LossRecord, Run } from "./model.ts";

const W = 360, H = 170;
const PAD = { left: 40, right: 10, top: 8, bottom: 26 };
/** At most this many points per line. */
const MAX_POINTS = 300;
const SPANS = [100, 200, 500, 1000, 2000, 4000];

export interface LossFigure {
  readonly element: HTMLDivElement;
  draw(run: Run): void;
}

/** The powers of ten that bracket the losses: [lo, hi] with lo ≥ 10⁻³ and hi ≥ 1. */
export function logBounds(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  const lo = Math.max(-3, Math.floor(Math.log10(Math.min(0.1, ...positive))));
  const hi = Math.max(0, Math.ceil(Math.log10(Math.max(1, ...positive))));
  return [lo, hi];
}

/** Every k-th record (and the last), so a line never has more than MAX_POINTS points. */
export function thin(history: readonly LossRecord[]): LossRecord[] {
  const k = Math.max(1, Math.ceil(history.length / MAX_POINTS));
  const out = history.filter((_, i) => i % k === 0);
  if (history.length > 0 && out.at(-1) !== history.at(-1)) out.push(history.at(-1)!);
  return out;
}

export function createLossFigure(): LossFigure {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "nnof-svg", role: "img", "data-testid": "loss" });
  const grid = svg("g", {}, root);
  const best = svg("line", { class: "nnof-best", visibility: "hidden" }, root);
  const lines = {
    train: svg("polyline", { class: "nnof-line nnof-line-train", "data-testid": "loss-train" }, root),
    val: svg("polyline", { class: "nnof-line nnof-line-val", "data-testid": "loss-val" }, root),
    test: svg("polyline", { class: "nnof-line nnof-line-test", "data-testid": "loss-test" }, root),
  };
  const legend = createLegend([
    { mark: { svg: ["line", { x1: -8, x2: 8, y1: 0, y2: 0, class: "nnof-line nnof-line-train" }] }, text: "train" },
    { mark: { svg: ["line", { x1: -8, x2: 8, y1: 0, y2: 0, class: "nnof-line nnof-line-val" }] }, text: "validation" },
    { mark: { svg: ["line", { x1: -8, x2: 8, y1: 0, y2: 0, class: "nnof-line nnof-line-test" }] }, text: "test" },
  ]);
  const element = html("div", { class: "nnof-panel" });
  element.append(html("p", { class: "nnof-title" }, "Loss per step (log scale)"), root, legend);
  let frame = "";

  function draw(run: Run): void {
    const history = thin(run.history);
    const span = SPANS.find((s) => s >= run.step) ?? run.step;
    const values = history.flatMap((r) => (r.val === null ? [r.train, r.test] : [r.train, r.val, r.test]));
    const [lo, hi] = logBounds(values);
    const sx = linear([0, span], [PAD.left, W - PAD.right]);
    const sy = linear([lo, hi], [H - PAD.bottom, PAD.top]);
    const y = (v: number) => round(sy(Math.max(lo, Math.log10(Math.max(v, 1e-12)))));
    const key = `${span} ${lo} ${hi}`;
    if (key !== frame) {
      frame = key;
      grid.replaceChildren();
      for (let p = lo; p <= hi; p++) {
        svg("line", { class: "nnof-grid", x1: PAD.left, x2: W - PAD.right, y1: y(10 ** p), y2: y(10 ** p) }, grid);
        svg("text", { class: "nnof-tick", x: PAD.left - 5, y: y(10 ** p) + 4, "text-anchor": "end" }, grid).textContent = p >= 0 ? String(10 ** p) : `10${superscript(p)}`;
      }
      for (const t of [0, span / 2, span]) {
        svg("text", { class: "nnof-tick", x: round(sx(t)), y: H - 8, "text-anchor": t === 0 ? "start" : t === span ? "end" : "middle" }, grid).textContent = t === span ? `${t} steps` : String(t);
      }
    }
    const pointsOf = (pick: (r: LossRecord) => number | null) =>
      history.flatMap((r) => {
        const v = pick(r);
        return v === null ? [] : [`${round(sx(r.step))},${y(v)}`];
      }).join(" ");
    lines.train.setAttribute("points", pointsOf((r) => r.train));
    lines.val.setAttribute("points", pointsOf((r) => r.val));
    lines.test.setAttribute("points", pointsOf((r) => r.test));
    legend.children[1]?.toggleAttribute("hidden", run.stopper === null);
    const stop = run.stop;
    best.setAttribute("visibility", stop?.reason === "early" ? "visible" : "hidden");
    if (stop?.reason === "early") {
      const x = round(sx(stop.best));
      for (const [k, v] of Object.entries({ x1: x, x2: x, y1: PAD.top, y2: H - PAD.bottom })) best.setAttribute(k, String(v));
    }
  }

  return { element, draw };
}

function superscript(n: number): string {
  return String(n).replace("-", "⁻").replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]);
}
