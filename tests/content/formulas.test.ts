import { test, expect } from "vitest";
import { relative } from "node:path";
import { unpairedFormulas } from "../../src/plugins/cell-fences.ts";
import { chapterNumber } from "../../src/plugins/chapter-slug.ts";
import { bookFiles, cellsOf, frontmatterOf, parseMdx } from "./chapters.ts";

const files = bookFiles();

test("the book has chapters", () => {
  expect(files.filter((f) => f.folder !== null).length).toBeGreaterThan(0);
});

for (const file of files) {
  const name = relative(process.cwd(), file.path);

  test(`${name}: every display formula is followed by a cell`, () => {
    const missing = unpairedFormulas(file.tree).map((m) => `${name}:${m.line}  $$ ${m.formula} $$`);
    expect(missing, "display formulas without a ```ts cell after them").toEqual([]);
  });

  if (file.folder === null) continue;
  const folder = file.folder;

  test(`${name}: frontmatter order matches the folder number ${folder}`, () => {
    const data = frontmatterOf(file.source);
    expect(Number(data.order)).toBe(chapterNumber(folder));
    expect(data.title, "title").toBeTruthy();
    expect(Array.isArray(data.learn) && data.learn.length >= 2, "learn: 2 or more items").toBe(true);
  });

  test(`${name}: has cells, a summary and exercises`, () => {
    expect(cellsOf(file).length).toBeGreaterThan(0);
    expect(file.source).toMatch(/^## Summary/m);
    expect(file.source).toMatch(/^## Exercises/m);
  });
}

test("unpairedFormulas() names the line of a formula with no cell after it", () => {
  const tree = parseMdx("# T\n\n$$\na = b\n$$\n\nText.\n\n## Next\n\n$$\nc = d\n$$\n\n```ts cell\n1\n```\n");
  expect(unpairedFormulas(tree)).toEqual([{ line: 3, formula: "a = b" }]);
});
