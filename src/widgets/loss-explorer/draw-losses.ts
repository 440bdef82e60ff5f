// The binary part's figures: the two loss curves over the predicted probability ŷ, each with the
// current point and its tangent, the target marked; and two bars for the slopes in the logit z.
import { createLegend } from "../kit/legend.ts";
import { drawGrid, linear, round, tangent, type Box } from "./axes.ts";
import { html, svg } from "../kit/dom.ts";
import { lossCurves, type BinaryReading } from "./model.ts";
import { gradientFigureLabel, lossFigureLabel, short, show } from "./text.ts";

const BOX: Box = { width: 400, height: 280, left: 36, right: 12, top: 12, bottom: 40 };
const Y_MAX = 5; // BCE at p = 0.01 is 4.6, so every point on the slider stays in view
const sx = linear([0, 1], [BOX.left, BOX.width - BOX.right]);
const sy = linear([0, Y_MAX], [BOX.height - BOX.bottom, BOX.top]);

const LOSSES = [
  { key: "mse", label: "MSE (ŷ − y)²" },
  { key: "bce", label: "BCE −[y log ŷ + (1 − y) log(1 − ŷ)]" },
] as const;

export interface LossFigure {
  readonly element: HTMLDivElement;
  draw(r: BinaryReading): void;
}

const path = (xs: readonly number[], ys: readonly number[]) =>
  xs.map((x, i) => `${i === 0 ? "M" : "L"}${round(sx(x))},${round(sy(Math.min(ys[i], Y_MAX * 1.2)))}`).join("");

/** id makes the clip path's id unique on the page. */
export function createLossFigure(id: string): LossFigure {
  const root = svg("svg", { viewBox: `0 0 ${BOX.width} ${BOX.height}`, role: "img", class: "nnle-svg", "data-testid": "loss-plot" });
  const clipId = `${id}-clip`;
  const clip = svg("clipPath", { id: clipId }, svg("defs", {}, root));
  const plotW = BOX.width - BOX.left - BOX.right, plotH = BOX.height - BOX.top - BOX.bottom;
  svg("rect", { x: BOX.left, y: BOX.top, width: plotW, height: plotH }, clip);
  svg("rect", { class: "nnle-frame", x: BOX.left, y: BOX.top, width: plotW, height: plotH }, root);
  const grid = svg("g", {}, root);
  drawGrid(grid, BOX, sx, sy, { x: [0, 0.25, 0.5, 0.75, 1], y: [0, 1, 2, 3, 4, 5], format: (v) => short(v) });
  svg("text", { class: "nnle-axis-label", x: BOX.width - BOX.right, y: BOX.height - 6, "text-anchor": "end" }, root).textContent = "prediction ŷ →";
  const target = svg("g", { class: "nnle-target" }, root);
  const targetLine = svg("line", { y1: BOX.top, y2: BOX.height - BOX.bottom }, target);
  const targetText = svg("text", { y: BOX.top + 14, "text-anchor": "middle" }, target);
  const guide = svg("line", { class: "nnle-guide", y1: BOX.top, y2: BOX.height - BOX.bottom }, root);
  const plot = svg("g", { "clip-path": `url(#${clipId})` }, root);
  const marks = LOSSES.map(({ key }) => ({
    key,
    curve: svg("path", { class: `nnle-curve nnle-${key}`, "data-testid": `${key}-curve` }, plot),
    tangent: svg("line", { class: `nnle-tangent nnle-${key}` }, plot),
    point: svg("circle", { class: `nnle-point nnle-${key}`, r: 5, "data-testid": `${key}-point` }, root),
  }));
  let curvesFor: number | null = null; // the curves change only with the target

  const element = html("div", { class: "nnle-plot" });
  element.append(root, legend());

  return {
    element,
    draw(r) {
      if (curvesFor !== r.y) {
        curvesFor = r.y;
        const c = lossCurves(r.y);
        for (const m of marks) m.curve.setAttribute("d", path(c.p, c[m.key]));
        targetLine.setAttribute("x1", String(round(sx(r.y))));
        targetLine.setAttribute("x2", String(round(sx(r.y))));
        targetText.setAttribute("x", String(round(sx(r.y) + (r.y > 0.9 ? -12 : r.y < 0.1 ? 12 : 0))));
        targetText.textContent = "y";
      }
      guide.setAttribute("x1", String(round(sx(r.p))));
      guide.setAttribute("x2", String(round(sx(r.p))));
      for (const m of marks) {
        const value = r[m.key], slope = m.key === "mse" ? r.mseGradP : r.bceGradP;
        m.point.setAttribute("cx", String(round(sx(r.p))));
        m.point.setAttribute("cy", String(round(sy(value))));
        const [x1, y1, x2, y2] = tangent(sx, sy, r.p, value, slope, 60);
        Object.entries({ x1, y1, x2, y2 }).forEach(([k, v]) => m.tangent.setAttribute(k, String(v)));
      }
      root.setAttribute("aria-label", lossFigureLabel(r));
    },
  };
}

function legend(): HTMLUListElement {
  return createLegend(LOSSES.map(({ key, label }) => ({ mark: { swatch: `nnle-swatch nnle-${key}` }, text: label })));
}

export interface GradientFigure {
  readonly element: SVGSVGElement;
  draw(r: BinaryReading): void;
}

/** Two horizontal bars, ∂L/∂z for MSE and for BCE through the sigmoid, on a scale from −1 to 1. */
export function createGradientFigure(): GradientFigure {
  const W = 400, H = 96, left = 44, right = 56, rowH = 26;
  const gx = linear([-1, 1], [left, W - right]);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "nnle-svg nnle-gradients", "data-testid": "gradient-bars" });
  svg("text", { class: "nnle-axis-label", x: left, y: 14 }, root).textContent = "slope in the logit, ∂L/∂z with ŷ = σ(z)";
  for (const t of [-1, -0.5, 0, 0.5, 1]) {
    svg("line", { class: t === 0 ? "nnle-axis" : "nnle-gridline", x1: gx(t), x2: gx(t), y1: 22, y2: 22 + 2 * rowH + 4 }, root);
    svg("text", { class: "nnle-tick", x: gx(t), y: H - 4, "text-anchor": "middle" }, root).textContent = short(t);
  }
  const rows = LOSSES.map(({ key }, i) => {
    const y = 26 + i * rowH;
    svg("text", { class: "nnle-tick", x: left - 6, y: y + 14, "text-anchor": "end" }, root).textContent = key.toUpperCase();
    return {
      key,
      bar: svg("rect", { class: `nnle-bar nnle-${key}`, y, height: rowH - 8, "data-testid": `${key}-gradient` }, root),
      value: svg("text", { class: "nnle-value-label", x: W - right + 6, y: y + 14 }, root),
    };
  });
  return {
    element: root,
    draw(r) {
      for (const row of rows) {
        const g = row.key === "mse" ? r.mseGradZ : r.bceGradZ;
        const a = gx(Math.max(-1, Math.min(1, g))), o = gx(0);
        row.bar.setAttribute("x", String(round(Math.min(a, o))));
        row.bar.setAttribute("width", String(round(Math.max(Math.abs(a - o), 1))));
        row.value.textContent = show(g);
      }
      root.setAttribute("aria-label", gradientFigureLabel(r));
    },
  };
}
