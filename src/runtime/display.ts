/**
 * How a value from reader code is shown. Values cross from the worker to the page as plain,
 * serialisable `Display` records; the page draws them (`cell/output/output.ts`).
 */
import { summarizeTensor, type TensorSummary } from "./tensor-display.ts";

export type Display =
  | { type: "text"; text: string }
  | ({ type: "tensor"; requiresGrad: boolean; text: string } & TensorSummary)
  /** A figure drawn in the worker (Plot on linkedom): SVG/HTML markup the page sanitises before use. */
  | { type: "figure"; html: string };

const MAX_ITEMS = 100;
/** The engine's own summary of a big tensor is short; this caps anything else. */
const MAX_TEXT = 4000;

/** A DOM node made in the worker (linkedom), e.g. what `Plot.plot(…)` returns. */
type MarkupNode = { nodeType: number; outerHTML: string };

function isMarkupNode(value: unknown): value is MarkupNode {
  return typeof value === "object" && value !== null && (value as MarkupNode).nodeType === 1 && typeof (value as MarkupNode).outerHTML === "string";
}

type TensorLike = { shape: number[]; data: Float32Array; requiresGrad?: boolean; toString(): string };

export function isTensor(value: unknown): value is TensorLike {
  return typeof value === "object" && value !== null && (value as TensorLike).data instanceof Float32Array && Array.isArray((value as TensorLike).shape);
}

/** The last expression's value, for the output area; `undefined` shows nothing. */
export function toDisplay(value: unknown): Display | null {
  if (value === undefined) return null;
  if (isTensor(value)) {
    return { type: "tensor", ...summarizeTensor(value.shape, value.data), requiresGrad: Boolean(value.requiresGrad), text: tensorText(value).slice(0, MAX_TEXT) };
  }
  if (isMarkupNode(value)) return { type: "figure", html: value.outerHTML };
  return { type: "text", text: inspect(value, true) };
}

/** A readable one-line-or-few rendering, like Node's `util.inspect` but small and portable. */
export function inspect(value: unknown, quoteStrings = false, depth = 0, seen = new Set<object>()): string {
  if (typeof value === "string") return quoteStrings ? JSON.stringify(value) : value;
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null || value === undefined || typeof value === "boolean" || typeof value === "symbol") return String(value);
  if (typeof value === "function") return `[Function ${value.name || "(anonymous)"}]`;
  if (isTensor(value)) return tensorText(value);
  if (isMarkupNode(value)) return `<${(value as { localName?: string }).localName ?? "element"}> (show a figure with display(…))`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (seen.has(value as object)) return "[Circular]";
  if (depth > 3) return Array.isArray(value) ? "[Array]" : "[Object]";
  seen.add(value as object);
  try {
    const nested = (v: unknown) => inspect(v, true, depth + 1, seen);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const items = Array.from(value as unknown as ArrayLike<number>);
      return `${value.constructor.name}(${items.length}) ${list(items.map(nested), "[", "]", true)}`;
    }
    if (Array.isArray(value)) return list(value.map(nested), "[", "]", value.every(isPrimitive));
    if (value instanceof Map) return `Map(${value.size}) ${list([...value].map(([k, v]) => `${nested(k)} => ${nested(v)}`), "{", "}")}`;
    if (value instanceof Set) return `Set(${value.size}) ${list([...value].map(nested), "{", "}")}`;
    const entries = Object.entries(value as object).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${nested(v)}`);
    const name = (value as object).constructor?.name;
    const prefix = name && name !== "Object" ? `${name} ` : "";
    return prefix + list(entries, "{", "}");
  } finally {
    seen.delete(value as object);
  }
}

const isPrimitive = (v: unknown) => v === null || (typeof v !== "object" && typeof v !== "function");

/** Items on one line (which the output area wraps) when short or all primitive, else one per line. */
function list(items: string[], open: string, close: string, flat = false): string {
  const shown = items.slice(0, MAX_ITEMS);
  if (items.length > MAX_ITEMS) shown.push(`… ${items.length - MAX_ITEMS} more`);
  if (shown.length === 0) return `${open}${close}`;
  const oneLine = `${open}${open === "{" ? " " : ""}${shown.join(", ")}${close === "}" ? " " : ""}${close}`;
  return flat || oneLine.length <= 72 ? oneLine : `${open}\n${shown.map((s) => "  " + s.replaceAll("\n", "\n  ")).join(",\n")}\n${close}`;
}

function tensorText(t: TensorLike): string {
  const text = t.toString();
  return text !== "[object Object]" ? text : `Tensor(shape=[${t.shape.join(", ")}])`;
}
