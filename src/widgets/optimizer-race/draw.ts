// The race's figures from its paths: the surface as filled contour bands with every path up to the
// current step (and momentum's last move as an arrow), and the loss per step on a log scale.
import { svg } from "../kit/dom.ts";
import { linear } from "../kit/axes.ts";
import { round } from "../kit/format.ts";
import type { RaceConfig, RacerName, RacerPath } from "./model.ts";
import { SURFACES } from "./surfaces.ts";

export const RACER_COLORS: Record<RacerName, string> = {
  sgd: "#d6336c",
  momentum: "#e8590c",
  nesterov: "#2f9e44",
  rmsprop: "#1c7ed6",
  adam: "#7048e8",
};

const W = 400, H = 300, GRID_X = 48, GRID_Y = 36, BANDS = 9;

export interface SurfaceFigure {
  readonly element: SVGSVGElement;
  /** Screen to surface coordinates, for a click that sets the start. */
  toSurface(clientX: number, clientY: number): [number, number];
  draw(config: RaceConfig, paths: readonly RacerPath[], step: number): void;
}

export function createSurfaceFigure(): SurfaceFigure {
  const element = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "nnor-surface", tabindex: "0", role: "img" });
  const bands = svg("g", {}, element);
  const lines = svg("g", {}, element);
  let drawnSurface = "";
  let window = SURFACES.valley.window;
  return {
    element,
    toSurface(clientX, clientY) {
      const r = element.getBoundingClientRect();
      const [x0, x1, y0, y1] = window;
      return [x0 + ((clientX - r.left) / r.width) * (x1 - x0), y1 - ((clientY - r.top) / r.height) * (y1 - y0)];
    },
    draw(config, paths, step) {
      const surface = SURFACES[config.surface];
      window = surface.window;
      const [x0, x1, y0, y1] = window;
      const sx = linear([x0, x1], [0, W]), sy = linear([y0, y1], [H, 0]);
      if (drawnSurface !== config.surface) {
        drawnSurface = config.surface;
        drawBands(bands, config);
      }
      lines.replaceChildren();
      for (const [mx, my] of surface.minima) svg("path", { class: "nnor-minimum", d: `M${round(sx(mx)) - 5},${round(sy(my))}h10M${round(sx(mx))},${round(sy(my)) - 5}v10` }, lines);
      for (const path of paths) {
        const shown = path.points.slice(0, step + 1);
        const pts = shown.map((p) => `${round(sx(clampTo(p.x, x0, x1)))},${round(sy(clampTo(p.y, y0, y1)))}`).join(" ");
        svg("polyline", { class: "nnor-path", "data-testid": `path-${path.name}`, stroke: RACER_COLORS[path.name], points: pts }, lines);
        const last = shown.at(-1)!;
        svg("circle", { class: "nnor-head", fill: RACER_COLORS[path.name], cx: round(sx(clampTo(last.x, x0, x1))), cy: round(sy(clampTo(last.y, y0, y1))), r: 4 }, lines);
        const move = path.moves[step - 1];
        if ((path.name === "momentum" || path.name === "nesterov") && move && step < path.points.length) {
          // the last step, θ_t − θ_{t−1} = −η·b_t: momentum's velocity, drawn 3× longer to be seen
          svg("line", { class: "nnor-velocity", "data-testid": `velocity-${path.name}`, stroke: RACER_COLORS[path.name], x1: round(sx(last.x)), y1: round(sy(last.y)), x2: round(sx(last.x + 3 * move[0])), y2: round(sy(last.y + 3 * move[1])) }, lines);
        }
      }
      svg("circle", { class: "nnor-start", "data-testid": "start", cx: round(sx(config.start[0])), cy: round(sy(config.start[1])), r: 5 }, lines);
    },
  };
}

function clampTo(v: number, a: number, b: number): number {
  const pad = (b - a) * 0.05;
  return Math.min(b + pad, Math.max(a - pad, v));
}

// Filled contour bands: each grid cell coloured by its band of log(1 + loss − min).
function drawBands(g: SVGGElement, config: RaceConfig): void {
  g.replaceChildren();
  const s = SURFACES[config.surface];
  const [x0, x1, y0, y1] = s.window;
  const values: number[] = [];
  for (let j = 0; j < GRID_Y; j++) for (let i = 0; i < GRID_X; i++) {
    values.push(s.value(x0 + ((i + 0.5) / GRID_X) * (x1 - x0), y1 - ((j + 0.5) / GRID_Y) * (y1 - y0)));
  }
  const lo = Math.min(...values);
  const logs = values.map((v) => Math.log1p(v - lo));
  const hi = Math.max(...logs);
  const cw = W / GRID_X, ch = H / GRID_Y;
  logs.forEach((v, k) => {
    const band = Math.min(BANDS - 1, Math.floor((v / hi) * BANDS));
    svg("rect", { class: `nnor-band nnor-band-${band}`, x: round((k % GRID_X) * cw), y: round(Math.floor(k / GRID_X) * ch), width: round(cw + 0.5), height: round(ch + 0.5) }, g);
  });
}

export interface LossFigure {
  readonly element: SVGSVGElement;
  draw(paths: readonly RacerPath[], step: number, maxSteps: number): void;
}

export function createLossFigure(): LossFigure {
  const element = svg("svg", { viewBox: `0 0 ${W} 160`, class: "nnor-loss", role: "img", "aria-label": "Loss of each optimizer per step, log scale" });
  return {
    element,
    draw(paths, step, maxSteps) {
      element.replaceChildren();
      const all = paths.flatMap((p) => p.points.map((q) => q.loss)).filter((l) => l > 0);
      const top = Math.ceil(Math.log10(Math.max(...all, 1e-6)));
      const bottom = Math.max(top - 10, Math.floor(Math.log10(Math.min(...all, 1))));
      const sx = linear([0, maxSteps], [36, W - 4]), sy = linear([bottom, top], [148, 6]);
      for (let e = bottom; e <= top; e += Math.max(1, Math.ceil((top - bottom) / 4))) {
        svg("line", { class: "nnor-grid", x1: 36, x2: W - 4, y1: round(sy(e)), y2: round(sy(e)) }, element);
        svg("text", { class: "nnor-tick", x: 32, y: round(sy(e)) + 4, "text-anchor": "end" }, element).textContent = `1e${e}`.replace("-", "−");
      }
      svg("line", { class: "nnor-now", x1: round(sx(step)), x2: round(sx(step)), y1: 6, y2: 148 }, element);
      for (const path of paths) {
        const pts = path.points.slice(0, step + 1).map((q, t) => `${round(sx(t))},${round(sy(Math.max(bottom, Math.log10(Math.max(q.loss, 1e-300)))))}`);
        svg("polyline", { class: "nnor-path", "data-testid": `loss-${path.name}`, stroke: RACER_COLORS[path.name], points: pts.join(" ") }, element);
      }
    },
  };
}
