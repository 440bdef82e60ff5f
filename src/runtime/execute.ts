import { transpileCellMapped, CellSyntaxError } from "./transpile.ts";
import { toDisplay, inspect } from "./display.ts";
import { DEFAULT_TIMEOUT_MS, type CellOutput, type RunResult } from "./runner.ts";
import { RunClock, expiryMessage, type Expiry } from "./time-limit.ts";
import { createProgress } from "./progress.ts";
import type { ColumnMap } from "./error-location.ts";
import { CELL_GLOBALS_PROVIDED, type CellGlobal } from "./cell-scope.ts";

const SOURCE_URL = "nnbook-cell.js";
const STRICT = '"use strict";';
type CellFunction = (...args: unknown[]) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => CellFunction;
// the runtime's own three, then the globals a cell sees (cell-scope.ts), in the order `fn` is called with
const PARAMS = ["__import", "__show", "__guard", ...CELL_GLOBALS_PROVIDED];

/** Thrown by `__guard` when a loop runs past the cell's time limit (time-limit.ts). */
class CellTimeout extends Error {
  line: number;
  constructor(line: number, expiry: Expiry) {
    super(expiryMessage(expiry, `the loop on line ${line}`));
    this.name = "Timeout";
    this.line = line;
  }
}

/**
 * What an exercise adds to a run (src/exercises/run.ts): the student's variant seed, which
 * `variant()` starts the engine's generator from (0 for a plain cell), and the checks' harness
 * functions, passed by name after the cell's own globals.
 */
export type RunExtras = { seed?: number; globals?: Record<string, unknown> };

/**
 * Runs a cell's source in this thread: transpiles it, gives it the allowed modules, and reports
 * each log, shown value and error through `onOutput` as it happens. Loops stop themselves at the
 * time limit; what cannot be stopped from inside (a worker stuck outside a loop) the caller ends.
 */
export async function executeCell(
  source: string,
  modules: Record<string, unknown>,
  onOutput: (output: CellOutput) => void,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  extras: RunExtras = {},
): Promise<RunResult> {
  const start = performance.now();
  const clock = new RunClock(timeoutMs, start);
  const reported = onOutput;
  // anything the cell shows keeps it alive: the limit is on silence, not on length
  onOutput = (output) => {
    clock.touch(performance.now());
    if (output.kind !== "progress") progress.flush(); // points reported before a log stay before it
    reported(output);
  };
  let checks = 0;
  const __guard = (line: number) => {
    if ((++checks & 1023) !== 0) return;
    const expiry = clock.expired(performance.now());
    if (expiry) throw new CellTimeout(line, expiry);
  };
  const progress = createProgress((points) => onOutput({ kind: "progress", points }), () => performance.now(), start);
  const reportProgress = (record: unknown) => (clock.touch(performance.now()), progress.progress(record));
  const __import = (name: string) => modules[name];
  const show = (value: unknown) => {
    const display = toDisplay(value);
    if (display) onOutput({ kind: "value", display });
  };
  const log = (level: "log" | "info" | "warn" | "error") => (...args: unknown[]) =>
    onOutput({ kind: "log", level, text: args.map((a) => inspect(a)).join(" ") });
  const cellConsole = { log: log("log"), info: log("info"), warn: log("warn"), error: log("error"), debug: log("log") };
  let columns: ColumnMap | undefined;
  try {
    const transpiled = transpileCellMapped(source);
    columns = transpiled.column;
    const extraNames = Object.keys(extras.globals ?? {}).filter((name) => !PARAMS.includes(name));
    const fn = new AsyncFunction(...PARAMS, ...extraNames, `${STRICT}${transpiled.code}\n//# sourceURL=${SOURCE_URL}`);
    const engine = modules["@nnbook/nn"] as { Generator?: new (seed: number) => unknown } | undefined;
    const variant = () => {
      if (!engine?.Generator) throw new Error("variant() needs the engine (@nnbook/nn).");
      return new engine.Generator(extras.seed ?? 0);
    };
    const provided: Record<CellGlobal, unknown> = { console: cellConsole, display: show, progress: reportProgress, variant };
    await fn(__import, show, __guard, ...CELL_GLOBALS_PROVIDED.map((name) => provided[name]), ...extraNames.map((name) => extras.globals![name]));
    progress.flush();
    return { ok: true, ms: performance.now() - start };
  } catch (error) {
    progress.flush(); // the curve keeps every point reported before the error
    onOutput(describeError(error, columns));
    return { ok: false, ms: performance.now() - start, ...(error instanceof CellTimeout ? { stopped: "timeout" as const } : {}) };
  }
}

/** An error as the reader should see it: its name, its message, and the line in their cell. */
export function describeError(error: unknown, columns?: ColumnMap): CellOutput & { kind: "error" } {
  if (error instanceof CellSyntaxError) return { kind: "error", name: error.name, message: error.message, line: error.line, column: error.column };
  if (error instanceof CellTimeout) return { kind: "error", name: error.name, message: error.message, line: error.line };
  const err = error instanceof Error ? error : new Error(inspect(error));
  const where = cellLocation(err.stack ?? "", columns);
  return { kind: "error", name: err.name, message: err.message, ...where };
}

/** Offset between a line in the function body and the line V8/SpiderMonkey report for it. */
const LINE_OFFSET = (() => {
  try {
    new Function(...PARAMS, `throw new Error();\n//# sourceURL=${SOURCE_URL}`)();
  } catch (error) {
    const line = new RegExp(`${SOURCE_URL}:(\\d+)`).exec((error as Error).stack ?? "")?.[1];
    if (line) return Number(line) - 1;
  }
  return 2;
})();

function cellLocation(stack: string, columns?: ColumnMap): { line?: number; column?: number } {
  const match = new RegExp(`${SOURCE_URL.replace(".", "\\.")}:(\\d+)(?::(\\d+))?`).exec(stack);
  if (!match) return {};
  const line = Number(match[1]) - LINE_OFFSET;
  if (!match[2] || !columns || line < 1) return { line };
  // the body's first line starts with the strict-mode prologue, which the reader never wrote
  const column = Number(match[2]) - (line === 1 ? STRICT.length : 0);
  return column >= 1 ? { line, column: columns(line, column) } : { line };
}
