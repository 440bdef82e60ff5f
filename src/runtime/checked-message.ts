/**
 * What the page accepts from a cell's worker. Reader code can post anything on its port — forged
 * outputs, a 60000×60000 "heatmap", a 50 MB line — so every message is checked field by field and
 * cut to size here, before anything is drawn. A message that does not fit is dropped (null).
 */
import type { CellOutput, RunResult } from "./runner.ts";
import { countText } from "./count-text.ts";
import type { Display } from "./display.ts";
import type { Heatmap, TensorStats } from "./tensor-display.ts";
import { MAX_IMAGES, MAX_SIDE, MAX_TABLE } from "./tensor-display.ts";
import type { ProgressPoint } from "./progress.ts";
import type { WorkerMessage } from "./worker-protocol.ts";

/** A log line or shown text is cut past this many characters. */
export const MAX_TEXT = 5_000;
/** Figure markup past this size is not drawn (a Plot figure of a few thousand marks is ~300 kB). */
export const MAX_FIGURE_CHARS = 1_500_000;
const MAX_POINTS = 2_000;
const MAX_NAME = 200;
const MAX_URL = 2_000;
const MAX_RANK = 16;
/** Outputs one message may carry (outbox.ts sends at most 1 + 2 × 100). */
const MAX_BATCH = 256;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === "number" ? v : NaN);
const int = (v: unknown, max: number): number | undefined => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max ? (v as number) : undefined);

/**
 * `text` cut to at most `max` characters, the note saying how many were left out included, so
 * cutting twice (the worker's outbox, then the page's check) changes nothing the second time.
 */
export function cut(text: unknown, max = MAX_TEXT): string {
  const s = typeof text === "string" ? text : String(text ?? "");
  if (s.length <= max) return s;
  const note = (kept: number) => `… (${countText(s.length - kept)} more characters)`;
  // room for the longest note (the count if nothing were kept): keeping more only shortens it
  const kept = Math.max(0, max - note(0).length);
  return s.slice(0, kept) + note(kept);
}

export function checkMessage(data: unknown): WorkerMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case "ready":
      return { type: "ready" };
    case "outputs": {
      // the worker's outbox sends at most its first output and the latest KEEP per batch
      if (!Array.isArray(data.outputs) || data.outputs.length > MAX_BATCH) return null;
      const outputs = data.outputs.map(checkOutput).filter((o): o is CellOutput => o !== null);
      return { type: "outputs", outputs, skipped: int(data.skipped, 1e12) ?? 0 };
    }
    case "done": {
      const r = isObject(data.result) ? data.result : {};
      const result: RunResult = { ok: r.ok === true, ms: Number.isFinite(r.ms) ? (r.ms as number) : 0 };
      if (r.stopped === "timeout" || r.stopped === "user") result.stopped = r.stopped;
      return { type: "done", result };
    }
    case "chunk":
      return typeof data.name === "string" && /^[\w.-]{1,100}\.js$/.test(data.name) ? { type: "chunk", name: data.name } : null;
    case "data":
      return int(data.id, 1e9) !== undefined && typeof data.url === "string" && data.url.length <= MAX_URL ? { type: "data", id: data.id as number, url: data.url } : null;
    default:
      return null;
  }
}

export function checkOutput(output: unknown): CellOutput | null {
  if (!isObject(output)) return null;
  switch (output.kind) {
    case "log": {
      const level = output.level === "info" || output.level === "warn" || output.level === "error" ? output.level : "log";
      return { kind: "log", level, text: cut(output.text) };
    }
    case "error": {
      const line = int(output.line, 1e7), column = int(output.column, 1e7);
      return { kind: "error", name: cut(output.name, MAX_NAME), message: cut(output.message), ...(line ? { line } : {}), ...(line && column ? { column } : {}) };
    }
    case "progress":
      return Array.isArray(output.points) && output.points.length <= MAX_POINTS ? { kind: "progress", points: output.points.map(checkPoint) } : null;
    case "value": {
      const display = checkDisplay(output.display);
      return display && { kind: "value", display };
    }
    case "check": {
      // an exercise's check (src/exercises/harness.ts); the page's verdict is feedback only, the re-grade runs again
      const r = isObject(output.result) ? output.result : {};
      const status = r.status === "passed" || r.status === "failed" ? r.status : "broken";
      return { kind: "check", result: { name: cut(r.name, MAX_NAME), status, expected: cut(r.expected, MAX_NAME), got: cut(r.got, MAX_NAME), ...(r.note === undefined ? {} : { note: cut(r.note, 2 * MAX_NAME) }) } };
    }
    case "hint":
      return { kind: "hint", text: cut(output.text, 2 * MAX_NAME) };
    default:
      return null;
  }
}

function checkDisplay(display: unknown): Display | null {
  if (!isObject(display)) return null;
  if (display.type === "text") return { type: "text", text: cut(display.text) };
  if (display.type === "figure") {
    if (typeof display.html !== "string") return null;
    if (display.html.length > MAX_FIGURE_CHARS) return { type: "text", text: `(A figure too large to draw: ${countText(display.html.length)} characters of markup, at most ${countText(MAX_FIGURE_CHARS)}. Plot fewer marks, or sample the data.)` };
    return { type: "figure", html: display.html };
  }
  if (display.type !== "tensor") return null;
  const shape = Array.isArray(display.shape) && display.shape.length <= MAX_RANK ? display.shape.map((d) => int(d, 2 ** 31)) : null;
  const mismatch = { type: "text" as const, text: "(a tensor whose shape and values do not agree, not drawn)" };
  if (!shape || shape.some((d) => d === undefined)) return mismatch;
  const size = (shape as number[]).reduce((a, b) => a * b, 1);
  const values = Array.isArray(display.values) ? display.values : [];
  // the table is drawn from `values`: it must be the tensor's first values, never more than MAX_TABLE
  if (display.size !== size || values.length > MAX_TABLE || values.length !== Math.min(size, MAX_TABLE)) return mismatch;
  const s = isObject(display.stats) ? display.stats : {};
  const stats: TensorStats = { min: num(s.min), max: num(s.max), mean: num(s.mean), nonFinite: int(s.nonFinite, size) ?? 0 };
  const images = display.images === undefined ? undefined : checkImages(display.images);
  if (images === null) return mismatch;
  return { type: "tensor", shape: shape as number[], size, values: values.map(num), stats, requiresGrad: display.requiresGrad === true, text: cut(display.text), ...(images ? { images } : {}) };
}

function checkImages(images: unknown): Heatmap[] | null {
  if (!Array.isArray(images) || images.length > MAX_IMAGES) return null;
  const out: Heatmap[] = [];
  for (const image of images) {
    if (!isObject(image)) return null;
    const rows = int(image.rows, MAX_SIDE), cols = int(image.cols, MAX_SIDE), block = int(image.block, 2 ** 31);
    if (!rows || !cols || !block || !Array.isArray(image.values) || image.values.length !== rows * cols) return null;
    out.push({ rows, cols, block, values: image.values.map(num) });
  }
  return out;
}

const COUNTERS = ["epoch", "epochs", "batch", "batches", "step", "steps"] as const;

function checkPoint(point: unknown): ProgressPoint {
  const p = isObject(point) ? point : {};
  const out: ProgressPoint = { x: num(p.x), t: num(p.t), values: {} };
  for (const name of COUNTERS) if (typeof p[name] === "number") out[name] = p[name] as number;
  if (isObject(p.values)) {
    // a point shows a handful of numbers; a forged one with thousands would make a huge line
    for (const [key, value] of Object.entries(p.values).slice(0, 16)) if (typeof value === "number") out.values[cut(key, 40)] = value;
  }
  return out;
}
