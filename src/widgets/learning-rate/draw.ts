// The learning-rate figure from a run: the path on the quadratic (contours in 2-D, the parabola
// in 1-D), the loss per step on a log scale, and a ruler of η with 1/λmax and 2/λmax marked.
import { svg } from "../kit/dom.ts";
import { linear } from "../kit/axes.ts";
import { round } from "../kit/format.ts";
import type { LearningRateConfig, LearningRateRun } from "./model.ts";
import { LR_RANGE } from "./attributes.ts";

const W = 320, H = 240, PAD = 28;
const VIEW = 1.4;
const LOG_MIN = -8, LOG_MAX = 6;

export interface LearningRateFigure {
  readonly element: SVGSVGElement;
  draw(config: LearningRateConfig, run: LearningRateRun): void;
}

export function createFigure(): LearningRateFigure {
  const element = svg("svg", { viewBox: `0 0 ${2 * W} ${H + 56}`, role: "img", class: "nnlr-svg", "aria-label": "Path of gradient descent and its loss per step" });
  const defs = svg("defs", {}, element);
  const clip = svg("clipPath", { id: "nnlr-clip" }, defs);
  svg("rect", { x: PAD, y: PAD / 2, width: W - 2 * PAD, height: H - PAD }, clip);
  const path = svg("g", { "data-testid": "path-panel" }, element);
  const loss = svg("g", { "data-testid": "loss-panel", transform: `translate(${W}, 0)` }, element);
  const ruler = svg("g", { "data-testid": "ruler", transform: `translate(0, ${H + 8})` }, element);
  return {
    element,
    draw(config, run) {
      drawPath(path, config, run);
      drawLoss(loss, run);
      drawRuler(ruler, config);
    },
  };
}

function drawPath(g: SVGGElement, config: LearningRateConfig, run: LearningRateRun): void {
  g.replaceChildren();
  const sx = linear([-VIEW, VIEW], [PAD, W - PAD]);
  const sy = linear([-VIEW, VIEW], [H - PAD / 2, PAD / 2]);
  svg("rect", { class: "nnlr-frame", x: PAD, y: PAD / 2, width: W - 2 * PAD, height: H - PAD }, g);
  const inner = svg("g", { "clip-path": "url(#nnlr-clip)" }, g);
  let points: [number, number][];
  if (config.dimensions === 2) {
    // contours ½(θ₁² + λθ₂²) = c: ellipses with semi-axes √(2c) and √(2c/λ)
    for (const c of [0.02, 0.1, 0.3, 0.6, 1]) {
      const a = Math.sqrt(2 * c), b = Math.sqrt((2 * c) / config.lambdaMax);
      svg("ellipse", { class: "nnlr-contour", cx: sx(0), cy: sy(0), rx: round(sx(a) - sx(0)), ry: round(sy(0) - sy(b)) }, inner);
    }
    points = run.path.map(([a, b]) => [sx(a), sy(b)]);
  } else {
    // the parabola ½λθ², scaled so that θ = ±1 reaches the top of the panel
    const top = 0.5 * config.lambdaMax;
    const fy = linear([0, top], [H - PAD / 2, PAD / 2]);
    const curve = Array.from({ length: 81 }, (_, i) => -VIEW + (2 * VIEW * i) / 80).map((t) => `${round(sx(t))},${round(fy(0.5 * config.lambdaMax * t * t))}`);
    svg("polyline", { class: "nnlr-contour", points: curve.join(" ") }, inner);
    points = run.path.map(([t]) => [sx(t), fy(0.5 * config.lambdaMax * t * t)]);
  }
  svg("polyline", { class: "nnlr-path", "data-testid": "path", points: points.map(([x, y]) => `${round(x)},${round(y)}`).join(" ") }, inner);
  points.forEach(([x, y], i) => svg("circle", { class: i === 0 ? "nnlr-start" : "nnlr-dot", cx: round(x), cy: round(y), r: i === 0 ? 4 : 2.5 }, inner));
  svg("text", { class: "nnlr-label", x: PAD, y: H + 12 }, g).textContent = config.dimensions === 2 ? "θ₁ →   (θ₂ ↑)" : "θ  (on the parabola ½λθ²)";
}

function drawLoss(g: SVGGElement, run: LearningRateRun): void {
  g.replaceChildren();
  const steps = Math.max(1, run.losses.length - 1, run.divergedAt ?? 0);
  const sx = linear([0, Math.max(steps, 30)], [PAD + 16, W - PAD / 2]);
  const sy = linear([LOG_MIN, LOG_MAX], [H - PAD / 2, PAD / 2]);
  svg("rect", { class: "nnlr-frame", x: PAD + 16, y: PAD / 2, width: W - 1.5 * PAD - 16, height: H - PAD }, g);
  for (const e of [-8, -4, 0, 4]) {
    svg("line", { class: "nnlr-grid", x1: PAD + 16, x2: W - PAD / 2, y1: round(sy(e)), y2: round(sy(e)) }, g);
    svg("text", { class: "nnlr-tick", x: PAD + 12, y: round(sy(e)) + 4, "text-anchor": "end" }, g).textContent = `10${superscript(e)}`;
  }
  const clamp = (v: number) => Math.min(LOG_MAX, Math.max(LOG_MIN, v));
  const pts = run.losses.map((l, t) => `${round(sx(t))},${round(sy(clamp(Math.log10(Math.max(l, 1e-30)))))}`);
  svg("polyline", { class: "nnlr-loss", "data-testid": "loss-curve", points: pts.join(" ") }, g);
  svg("text", { class: "nnlr-label", x: PAD + 16, y: H + 12 }, g).textContent = "loss per step (log scale)";
}

function drawRuler(g: SVGGElement, config: LearningRateConfig): void {
  g.replaceChildren();
  const sx = linear([0, LR_RANGE.max], [PAD, 2 * W - PAD]);
  svg("line", { class: "nnlr-grid", x1: sx(0), x2: sx(LR_RANGE.max), y1: 20, y2: 20 }, g);
  const mark = (v: number, text: string, cls: string) => {
    if (v > LR_RANGE.max) return;
    svg("line", { class: cls, x1: round(sx(v)), x2: round(sx(v)), y1: 10, y2: 30 }, g);
    svg("text", { class: "nnlr-tick", x: round(sx(v)), y: 44, "text-anchor": "middle" }, g).textContent = text;
  };
  mark(1 / config.lambdaMax, "1/λmax", "nnlr-mark");
  mark(2 / config.lambdaMax, "2/λmax", "nnlr-bound");
  svg("circle", { class: "nnlr-current", "data-testid": "ruler-lr", cx: round(sx(Math.min(config.lr, LR_RANGE.max))), cy: 20, r: 5 }, g);
}

function superscript(n: number): string {
  const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  return (n < 0 ? "⁻" : "") + String(Math.abs(n)).split("").map((d) => digits[Number(d)]).join("");
}
