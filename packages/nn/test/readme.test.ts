/** The README's opening example, extracted and run as written (only the import is pointed at src/). */
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("README.md", () => {
  test("the opening example runs, prints falling losses and held-out accuracy 1", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /```ts\n([\s\S]*?)```/.exec(readme);
    expect(block, "README.md has no ```ts block").not.toBeNull();
    const code = (block as RegExpExecArray)[1];
    expect(code).toContain('from "@nnbook/nn"');
    const index = new URL("../src/index.ts", import.meta.url).href;
    const dir = mkdtempSync(join(tmpdir(), "nn-readme-"));
    try {
      const file = join(dir, "example.mts");
      writeFileSync(file, code.replace('from "@nnbook/nn"', `from ${JSON.stringify(index)}`));
      const lines = execFileSync(process.execPath, [file], { encoding: "utf8" }).trim().split("\n");
      expect(lines.length).toBe(5);
      const losses = lines.slice(0, 4).map((line) => Number(line.split(" ")[1]));
      expect(lines.slice(0, 4).map((line) => Number(line.split(" ")[0]))).toEqual([10, 20, 30, 40]);
      for (let i = 1; i < 4; i++) expect(losses[i]).toBeLessThan(losses[i - 1]);
      expect(Number(lines[4])).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
