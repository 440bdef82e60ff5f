// The widget's figure: f with its tangent line at x above, f′ below, over the same x axis, as one
// SVG. A pointer pressed on the figure reports the x under it, and keeps reporting while dragged.
import { html, svg } from "../kit/dom.ts";
import { ACTIVATIONS, X_DOMAIN, read, sample, tangent, type ExplorerState } from "./model.ts";
import { BOTTOM_PANEL, HEIGHT, PAD, PLOT_WIDTH, TOP_PANEL, WIDTH, pathData, sx, ticks, xAt, yScale, type Panel } from "./scales.ts";
import { tickLabel } from "../kit/axes.ts";
import { round, show } from "../kit/format.ts";
import { figureLabel } from "./text.ts";

const CLIP_TOP = "nnae-clip-top";
const CLIP_BOTTOM = "nnae-clip-bottom";

export interface Figure {
  readonly element: HTMLDivElement;
  draw(state: ExplorerState): void;
}

export function createFigure(id: string, onPick: (x: number) => void): Figure {
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "nnae-svg" });
  const defs = svg("defs", {}, root);
  const clipTop = clip(defs, `${id}-${CLIP_TOP}`, TOP_PANEL);
  clip(defs, `${id}-${CLIP_BOTTOM}`, BOTTOM_PANEL);
  const topGrid = svg("g", {}, root);
  const bottomGrid = svg("g", {}, root);
  drawXAxis(root);
  const guide = svg("line", { class: "nnae-guide", y1: TOP_PANEL.top, y2: BOTTOM_PANEL.top + BOTTOM_PANEL.height }, root);
  const curve = svg("path", { class: "nnae-curve", "clip-path": `url(#${clipTop})`, "data-testid": "curve" }, root);
  const line = svg("line", { class: "nnae-tangent", "clip-path": `url(#${clipTop})`, "data-testid": "tangent" }, root);
  const dcurve = svg("path", { class: "nnae-dcurve", "clip-path": `url(#${id}-${CLIP_BOTTOM})`, "data-testid": "derivative" }, root);
  const point = svg("circle", { class: "nnae-point", r: 6, "data-testid": "point" }, root);
  const dpoint = svg("circle", { class: "nnae-dpoint", r: 5, "data-testid": "derivative-point" }, root);
  const hit = svg("rect", { class: "nnae-hit", x: PAD.left, y: TOP_PANEL.top, width: PLOT_WIDTH, height: BOTTOM_PANEL.top + BOTTOM_PANEL.height - TOP_PANEL.top }, root);
  wireDrag(root, hit, onPick);

  const element = html("div", { class: "nnae-plot" });
  element.append(root);
  let gridFor = "";

  function draw(state: ExplorerState): void {
    const a = ACTIVATIONS[state.fn];
    const top: Panel = { ...TOP_PANEL, domain: a.yDomain };
    const syTop = yScale(top);
    const syBottom = yScale(BOTTOM_PANEL);
    if (gridFor !== state.fn) {
      gridFor = state.fn;
      drawPanel(topGrid, top, "f(x)");
      drawPanel(bottomGrid, BOTTOM_PANEL, "f′(x)");
    }
    const toTop = ([u, y]: [number, number]): [number, number] => [sx(u), syTop(y)];
    const toBottom = ([u, y]: [number, number]): [number, number] => [sx(u), syBottom(y)];
    curve.setAttribute("d", pathData(sample(a.f).map(toTop)));
    dcurve.setAttribute("d", pathData(sample(a.df).map(toBottom), 20));

    const { y, slope } = read(state);
    const t = tangent(state);
    line.setAttribute("x1", String(round(sx(X_DOMAIN[0]))));
    line.setAttribute("y1", String(round(syTop(t(X_DOMAIN[0])))));
    line.setAttribute("x2", String(round(sx(X_DOMAIN[1]))));
    line.setAttribute("y2", String(round(syTop(t(X_DOMAIN[1])))));
    const px = String(round(sx(state.x)));
    point.setAttribute("cx", px);
    point.setAttribute("cy", String(round(syTop(y))));
    dpoint.setAttribute("cx", px);
    dpoint.setAttribute("cy", String(round(syBottom(slope))));
    guide.setAttribute("x1", px);
    guide.setAttribute("x2", px);
    root.setAttribute("aria-label", figureLabel(state));
  }

  return { element, draw };
}

function clip(defs: SVGDefsElement, id: string, panel: { top: number; height: number }): string {
  const c = svg("clipPath", { id }, defs);
  svg("rect", { x: PAD.left, y: panel.top, width: PLOT_WIDTH, height: panel.height }, c);
  return id;
}

// A panel's frame, horizontal grid lines with their labels, and its name in the corner.
function drawPanel(g: SVGGElement, panel: Panel, name: string): void {
  g.replaceChildren();
  const sy = yScale(panel);
  svg("rect", { class: "nnae-frame", x: PAD.left, y: panel.top, width: PLOT_WIDTH, height: panel.height }, g);
  for (const t of ticks(X_DOMAIN)) {
    svg("line", { class: t === 0 ? "nnae-axis" : "nnae-gridline", x1: sx(t), x2: sx(t), y1: panel.top, y2: panel.top + panel.height }, g);
  }
  for (const t of ticks(panel.domain)) {
    svg("line", { class: t === 0 ? "nnae-axis" : "nnae-gridline", x1: PAD.left, x2: PAD.left + PLOT_WIDTH, y1: sy(t), y2: sy(t) }, g);
    const label = tickLabel(t);
    svg("text", { class: "nnae-tick", x: PAD.left - 6, y: sy(t) + 4, "text-anchor": "end" }, g).textContent = label;
  }
  svg("text", { class: "nnae-panel-name", x: PAD.left + 8, y: panel.top + 18 }, g).textContent = name;
}

function drawXAxis(root: SVGSVGElement): void {
  const g = svg("g", {}, root);
  const bottom = BOTTOM_PANEL.top + BOTTOM_PANEL.height;
  for (const t of ticks(X_DOMAIN)) {
    svg("text", { class: "nnae-tick", x: sx(t), y: bottom + 16, "text-anchor": "middle" }, g).textContent = show(t, 0);
    svg("text", { class: "nnae-tick", x: sx(t), y: TOP_PANEL.top + TOP_PANEL.height + 16, "text-anchor": "middle" }, g).textContent = show(t, 0);
  }
  svg("text", { class: "nnae-axis-label", x: PAD.left + PLOT_WIDTH, y: bottom + 34, "text-anchor": "end" }, g).textContent = "x →";
}

// Pointer input: press on the plot to move x there, drag to keep moving it. Vertical panning
// stays with the browser (touch-action: pan-y in the styles), so the page still scrolls.
function wireDrag(root: SVGSVGElement, hit: SVGRectElement, onPick: (x: number) => void): void {
  let dragging: number | null = null;
  const pick = (event: PointerEvent) => {
    const box = root.getBoundingClientRect();
    if (box.width === 0) return;
    onPick(xAt(((event.clientX - box.left) / box.width) * WIDTH));
  };
  hit.addEventListener("pointerdown", (event) => {
    dragging = event.pointerId;
    hit.setPointerCapture?.(event.pointerId);
    pick(event);
  });
  hit.addEventListener("pointermove", (event) => {
    if (dragging === event.pointerId) pick(event);
  });
  const end = (event: PointerEvent) => {
    if (dragging === event.pointerId) dragging = null;
  };
  hit.addEventListener("pointerup", end);
  hit.addEventListener("pointercancel", end);
}
