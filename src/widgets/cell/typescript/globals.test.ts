import { expect, it } from "vitest";
import { CELL_GLOBALS } from "./globals.ts";
import { CELL_GLOBALS_PROVIDED } from "~/runtime/cell-scope.ts";

it("CELL_GLOBALS declares every name the runtime hands a cell (cell-scope.ts)", () => {
  for (const name of CELL_GLOBALS_PROVIDED) expect(CELL_GLOBALS, `declare ${name} for the editor`).toMatch(new RegExp(`declare (function|const) ${name}\\b`));
});
