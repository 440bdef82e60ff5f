// The saturation figure: a histogram of one hidden layer's pre-activations z⁽ˡ⁾, under the
// activation's curve φ(z) and its slope φ′(z), so you can see how many units sit on the flat parts.
import type { ActivationName } from "./config.ts";
import { ACTIVATION_SYMBOLS } from "../kit/activations.ts";
import { html, svg } from "../kit/dom.ts";
import { createLegend } from "../kit/legend.ts";
import { PEAK_SLOPE, activationSlope, activationValue, histogram, saturatedShare, Z_RANGE } from "./histogram.ts";
import type { FlowState } from "./model.ts";
import { histogramLabel, saturationText } from "./text.ts";

const W = 360;
const H = 220;
const PAD = { left: 14, right: 14, top: 14, bottom: 36 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
const BOTTOM = PAD.top + PLOT_H;

const round = (n: number) => Math.round(n * 10) / 10;
const sx = (z: number) => round(PAD.left + ((z + Z_RANGE) / (2 * Z_RANGE)) * PLOT_W);

/** The range of φ drawn over the plot's height. */
const CURVE_RANGE: Readonly<Record<ActivationName, readonly [number, number]>> = {
  sigmoid: [0, 1],
  tanh: [-1, 1],
  relu: [0, Z_RANGE],
};

function curvePoints(f: (z: number) => number, [lo, hi]: readonly [number, number]): string {
  const points: string[] = [];
  for (let i = 0; i <= 120; i++) {
    const z = -Z_RANGE + (i / 120) * 2 * Z_RANGE;
    const v = Math.min(hi, Math.max(lo, f(z)));
    points.push(`${sx(z)},${round(BOTTOM - ((v - lo) / (hi - lo)) * PLOT_H)}`);
  }
  return points.join(" ");
}

export interface HistogramFigure {
  readonly element: HTMLDivElement;
  draw(state: FlowState): void;
}

export function createHistogramFigure(): HistogramFigure {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "ngf-svg", "data-testid": "histogram" });
  svg("rect", { class: "ngf-frame", x: PAD.left, y: PAD.top, width: PLOT_W, height: PLOT_H }, root);
  const bins = svg("g", { class: "ngf-bins" }, root);
  const curve = svg("polyline", { class: "ngf-curve" }, root);
  const slope = svg("polyline", { class: "ngf-slope" }, root);
  for (let z = -Z_RANGE; z <= Z_RANGE; z += 2) {
    svg("line", { class: "ngf-grid", x1: sx(z), x2: sx(z), y1: BOTTOM, y2: BOTTOM + 4 }, root);
    svg("text", { class: "ngf-tick", x: sx(z), y: BOTTOM + 16, "text-anchor": "middle" }, root).textContent = z < 0 ? `−${-z}` : String(z);
  }
  const axisLabel = svg("text", { class: "ngf-axis-label", x: W / 2, y: H - 4, "text-anchor": "middle" }, root);
  const title = html("p", { class: "ngf-title" });
  let legend = html("ul");
  const caption = html("p", { class: "ngf-caption", "data-testid": "saturation" });
  const element = html("div", { class: "ngf-panel ngf-panel--histogram" });
  element.append(title, root, legend, caption);
  let drawnFor = "";

  function draw(state: FlowState): void {
    const { activation, layer } = state.config;
    if (drawnFor !== activation) {
      drawnFor = activation;
      curve.setAttribute("points", curvePoints((z) => activationValue(activation, z), CURVE_RANGE[activation]));
      slope.setAttribute("points", curvePoints((z) => activationSlope(activation, z) / PEAK_SLOPE[activation], [0, 1]));
      const name = ACTIVATION_SYMBOLS[activation];
      const next = createLegend([
        { mark: { swatch: "ngf-key ngf-key--bins" }, text: "pre-activations" },
        { mark: { swatch: "ngf-key ngf-key--curve" }, text: `${name}(z)` },
        { mark: { swatch: "ngf-key ngf-key--slope" }, text: `${name}′(z), scaled to its peak` },
      ]);
      legend.replaceWith(next);
      legend = next;
    }
    const values = state.preActivations[layer - 1] ?? new Float32Array(0);
    const h = histogram(values);
    const peak = Math.max(1, ...h.counts);
    const width = PLOT_W / h.counts.length;
    bins.replaceChildren(
      ...h.counts.map((c, i) => {
        const height = round((c / peak) * PLOT_H);
        return svg("rect", { class: "ngf-bin", x: round(PAD.left + i * width), y: round(BOTTOM - height), width: round(width - 0.5), height });
      }),
    );
    const share = saturatedShare(activation, values);
    title.textContent = `Pre-activations z⁽${superscript(layer)}⁾ of hidden layer ${layer}`;
    axisLabel.textContent = `z (values beyond ±${Z_RANGE} are counted in the end bins)`;
    caption.textContent = saturationText(activation, layer, share);
    root.setAttribute("aria-label", histogramLabel(activation, layer, share));
  }

  return { element, draw };
}

function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]);
}
