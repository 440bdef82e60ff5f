// The gradient figures: the norm of every layer's gradient as bars (this step) and as lines over
// training, on one shared log axis, with the loss below. SVG, redrawn in place every frame.
import { round as roundTo } from "../kit/format.ts";
import { html, svg } from "../kit/dom.ts";
import type { FlowState } from "./model.ts";
import { decades, layerColor, logDomain, logTicks } from "./scales.ts";
import { barsLabel, historyLabel, power } from "./text.ts";

const W = 360;
const PAD = { left: 52, right: 10, top: 12, bottom: 36 };
const NORMS_H = 210;
const LOSS_H = 130;
const LOSS_MAX = 1; // the loss axis; larger losses are drawn at the top edge
const MAX_POINTS = 240; // per line, so a long run stays cheap to draw

const round = (n: number) => roundTo(n, 1); // tenths of a viewBox unit are enough here

// The loss panel's y: 1 at the top (y = 22), 0 at LOSS_H − 36; larger losses stay at the top.
const lossY = (v: number) => {
  const clamped = Math.min(LOSS_MAX, Math.max(0, Number.isFinite(v) ? v : LOSS_MAX));
  return round(22 + (1 - clamped / LOSS_MAX) * (LOSS_H - 36 - 22));
};

type Domain = readonly [number, number];

function yLog(domain: Domain, height: number): (n: number) => number {
  const [lo, hi] = domain;
  const plot = height - PAD.top - PAD.bottom;
  return (n) => PAD.top + ((hi - decades(n, domain)) / (hi - lo)) * plot;
}

// Horizontal grid lines and labels every 5 or 10 decades (10⁻¹⁰, 10⁻⁵, 10⁰ …).
function logAxis(g: SVGGElement, domain: Domain, height: number): void {
  g.replaceChildren();
  const y = yLog(domain, height);
  for (const d of logTicks(domain)) {
    const yy = round(y(10 ** d));
    svg("line", { class: "ngf-grid", x1: PAD.left, x2: W - PAD.right, y1: yy, y2: yy }, g);
    svg("text", { class: "ngf-tick", x: PAD.left - 6, y: yy + 4, "text-anchor": "end" }, g).textContent = power(d);
  }
}

function panel(title: string, root: SVGSVGElement, name: string): HTMLDivElement {
  const box = html("div", { class: `ngf-panel ngf-panel--${name}` });
  box.append(html("p", { class: "ngf-title" }, title), root);
  return box;
}

export interface GradientFigures {
  readonly bars: HTMLDivElement;
  readonly history: HTMLDivElement;
  draw(state: FlowState): void;
}

export function createGradientFigures(): GradientFigures {
  const barsSvg = svg("svg", { viewBox: `0 0 ${W} ${NORMS_H}`, role: "img", class: "ngf-svg", "data-testid": "norm-bars" });
  const barsAxis = svg("g", {}, barsSvg);
  const barsGroup = svg("g", {}, barsSvg);
  const barsLabels = svg("g", {}, barsSvg);
  svg("text", { class: "ngf-axis-label", x: (W + PAD.left) / 2, y: NORMS_H - 4, "text-anchor": "middle" }, barsSvg).textContent = "layer l (1 = first, last = output)";

  const historySvg = svg("svg", { viewBox: `0 0 ${W} ${NORMS_H + 10 + LOSS_H}`, role: "img", class: "ngf-svg", "data-testid": "norm-history" });
  const historyAxis = svg("g", {}, historySvg);
  const historyLines = svg("g", {}, historySvg);
  const lossGroup = svg("g", { transform: `translate(0 ${NORMS_H + 10})` }, historySvg);
  const lossAxis = svg("g", {}, lossGroup);
  const lossLine = svg("polyline", { class: "ngf-loss", "data-testid": "loss-line" }, lossGroup);
  const stepLabel = svg("text", { class: "ngf-axis-label", x: (W + PAD.left) / 2, y: NORMS_H + 10 + LOSS_H - 4, "text-anchor": "middle" }, historySvg);
  drawLossAxis(lossAxis);

  let axisKey = "";

  function draw(state: FlowState): void {
    const { norms } = state.current;
    const domain = logDomain(state.history);
    const key = `${domain[0]},${domain[1]}`;
    if (key !== axisKey) {
      axisKey = key;
      logAxis(barsAxis, domain, NORMS_H);
      logAxis(historyAxis, domain, NORMS_H);
    }
    drawBars(state, domain);
    drawLines(state, domain);
    barsSvg.setAttribute("aria-label", barsLabel(norms));
    historySvg.setAttribute("aria-label", historyLabel(state));
  }

  function drawBars(state: FlowState, domain: Domain): void {
    const { norms } = state.current;
    const L = norms.length;
    const band = (W - PAD.left - PAD.right) / L;
    const y = yLog(domain, NORMS_H);
    const bottom = NORMS_H - PAD.bottom;
    const bars: SVGElement[] = [];
    const labels: SVGElement[] = [];
    norms.forEach((n, i) => {
      const x = PAD.left + i * band + band * 0.15;
      const top = round(y(n));
      const rect = svg("rect", {
        x: round(x), y: top, width: round(band * 0.7), height: Math.max(0, round(bottom - top)),
        fill: layerColor(i + 1, L), class: "ngf-bar", "data-testid": "norm-bar", "data-norm": String(n),
      });
      if (!Number.isFinite(n)) rect.classList.add("ngf-bar--overflow");
      bars.push(rect);
      labels.push(svg("text", { class: "ngf-tick", x: round(x + band * 0.35), y: bottom + 14, "text-anchor": "middle" }));
      labels[labels.length - 1].textContent = String(i + 1);
    });
    barsGroup.replaceChildren(...bars);
    barsLabels.replaceChildren(...labels);
  }

  function drawLines(state: FlowState, domain: Domain): void {
    const { history } = state;
    const L = state.current.norms.length;
    const last = Math.max(50, state.step);
    const x = (step: number) => round(PAD.left + (step / last) * (W - PAD.left - PAD.right));
    const y = yLog(domain, NORMS_H);
    const every = Math.max(1, Math.ceil(history.length / MAX_POINTS));
    const picked = history.filter((_, i) => i % every === 0 || i === history.length - 1);
    const lines: SVGElement[] = [];
    for (let l = 0; l < L; l++) {
      const points = picked.map((r) => `${x(r.step)},${round(y(r.norms[l]))}`).join(" ");
      lines.push(svg("polyline", { class: "ngf-line", points, stroke: layerColor(l + 1, L) }));
    }
    historyLines.replaceChildren(...lines);
    lossLine.setAttribute("points", picked.map((r) => `${x(r.step)},${lossY(r.loss)}`).join(" "));
    stepLabel.textContent = `training step (0 … ${last})`;
  }

  return {
    bars: panel("Gradient norm ‖∇W⁽ˡ⁾ L‖ of each layer l, this step", barsSvg, "bars"),
    history: panel("The same norms over training (one line per layer, coloured as the bars), and the loss", historySvg, "history"),
    draw,
  };
}

// The loss panel's axis: 0, log 2 (a balanced two-class net that has learned nothing) and 1.
function drawLossAxis(g: SVGGElement): void {
  const y = lossY;
  for (const [v, label] of [[0, "0"], [Math.LN2, "log 2"], [1, "1"]] as const) {
    svg("line", { class: v === Math.LN2 ? "ngf-grid ngf-grid--ln2" : "ngf-grid", x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }, g);
    svg("text", { class: "ngf-tick", x: PAD.left - 6, y: y(v) + 4, "text-anchor": "end" }, g).textContent = label;
  }
  svg("text", { class: "ngf-axis-label", x: W - PAD.right, y: 12, "text-anchor": "end" }, g).textContent = "loss (log 2: nothing learned)";
}
