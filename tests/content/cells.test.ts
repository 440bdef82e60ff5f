import { describe, test, expect } from "vitest";
import { relative } from "node:path";
import * as nnbook from "@nnbook/nn";
import { executeCell } from "../../src/runtime/execute.ts";
import type { CellOutput } from "../../src/runtime/runner.ts";
import { bookFiles, cellsOf } from "./chapters.ts";

const modules = { "@nnbook/nn": nnbook };

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
        const result = await executeCell(cell.code, modules, (o) => outputs.push(o), cell.timeoutMs);
        const errors = outputs.filter((o) => o.kind === "error" || (o.kind === "log" && o.level === "error"));
        const where = (o: CellOutput) => (o.kind === "error" && o.line ? `${name}:${cell.line + o.line}` : `${name}:${cell.line}`);
        expect(errors.map((o) => `${where(o)} ${o.kind === "error" ? `${o.name}: ${o.message}` : o.text}`)).toEqual([]);
        expect(result.ok).toBe(true);
      }, 60_000);
    }
  });
}
