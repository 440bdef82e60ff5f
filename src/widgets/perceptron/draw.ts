// The widget's figure: the data set as an SVG scatter plot in a square view, with the decision
// line, its two half-planes, the weight vector normal to the line, and a legend.
import { html, svg } from "../kit/dom.ts";
import { boundary, halfPlanes, viewDomain, type Domain, type Vec } from "./geometry.ts";
import { misclassified, type PerceptronState, type Weights } from "./model.ts";
import { tickLabel } from "../kit/axes.ts";
import { round } from "../kit/format.ts";
import { createLegend } from "../kit/legend.ts";
import { figureLabel } from "./text.ts";

const SIZE = 400; // viewBox side
const PAD = { left: 40, right: 14, top: 14, bottom: 40 };
const PLOT = SIZE - PAD.left - PAD.right; // square plot area: PAD.top + PAD.bottom is the same

type Scale = (v: number) => number;

interface Scales {
  readonly sx: Scale;
  readonly sy: Scale;
  /** A point in data coordinates to viewBox coordinates. */
  readonly toScreen: (p: Vec) => Vec;
}

// The same domain on both axes; screen y grows downward.
function scales([d0, d1]: Domain): Scales {
  const sx = (x: number) => PAD.left + ((x - d0) / (d1 - d0)) * PLOT;
  const sy = (y: number) => PAD.top + ((d1 - y) / (d1 - d0)) * PLOT;
  return { sx, sy, toScreen: ([x, y]) => [sx(x), sy(y)] };
}

// The points attribute of a polygon, from viewBox coordinates.
const polygonPoints = (poly: readonly Vec[]) => poly.map(([x, y]) => `${round(x)},${round(y)}`).join(" ");

export interface Figure {
  /** The plot and its legend. */
  readonly element: HTMLDivElement;
  /** Redraws the figure; highlight is the point "Train one step" just used, or null. */
  draw(state: PerceptronState, highlight: number | null): void;
}

export function createFigure(): Figure {
  const root = svg("svg", { viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img", class: "nnp-svg" });
  svg("rect", { class: "nnp-frame", x: PAD.left, y: PAD.top, width: PLOT, height: PLOT }, root);
  const halfPositive = svg("polygon", { class: "nnp-half nnp-half--1" }, root);
  const halfNegative = svg("polygon", { class: "nnp-half nnp-half--0" }, root);
  const grid = svg("g", { class: "nnp-grid" }, root);
  const line = svg("line", { class: "nnp-boundary", "data-testid": "boundary" }, root);
  const normal = svg("g", { class: "nnp-normal" }, root);
  const dots = svg("g", { class: "nnp-points" }, root);
  const element = html("div", { class: "nnp-plot" });
  element.append(root, legend());
  let gridDomain: Domain | null = null; // the grid is redrawn only when the view changes

  function draw(s: PerceptronState, highlight: number | null): void {
    const domain = viewDomain(s.dataset);
    const { sx, sy, toScreen } = scales(domain);
    if (!gridDomain || domain[0] !== gridDomain[0] || domain[1] !== gridDomain[1]) {
      gridDomain = domain;
      drawGrid(grid, domain, sx, sy);
    }

    const halves = halfPlanes(s, domain, domain);
    halfPositive.setAttribute("points", polygonPoints(halves.positive.map(toScreen)));
    halfNegative.setAttribute("points", polygonPoints(halves.negative.map(toScreen)));

    const seg = boundary(s, domain, domain);
    normal.replaceChildren();
    if (seg) {
      const [[ax, ay], [bx, by]] = seg;
      line.setAttribute("x1", String(round(sx(ax))));
      line.setAttribute("y1", String(round(sy(ay))));
      line.setAttribute("x2", String(round(sx(bx))));
      line.setAttribute("y2", String(round(sy(by))));
      line.removeAttribute("visibility");
      drawNormal(normal, s, [sx((ax + bx) / 2), sy((ay + by) / 2)]);
    } else {
      line.setAttribute("visibility", "hidden");
    }

    const wrong = new Set(misclassified(s));
    const marks: SVGElement[] = [];
    s.points.forEach((p, i) => {
      const cx = sx(p.x1);
      const cy = sy(p.x2);
      if (wrong.has(i)) marks.push(svg("circle", { class: "nnp-wrong", cx: round(cx), cy: round(cy), r: 10, "data-testid": "misclassified" }));
      marks.push(
        p.label === 1
          ? svg("path", { class: "nnp-dot nnp-dot--1", d: triangle(cx, cy, 7.5) })
          : svg("circle", { class: "nnp-dot nnp-dot--0", cx: round(cx), cy: round(cy), r: 5.5 }),
      );
    });
    if (highlight !== null) {
      const p = s.points[highlight];
      marks.push(svg("circle", { class: "nnp-used", cx: round(sx(p.x1)), cy: round(sy(p.x2)), r: 13, "data-testid": "last-update" }));
    }
    dots.replaceChildren(...marks);

    root.setAttribute("aria-label", figureLabel(s));
  }

  return { element, draw };
}

// The key to the marks; hidden from assistive technology, since the figure's label says it all.
function legend(): HTMLUListElement {
  return createLegend([
    { mark: { svg: ["circle", { class: "nnp-dot nnp-dot--0", r: 5.5 }] }, text: "y = 0" },
    { mark: { svg: ["path", { class: "nnp-dot nnp-dot--1", d: triangle(0, 1, 7) }] }, text: "y = 1" },
    { mark: { svg: ["circle", { class: "nnp-wrong", r: 9 }], size: 24 }, text: "misclassified" },
    { mark: { svg: ["circle", { class: "nnp-used", r: 11 }], size: 28 }, text: "last update" },
  ]);
}

// An upward triangle centred on (cx, cy) with circumradius r, as path data.
function triangle(cx: number, cy: number, r: number): string {
  const h = r * Math.sqrt(3) / 2;
  return `M${round(cx)},${round(cy - r)}L${round(cx + h)},${round(cy + r / 2)}L${round(cx - h)},${round(cy + r / 2)}Z`;
}

function drawGrid(g: SVGGElement, [d0, d1]: Domain, sx: Scale, sy: Scale): void {
  g.replaceChildren();
  const ticks: number[] = [];
  for (let t = Math.ceil(d0 * 2) / 2; t <= d1 + 1e-9; t += 0.5) ticks.push(Math.round(t * 2) / 2);
  const bottom = PAD.top + PLOT;
  for (const t of ticks) {
    const cls = t === 0 ? "nnp-axis" : "nnp-gridline";
    const label = tickLabel(t);
    svg("line", { class: cls, x1: sx(t), x2: sx(t), y1: PAD.top, y2: bottom }, g);
    svg("line", { class: cls, y1: sy(t), y2: sy(t), x1: PAD.left, x2: PAD.left + PLOT }, g);
    svg("text", { class: "nnp-tick", x: sx(t), y: bottom + 16, "text-anchor": "middle" }, g).textContent = label;
    svg("text", { class: "nnp-tick", x: PAD.left - 6, y: sy(t) + 4, "text-anchor": "end" }, g).textContent = label;
  }
  svg("text", { class: "nnp-axis-label", x: PAD.left + PLOT, y: bottom + 34, "text-anchor": "end" }, g).textContent = "x₁ →";
  const label = svg("text", { class: "nnp-axis-label", x: 0, y: 0, "text-anchor": "end", transform: `translate(${PAD.left - 26} ${PAD.top}) rotate(-90)` }, g);
  label.textContent = "x₂ →";
}

// The weight vector (w₁, w₂) drawn from the middle of the line: it is normal to the line and
// points into the half-plane predicted 1.
function drawNormal(g: SVGGElement, s: Pick<Weights, "w1" | "w2">, [mx, my]: Vec): void {
  const len = Math.hypot(s.w1, s.w2);
  const ux = s.w1 / len;
  const uy = -s.w2 / len; // screen y grows downward
  const L = 34;
  const tx = mx + ux * L;
  const ty = my + uy * L;
  svg("line", { x1: round(mx), y1: round(my), x2: round(tx - ux * 6), y2: round(ty - uy * 6) }, g);
  const head: Vec[] = [
    [tx, ty],
    [tx - ux * 9 - uy * 4.5, ty - uy * 9 + ux * 4.5],
    [tx - ux * 9 + uy * 4.5, ty - uy * 9 - ux * 4.5],
  ];
  svg("polygon", { points: polygonPoints(head) }, g);
  svg("text", { x: round(tx + ux * 10), y: round(ty + uy * 10 + 4), "text-anchor": "middle" }, g).textContent = "w";
}
