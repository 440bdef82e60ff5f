import { countText } from "~/runtime/count-text.ts";
import type { CellOutput } from "~/runtime/runner.ts";
import type { Display } from "~/runtime/display.ts";
import { sanitizeFigure, FigureTooLarge, type CleanFigure } from "./figure.ts";
import { heatmapCanvas } from "./heatmap.ts";
import { ProgressView } from "./progress.ts";
import type { ProgressPoint } from "~/runtime/progress.ts";

const progressViews = new WeakMap<HTMLElement, ProgressView>();
let figures = 0;

/** Outputs kept on screen besides the first: the most recent ones. */
export const KEEP_RECENT = 100;

type Queue = { waiting: CellOutput[]; dropped: number; hidden: number; timer: ReturnType<typeof setTimeout> | undefined };
const queues = new WeakMap<HTMLElement, Queue>();

/**
 * Adds one output of a run to a cell's output region, in order. Outputs are drawn in batches a
 * few milliseconds apart, and the region keeps the first output and the `KEEP_RECENT` most recent,
 * with a line saying how many in between are hidden: whatever a cell prints (200,000 lines, as
 * fast as it can), the page draws at most a hundred-odd small things per batch and stays
 * responsive. Progress is the exception: a run's first `progress(…)` report places its progress
 * view, later ones update it in place.
 */
export function appendOutput(region: HTMLElement, output: CellOutput): void {
  if (output.kind === "progress") return addProgress(region, output.points);
  const queue = queueOf(region);
  queue.waiting.push(output);
  // only the first output and the recent ones can ever be seen: forget the rest as they come
  if (queue.waiting.length > KEEP_RECENT * 2) {
    const keepFirst = region.querySelector(":scope > .nn-out:not(.nn-out-progress)") === null ? 1 : 0;
    const drop = queue.waiting.length - KEEP_RECENT - keepFirst;
    queue.waiting.splice(keepFirst, drop);
    queue.dropped += drop;
  }
  const q = queue;
  q.timer ??= setTimeout(() => flush(region, q), 16);
}

/** Counts outputs the run printed but never sent (the worker's outbox skips what could not be shown). */
export function skipOutputs(region: HTMLElement, count: number): void {
  const queue = queueOf(region);
  queue.dropped += count;
  queue.timer ??= setTimeout(() => flush(region, queue), 16);
}

function queueOf(region: HTMLElement): Queue {
  let queue = queues.get(region);
  if (!queue) {
    // a new run (clearOutput forgot the last one's): count afresh
    queue = { waiting: [], dropped: 0, hidden: 0, timer: undefined };
    queues.set(region, queue);
  }
  return queue;
}

/** Empties a cell's output region, forgetting whatever was still waiting to be drawn. */
export function clearOutput(region: HTMLElement): void {
  const queue = queues.get(region);
  if (queue) clearTimeout(queue.timer);
  queues.delete(region);
  region.replaceChildren();
}

/** Draws what is waiting, then trims the region to the first output plus the most recent ones. */
export function flush(region: HTMLElement, queue = queues.get(region)): void {
  if (!queue) return;
  clearTimeout(queue.timer);
  queue.timer = undefined;
  const waiting = queue.waiting;
  queue.waiting = [];
  queue.hidden += queue.dropped;
  queue.dropped = 0;
  region.append(...waiting.map(renderOutput));
  const items = [...region.querySelectorAll<HTMLElement>(":scope > .nn-out:not(.nn-out-progress):not(.nn-out-hidden)")];
  const extra = items.length - 1 - KEEP_RECENT;
  for (const item of items.slice(1, 1 + Math.max(0, extra))) item.remove();
  queue.hidden += Math.max(0, extra);
  // a region that scrolls must be reachable by keyboard
  if (region.scrollHeight > region.clientHeight && !region.hasAttribute("tabindex")) region.tabIndex = 0;
  if (queue.hidden > 0) {
    let note = region.querySelector<HTMLElement>(":scope > .nn-out-hidden");
    if (!note) {
      note = element("p", "nn-out nn-out-hidden");
      if (items[0]) items[0].after(note);
      else region.prepend(note);
    }
    note.textContent = `… ${countText(queue.hidden)} ${queue.hidden === 1 ? "output" : "outputs"} hidden: the first and the last ${KEEP_RECENT} are shown.`;
  }
}

function addProgress(region: HTMLElement, points: ProgressPoint[]) {
  let view = progressViews.get(region);
  if (!view || !region.contains(view.element)) {
    view = new ProgressView();
    progressViews.set(region, view);
    region.append(view.element);
  }
  view.add(points);
}

/** Draws one output of a cell run (a progress report draws as its own view: see `appendOutput`). */
export function renderOutput(output: CellOutput): HTMLElement {
  if (output.kind === "progress") {
    const view = new ProgressView();
    view.add(output.points);
    return view.element;
  }
  if (output.kind === "log") {
    const pre = element("pre", `nn-out nn-out-log nn-out-${output.level}`);
    pre.textContent = output.text;
    return pre;
  }
  if (output.kind === "error") {
    const box = element("div", "nn-out nn-out-error");
    const title = strong(output.name);
    if (output.line) {
      // the place is a button: it puts the editor's cursor there (element.ts listens)
      const place = element("button", "nn-out-goto");
      place.type = "button";
      place.dataset.line = String(output.line);
      if (output.column) place.dataset.column = String(output.column);
      place.textContent = `line ${output.line}${output.column ? `, column ${output.column}` : ""}`;
      title.append(" on ", place);
    }
    title.append(": ");
    box.append(title, output.message);
    return box;
  }
  if (output.kind === "check" || output.kind === "hint") {
    // an exercise draws its checks in its own result list (widgets/exercise); a cell shows them as lines
    const text = output.kind === "hint" ? `Hint: ${output.text}` : `${output.result.status}: ${output.result.name}`;
    return Object.assign(element("pre", "nn-out nn-out-log"), { textContent: text });
  }
  return renderDisplay(output.display);
}

function renderDisplay(display: Display): HTMLElement {
  if (display.type === "text") {
    const pre = element("pre", "nn-out nn-out-value");
    pre.textContent = display.text;
    return pre;
  }
  if (display.type === "figure") return renderFigure(display.html);
  const figure = element("figure", "nn-out nn-out-tensor");
  const caption = element("figcaption", "");
  const { min, max, nonFinite } = display.stats;
  const range = display.size > 1 && Number.isFinite(min) ? ` · min ${formatNumber(min)} · max ${formatNumber(max)}` : "";
  const bad = nonFinite > 0 ? ` · ${nonFinite} NaN/Infinity` : "";
  caption.textContent = `tensor · shape [${display.shape.join(", ")}] · float32${range}${bad}${display.requiresGrad ? " · requiresGrad" : ""}`;
  const rank = display.shape.length;
  if (display.images) {
    figure.classList.add("nn-out-heatmap");
    const row = element("div", "nn-heatmaps");
    const total = display.shape.length > 0 && display.images.length > 1 ? display.shape[0] : 1;
    display.images.forEach((image, i) => {
      const which = total > 1 ? `image ${i + 1} of ${total}, ` : "";
      const scaled = image.block > 1 ? `, drawn at 1 pixel per ${image.block}×${image.block} block` : "";
      row.append(heatmapCanvas(image, display.stats, `Heatmap of the tensor, ${which}${image.rows}×${image.cols}${scaled}, dark ${formatNumber(min)} to light ${formatNumber(max)}`));
    });
    if (total > display.images.length) caption.textContent += ` · first ${display.images.length} of ${total} shown`;
    figure.append(row, caption);
  } else if (display.size > 0 && display.values.length === display.size && rank <= 2) {
    figure.append(tensorTable(display), caption);
  } else {
    const pre = element("pre", "");
    pre.textContent = display.text;
    figure.append(pre, caption);
  }
  return figure;
}

/** Scalars, vectors (one row) and matrices as a table of values rounded to 4 decimals. */
function tensorTable(display: Display & { type: "tensor" }): HTMLElement {
  const [rows, cols] = display.shape.length === 2 ? display.shape : [1, display.shape[0] ?? 1];
  const table = element("table", "");
  const body = element("tbody", "");
  for (let r = 0; r < rows; r++) {
    const tr = element("tr", "");
    for (let c = 0; c < cols; c++) {
      const td = element("td", "");
      td.textContent = formatNumber(display.values[r * cols + c]);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs !== 0 && (abs < 1e-4 || abs >= 1e6) ? x.toExponential(3) : String(Number(x.toFixed(4)));
}

/** A worker-drawn figure, rebuilt through the sanitiser and labelled as one image. */
function renderFigure(html: string): HTMLElement {
  const box = element("div", "nn-out nn-out-plot");
  let clean: CleanFigure | null;
  try {
    clean = sanitizeFigure(html, document, new DOMParser(), `nn-fig${++figures}`);
  } catch (error) {
    if (!(error instanceof FigureTooLarge)) throw error;
    box.textContent = `(A figure too large to draw here: ${error.message}. Plot fewer marks, or sample the data.)`;
    return box;
  }
  if (!clean) {
    box.textContent = "(a figure with nothing drawable in it)";
    return box;
  }
  box.setAttribute("role", "img");
  box.setAttribute("aria-label", clean.label);
  box.append(clean.node);
  return box;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

function strong(text: string): HTMLElement {
  const b = element("strong", "");
  b.textContent = text;
  return b;
}
