import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkMath from "remark-math";
import remarkGfm from "remark-gfm";
import { isCellFence, cellOptions, type MdNode } from "../../src/plugins/cell-fences.ts";
import { splitFrontmatter } from "../../src/plugins/frontmatter.ts";
import { chapterSchema, type ChapterFrontmatter } from "../../src/content-schema.ts";

export const CONTENT_DIR = new URL("../../content/", import.meta.url).pathname;

export type BookFile = { path: string; folder: string | null; source: string; tree: MdNode };
export type CellSource = { file: string; line: number; index: number; code: string; timeoutMs?: number };

/** Every MDX page of the book: the chapters, then the pages beside them (notation…). */
export function bookFiles(): BookFile[] {
  const chaptersDir = join(CONTENT_DIR, "chapters");
  const chapters = existsSync(chaptersDir)
    ? readdirSync(chaptersDir).sort().map((folder) => ({ folder, path: join(chaptersDir, folder, "index.mdx") })).filter((c) => existsSync(c.path))
    : [];
  const pages = readdirSync(CONTENT_DIR).filter((f) => f.endsWith(".mdx")).map((f) => ({ folder: null, path: join(CONTENT_DIR, f) }));
  return [...chapters, ...pages].map(({ folder, path }) => {
    const source = readFileSync(path, "utf8");
    return { path, folder, source, tree: parseMdx(source) };
  });
}

/** Parses MDX the way the site does (frontmatter is stripped first, keeping line numbers). */
export function parseMdx(source: string): MdNode {
  const { body } = splitFrontmatter(source);
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(body) as MdNode;
}

/** The cells of a page in document order, with the line each starts on. */
export function cellsOf(file: BookFile): CellSource[] {
  const cells: CellSource[] = [];
  const visit = (node: MdNode) => {
    if (isCellFence(node)) {
      cells.push({ file: file.path, line: node.position?.start.line ?? 0, index: cells.length + 1, code: node.value ?? "", ...cellOptions(node.meta) });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(file.tree);
  return cells;
}

/** A chapter's frontmatter, parsed as YAML and checked by the site's own schema (it throws, naming the field, when invalid). */
export function frontmatterOf(source: string): ChapterFrontmatter {
  return chapterSchema.parse(splitFrontmatter(source).data);
}
