import { describe, test, expect } from "vitest";
import { relative } from "node:path";
import * as nnbook from "@nnbook/nn";
import { executeCell } from "../../src/runtime/execute.ts";
import { withLazyModules } from "../../src/runtime/cell-modules.ts";
import type { CellOutput } from "../../src/runtime/runner.ts";
import { withBookData } from "../../src/runtime/sandbox.ts";
import { bookFiles, cellsOf } from "./chapters.ts";
import { readFile } from "node:fs/promises";
import { digitsPath } from "@nnbook/nn/node";

// data.fetchDigits("/data/digits.bin") reads the packed file the site serves at that address
const bookData = async (url: string | URL) =>
  String(url) === "/data/digits.bin" ? new Response(await readFile(digitsPath)) : new Response(null, { status: 404 });
const modules = { "@nnbook/nn": withBookData(nnbook, bookData) };

// Every cell of every page runs in Node against the engine, through the same transpile-and-run
// code the browser worker uses. A cell fails the suite if it throws or logs an error.
for (const file of bookFiles()) {
  const name = relative(process.cwd(), file.path);
  const cells = cellsOf(file);
  if (cells.length === 0) continue;
  describe(name, () => {
    for (const cell of cells) {
      test(`cell ${cell.index} (line ${cell.line}) runs without error`, async () => {
        const outputs: CellOutput[] = [];
        const result = await executeCell(cell.code, await withLazyModules(cell.code, { ...modules }), (o) => outputs.push(o), cell.timeoutMs);
        // the fence is on cell.line, so the cell's line k is file line cell.line + k
        const problems = outputs.flatMap((o) => {
          if (o.kind === "error") return [`${name}:${cell.line + (o.line ?? 0)} ${o.name}: ${o.message}`];
          if (o.kind === "log" && o.level === "error") return [`${name}:${cell.line} console.error: ${o.text}`];
          return [];
        });
        expect(problems).toEqual([]);
        expect(result.ok).toBe(true);
      }, Math.max(60_000, (cell.timeoutMs ?? 0) + 30_000)); // a slow cell (timeout=…) gets its own time and some
    }
  });
}
