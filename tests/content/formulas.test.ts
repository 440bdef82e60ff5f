import { test, expect } from "vitest";
import { relative } from "node:path";
import { unpairedFormulas, isCellFence, type MdNode } from "../../src/plugins/cell-fences.ts";
import { termRanges } from "../../src/widgets/cell/terms/find.ts";
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

  test(`${name}: every symbol a formula links (\\term) names a variable of the cell after it`, () => {
    expect(deadTerms(file.tree).map((d) => `${name}:${d.line}  \\term{${d.term}} has no \`${d.term}\` in its cell`)).toEqual([]);
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

/** The \term links of each display formula whose name the next cell never uses as a variable. */
function deadTerms(root: MdNode): { line: number; term: string }[] {
  const dead: { line: number; term: string }[] = [];
  const children = root.children ?? [];
  children.forEach((node, i) => {
    if (node.type !== "math") return;
    const terms = new Set([...(node.value ?? "").matchAll(/\\term\{([^}]+)\}|\\htmlData\{term=([^}]+)\}/g)].map((m) => m[1] ?? m[2]));
    const cell = children.slice(i + 1).find((n) => isCellFence(n));
    const found = new Set(termRanges(cell?.value ?? "", terms).map((r) => r.term));
    for (const term of terms) if (!found.has(term)) dead.push({ line: node.position?.start.line ?? 0, term });
  });
  return dead;
}

test("deadTerms() names a formula's link to a variable its cell does not have", () => {
  const tree = parseMdx("$$\n\\term{w}{w} + \\term{b}{b}\n$$\n\n```ts cell\nconst w = 1;\n```\n");
  expect(deadTerms(tree)).toEqual([{ line: 1, term: "b" }]);
});
