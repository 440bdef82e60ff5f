import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CELL_GLOBALS } from "./globals.ts";

it("CELL_GLOBALS declares every name the runtime hands a cell (execute.ts PARAMS)", () => {
  const source = readFileSync(new URL("../../../runtime/execute.ts", import.meta.url), "utf8");
  const params = /const PARAMS = \[([^\]]*)\]/.exec(source)?.[1];
  expect(params, "execute.ts lists the cell's parameters in `const PARAMS = [...]`").toBeDefined();
  const names = [...params!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).filter((name) => !name.startsWith("__"));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(CELL_GLOBALS, `declare ${name} for the editor`).toMatch(new RegExp(`declare (function|const) ${name}\\b`));
});
