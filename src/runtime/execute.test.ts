import { test, expect } from "vitest";
import { executeCell } from "./execute.ts";
import type { CellOutput } from "./runner.ts";

const modules = { "@nnbook/nn": { double: (x: number) => 2 * x } };

async function run(code: string, timeoutMs?: number) {
  const outputs: CellOutput[] = [];
  const result = await executeCell(code, modules, (o) => outputs.push(o), timeoutMs);
  return { result, outputs };
}

test("executeCell(code) reports logs and the last value in order", async () => {
  const { result, outputs } = await run('import { double } from "@nnbook/nn";\nconsole.log("x is", 3, [1, 2]);\ndouble(3)');
  expect(result.ok).toBe(true);
  expect(outputs).toEqual([
    { kind: "log", level: "log", text: "x is 3 [1, 2]" },
    { kind: "value", display: { type: "text", text: "6" } },
  ]);
});

test("executeCell(code) names the reader's line of a runtime error", async () => {
  const { result, outputs } = await run("const a = 1;\n\nnull.foo;");
  expect(result.ok).toBe(false);
  expect(outputs).toEqual([expect.objectContaining({ kind: "error", name: "TypeError", line: 3 })]);
});

test("executeCell(code) stops an endless loop at the time limit, naming its line", async () => {
  const { result, outputs } = await run("let i = 0;\nwhile (true) i++;", 200);
  expect(result).toMatchObject({ ok: false, stopped: "timeout" });
  expect(outputs[0]).toMatchObject({ kind: "error", name: "Timeout", line: 2 });
  expect(result.ms).toBeLessThan(2_000);
});

test("executeCell(code) supports top-level await and TypeScript types", async () => {
  const { outputs } = await run("type N = number;\nconst f = async (n: N): Promise<N> => n + 1;\nawait f(41)");
  expect(outputs).toEqual([{ kind: "value", display: { type: "text", text: "42" } }]);
});

test("executeCell(code) runs in strict mode", async () => {
  const { outputs } = await run("undeclared = 1;");
  expect(outputs[0]).toMatchObject({ kind: "error", name: "ReferenceError", line: 1 });
});
