import { ProgressSeries, type ProgressPoint } from "~/runtime/progress.ts";

/** The page redraws a run's progress at most this often. */
export const DRAW_MS = 100;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 12, bottom: 24, left: 52 };
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A run's progress in the output: one line ("epoch 3/10 · loss 0.4213 · 2.1 s"), a bar when the
 * total is known, and a curve of the loss (or the first value reported) that grows as points
 * stream in. Redrawn at most every `DRAW_MS`; what is drawn stays when the run stops or fails.
 * Screen readers are not told of every step (aria-live off here): the line is there to read.
 */
export class ProgressView {
  readonly element: HTMLElement;
  readonly series = new ProgressSeries();
  #line: HTMLElement;
  #bar: HTMLProgressElement;
  #svg: SVGSVGElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastDraw = -Infinity;

  constructor() {
    this.element = Object.assign(document.createElement("div"), { className: "nn-out nn-out-progress" });
    this.element.setAttribute("aria-live", "off");
    this.#line = Object.assign(document.createElement("p"), { className: "nn-progress-line" });
    this.#bar = document.createElement("progress");
    this.#bar.hidden = true;
    this.#svg = document.createElementNS(SVG_NS, "svg");
    this.#svg.setAttribute("class", "nn-progress-curve");
    this.#svg.setAttribute("role", "img");
    this.element.append(this.#line, this.#bar, this.#svg);
  }

  add(points: ProgressPoint[]): void {
    this.series.add(points);
    if (this.#timer !== undefined) return;
    const wait = Math.max(0, this.#lastDraw + DRAW_MS - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.draw();
    }, wait);
  }

  draw(): void {
    this.#lastDraw = performance.now();
    const latest = this.series.latest;
    if (!latest) return;
    this.#line.textContent = progressLine(latest);
    const fraction = progressFraction(latest);
    this.#bar.hidden = fraction === null;
    if (fraction !== null) {
      this.#bar.max = 1;
      this.#bar.value = fraction;
      this.#bar.setAttribute("aria-label", "Progress of the run");
    }
    drawCurve(this.#svg, this.series.curve(), this.element.clientWidth || 600);
  }
}

/** "epoch 3/10 · batch 5/30 · loss 0.4213 · accuracy 0.9100 · 2.1 s" */
export function progressLine(point: ProgressPoint): string {
  const parts: string[] = [];
  const count = (name: string, k?: number, n?: number) => {
    if (k !== undefined) parts.push(`${name} ${k}${n !== undefined ? `/${n}` : ""}`);
  };
  count("epoch", point.epoch, point.epochs);
  count("batch", point.batch, point.batches);
  count("step", point.step, point.steps);
  for (const [name, value] of Object.entries(point.values)) parts.push(`${name} ${formatValue(value)}`);
  parts.push(formatElapsed(point.t));
  return parts.join(" · ");
}

/** How far the run is, 0…1, when it said its total; else null. */
export function progressFraction(point: ProgressPoint): number | null {
  if (point.epochs) return Math.min(1, Math.max(0, (point.batch !== undefined && point.batches ? point.x : (point.epoch ?? 0)) / point.epochs));
  if (point.steps) return Math.min(1, Math.max(0, (point.step ?? 0) / point.steps));
  return null;
}

/** The values a curve shows: every `…loss`/`…Loss`, or else the first value reported. */
export function curveKeys(point: ProgressPoint): string[] {
  const keys = Object.keys(point.values);
  const losses = keys.filter((k) => /loss/i.test(k));
  return (losses.length > 0 ? losses : keys.slice(0, 1)).slice(0, 3);
}

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (Number.isInteger(v) && a < 1e6) return String(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(2);
  return a >= 100 ? v.toFixed(1) : v.toFixed(4);
}

export function formatElapsed(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

function drawCurve(svg: SVGSVGElement, points: ProgressPoint[], width: number): void {
  const latest = points[points.length - 1];
  const keys = latest ? curveKeys(latest) : [];
  const xs = points.map((p) => p.x);
  const ys = points.flatMap((p) => keys.map((k) => p.values[k]).filter((v): v is number => Number.isFinite(v)));
  svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(HEIGHT));
  svg.dataset.points = String(points.length);
  svg.replaceChildren();
  if (points.length === 0 || keys.length === 0 || ys.length === 0) {
    svg.setAttribute("aria-label", "No values to draw yet");
    return;
  }
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (x1 === x0) x1 = x0 + 1;
  if (y1 === y0) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const sx = (x: number) => MARGIN.left + ((x - x0) / (x1 - x0)) * (width - MARGIN.left - MARGIN.right);
  const sy = (y: number) => MARGIN.top + (1 - (y - y0) / (y1 - y0)) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const add = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const el = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    svg.append(el);
    return el;
  };
  // axes: a frame line on the left and bottom, with the extremes labelled
  add("path", { class: "nn-curve-axis", d: `M${MARGIN.left},${MARGIN.top}V${HEIGHT - MARGIN.bottom}H${width - MARGIN.right}` });
  add("text", { x: MARGIN.left - 6, y: sy(y1), dy: "0.32em", "text-anchor": "end" }, formatValue(y1));
  add("text", { x: MARGIN.left - 6, y: sy(y0), dy: "0.32em", "text-anchor": "end" }, formatValue(y0));
  const xName = latest.epoch !== undefined ? "epoch" : latest.step !== undefined ? "step" : "report";
  add("text", { x: sx(x0), y: HEIGHT - 6, "text-anchor": "start" }, `${xName} ${formatValue(x0)}`);
  add("text", { x: sx(x1), y: HEIGHT - 6, "text-anchor": "end" }, formatValue(x1));
  keys.forEach((key, i) => {
    let d = "";
    let pen = false;
    for (const p of points) {
      const v = p.values[key];
      if (!Number.isFinite(v)) { pen = false; continue; }
      d += `${pen ? "L" : "M"}${sx(p.x).toFixed(1)},${sy(v).toFixed(1)}`;
      pen = true;
    }
    add("path", { class: `nn-curve nn-curve-${i}`, d });
    if (keys.length > 1) add("text", { class: `nn-curve-key nn-curve-${i}`, x: width - MARGIN.right, y: MARGIN.top + 4 + i * 13, "text-anchor": "end" }, key);
  });
  const last = latest.values[keys[0]];
  svg.setAttribute("aria-label", `Curve of ${keys.join(" and ")} over ${points.length} reports; ${keys[0]} went from ${formatValue(points[0].values[keys[0]])} to ${formatValue(last)}`);
}
