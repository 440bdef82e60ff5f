/**
 * What an exercise's checks call: `check(name, actual, expected, { tol })` and
 * `hint(when, text)`. The same harness runs in the cell worker (the page's Check) and in Node (the
 * teacher's re-grade), so a check means the same thing in both.
 */

/** A check that crashed or gave NaN is "broken": said in words, never counted as a wrong answer. */
export type CheckStatus = "passed" | "failed" | "broken";
export type CheckResult = { name: string; status: CheckStatus; expected: string; got: string; note?: string };
export type CheckOptions = { tol?: number };

/** At most this many checks and hints per run: reader code could call them in a loop. */
const MAX_REPORTS = 100;
const MAX_TEXT = 200;

type Value = unknown;

function plain(value: Value): Value {
  const tensor = value as { toArray?: () => unknown; shape?: unknown };
  if (tensor && typeof tensor === "object" && typeof tensor.toArray === "function" && Array.isArray(tensor.shape)) return tensor.toArray();
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  return value;
}

function hasNaN(value: Value): boolean {
  if (typeof value === "number") return Number.isNaN(value);
  return Array.isArray(value) && value.some(hasNaN);
}

/** Numbers round to 6 significant digits; arrays and objects as JSON; everything cut at 200 characters. */
export function formatValue(value: Value): string {
  const round = (v: Value): Value => (typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(6)) : Array.isArray(v) ? v.map(round) : v);
  let text: string;
  if (value === undefined) text = "undefined";
  else if (typeof value === "number") text = String(round(value));
  else if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "function") text = "a function";
  else {
    try {
      text = JSON.stringify(round(value), (_, v: Value) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** `actual` equals `expected`: numbers within `tol` (relative to |expected| when that is above 1), arrays element by element. */
export function agrees(actual: Value, expected: Value, tol: number): boolean {
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected));
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => agrees(actual[i], e, tol));
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => agrees((actual as Record<string, Value>)[k], (expected as Record<string, Value>)[k], tol));
  }
  return Object.is(actual, expected);
}

export type Report = { kind: "check"; result: CheckResult } | { kind: "hint"; text: string };

/**
 * A fresh harness for one run. `report` receives each check and each hint as it happens; `check`
 * takes the value, or a function that computes it, so one crashing check does not stop the rest.
 */
export function createHarness(report: (item: Report) => void) {
  let reports = 0;
  const hintsGiven = new Set<string>();
  const send = (item: Report) => {
    if (++reports <= MAX_REPORTS) report(item);
  };
  const check = (name: unknown, actual: Value, expected: Value, options: CheckOptions = {}): boolean => {
    const label = String(name).slice(0, MAX_TEXT);
    const wanted = plain(expected);
    const tol = typeof options.tol === "number" && options.tol >= 0 ? options.tol : 1e-6;
    let got: Value;
    try {
      got = plain(typeof actual === "function" ? (actual as () => Value)() : actual);
    } catch (error) {
      const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      send({ kind: "check", result: { name: label, status: "broken", expected: formatValue(wanted), got: "an error", note: `The check crashed: ${why}` } });
      return false;
    }
    if (hasNaN(got) && !hasNaN(wanted)) {
      send({ kind: "check", result: { name: label, status: "broken", expected: formatValue(wanted), got: formatValue(got), note: "Your code gave NaN (not a number): look for 0/0, ∞ − ∞ or a value used before it was set." } });
      return false;
    }
    const passed = agrees(got, wanted, tol);
    send({ kind: "check", result: { name: label, status: passed ? "passed" : "failed", expected: formatValue(wanted), got: formatValue(got) } });
    return passed;
  };
  const hint = (when: unknown, text: unknown): void => {
    let applies: unknown;
    try {
      applies = typeof when === "function" ? (when as () => unknown)() : when;
    } catch {
      applies = false; // a hint whose condition crashes is simply not given
    }
    const said = String(text).slice(0, 2 * MAX_TEXT);
    if (applies && !hintsGiven.has(said)) {
      hintsGiven.add(said);
      send({ kind: "hint", text: said });
    }
  };
  return { check, hint };
}
