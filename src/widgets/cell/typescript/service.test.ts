import { beforeAll, describe, expect, it } from "vitest";
import { createCellService, EDITOR_MODULES, type CellService } from "./service.ts";
import { nodeFiles } from "./node-files.ts";
import { CELL_MODULES } from "../../../runtime/transpile.ts";

let service: CellService;
beforeAll(() => {
  service = createCellService(nodeFiles());
});

const at = (code: string, marker: string) => code.indexOf(marker) + marker.length;

describe("createCellService(files)", () => {
  it("completions(cell, code, pos) offers a Tensor's methods after `x.`", () => {
    const code = 'import { tensor } from "@nnbook/nn";\nconst x = tensor([[1, 2], [3, 4]]);\nx.';
    const list = service.completions("cell-1", code, code.length)!;
    const labels = list.options.map((o) => o.label);
    expect(labels).toContain("matmul");
    expect(labels).toContain("shape");
    expect(list.from).toBe(code.length);
    expect(list.options.find((o) => o.label === "matmul")!.kind).toBe("method");
  });

  it("completions(cell, code, pos) starts the replaced word where the typed prefix starts", () => {
    const code = 'import { tensor } from "@nnbook/nn";\nconst x = tensor([1]);\nx.mat';
    const list = service.completions("cell-1", code, code.length)!;
    expect(list.from).toBe(code.length - 3);
    expect(list.options.map((o) => o.label)).toContain("matmul");
  });

  it("completions(cell, code, pos) knows Plot's API", () => {
    const code = 'import * as Plot from "@observablehq/plot";\nPlot.';
    const labels = service.completions("cell-2", code, code.length)!.options.map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(["plot", "line", "dot", "cell"]));
  });

  it("quickInfo(cell, code, pos) gives the engine's signature and doc comment", () => {
    const code = 'import { tensor } from "@nnbook/nn";\nconst x = tensor([1, 2]);\nx.matmul(x);';
    const info = service.quickInfo("cell-3", code, at(code, "x.mat"))!;
    expect(info.signature).toContain("matmul(");
    expect(info.signature).toContain("Tensor");
    expect(info.documentation.length).toBeGreaterThan(10);
    expect(code.slice(info.from, info.to)).toBe("matmul");
  });

  it("completionDoc(cell, code, pos, name) documents a completion", () => {
    const code = 'import { tensor } from "@nnbook/nn";\nconst x = tensor([1]);\nx.';
    const doc = service.completionDoc("cell-1", code, code.length, "matmul")!;
    expect(doc.signature).toContain("matmul(");
  });

  it("diagnostics(cell, code) reports a type error at the reader's own span", () => {
    const code = 'import { tensor } from "@nnbook/nn";\nconst x = tensor([1, 2]);\nx.matmull(x);';
    const found = service.diagnostics("cell-4", code);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(code.slice(found[0]!.from, found[0]!.to)).toBe("matmull");
    expect(found[0]!.message).toMatch(/matmull/);
  });

  it("diagnostics(cell, code) accepts top-level await, display, console and the last expression", () => {
    const code = 'await Promise.resolve(1);\ndisplay([1, 2]);\nconsole.log("hi");\nconst t0 = performance.now();\n[1, 2, 3].findLast((v) => v > 1)';
    expect(service.diagnostics("cell-5", code)).toEqual([]);
  });

  it("diagnostics(cell, code) accepts progress(record) with free-form numbers and fit's epoch log", () => {
    const code = 'import type { EpochLog } from "@nnbook/nn";\nprogress({ epoch: 1, epochs: 3, loss: 0.2 });\nconst onEpoch = (log: EpochLog) => progress(log);';
    expect(service.diagnostics("cell-8", code)).toEqual([]);
  });

  it("diagnostics(cell, code) resolves every module a cell may import (transpile.ts CELL_MODULES)", () => {
    expect([...EDITOR_MODULES].sort()).toEqual([...CELL_MODULES].sort());
    for (const name of CELL_MODULES) expect(service.diagnostics("cell-9", `import * as M from "${name}";\nM`), name).toEqual([]);
    const found = service.diagnostics("cell-9", 'import * as fs from "node:fs";');
    expect(found.map((d) => d.message)).toEqual(['Cannot import "node:fs": a cell can import "@nnbook/nn", "@observablehq/plot".']);
  });

  it("diagnostics(cell, code) accepts an ordinary Plot figure", () => {
    const code = 'import * as Plot from "@observablehq/plot";\nconst xs = [0, 1, 2, 3];\nPlot.plot({ marks: [Plot.line(xs.map((x) => ({ x, y: x * x })), { x: "x", y: "y" }), Plot.dot([{ x: 1, y: 1 }], { x: "x", y: "y" })] })';
    expect(service.diagnostics("cell-10", code)).toEqual([]);
  });

  it("diagnostics(cell, code) knows no DOM: cells run in a worker", () => {
    const found = service.diagnostics("cell-6", "document.title");
    expect(found.map((d) => d.message).join()).toMatch(/Cannot find name 'document'/);
  });

  it("diagnostics(cell, code) follows edits of the same cell", () => {
    expect(service.diagnostics("cell-7", "const a: number = 'x';")).toHaveLength(1);
    expect(service.diagnostics("cell-7", "const a: number = 1;")).toEqual([]);
  });
});
