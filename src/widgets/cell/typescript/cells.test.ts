import { describe, expect, it } from "vitest";
import { bookFiles, cellsOf } from "../../../../tests/content/chapters.ts";
import { createCellService } from "./service.ts";
import { nodeFiles } from "./node-files.ts";

// A reader who opens a cell sees the checker's underlines: the book's own code must have none.
describe("every cell of the book type-checks in the editor", () => {
  const service = createCellService(nodeFiles());
  for (const file of bookFiles()) {
    for (const cell of cellsOf(file)) {
      const where = `${file.path.replace(/.*content\//, "content/")}:${cell.line} (cell ${cell.index})`;
      it(where, () => {
        const found = service.diagnostics(`cell-${cell.index}`, cell.code).map((d) => {
          const line = cell.code.slice(0, d.from).split("\n").length;
          return `line ${line}: ${d.message}`;
        });
        expect(found).toEqual([]);
      });
    }
  }
});
