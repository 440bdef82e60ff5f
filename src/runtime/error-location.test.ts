import { describe, test, expect } from "vitest";
import * as nnbook from "@nnbook/nn";
import { executeCell } from "./execute.ts";
import { decodeMappings } from "./error-location.ts";
import type { CellOutput } from "./runner.ts";

async function errorOf(code: string) {
  const outputs: CellOutput[] = [];
  await executeCell(code, { "@nnbook/nn": nnbook }, (o) => outputs.push(o));
  return outputs.find((o) => o.kind === "error");
}

describe("a runtime error points at the reader's line and column", () => {
  test("on the first line, past the strict-mode prologue", async () => {
    expect(await errorOf("null.oops;")).toMatchObject({ line: 1, column: 6 });
  });
  test("after type annotations sucrase stripped", async () => {
    expect(await errorOf("const a = 1;\nconst b: number = 2;\nconst c = (b as any).foo.bar;")).toMatchObject({ name: "TypeError", line: 3, column: 26 });
  });
  test("in an engine call after an import and on a line with types", async () => {
    const code = 'import { tensor } from "@nnbook/nn";\nconst x: number[] = [1];   const y = tensor([[1, 2]]).matmul(tensor([[1, 2]]));';
    expect(await errorOf(code)).toMatchObject({ line: 2, column: 55, message: expect.stringContaining("matmul") });
  });
  test("inside a loop body the guard was inserted into", async () => {
    expect(await errorOf("for (let i = 0; i < 3; i++) { const q: string = 'a'; undefinedFn(i); }")).toMatchObject({ name: "ReferenceError", line: 1, column: 54 });
  });
  test("in the last expression, which is wrapped to be shown", async () => {
    expect(await errorOf("const o: any = {};\no.f()")).toMatchObject({ line: 2, column: 3 });
  });
});

test("decodeMappings(mappings) turns VLQ segments into absolute columns", () => {
  expect(decodeMappings("AAAA,IAAI;AACA")).toEqual([[[0, 0, 0, 0], [4, 0, 0, 4]], [[0, 0, 1, 4]]]);
});
