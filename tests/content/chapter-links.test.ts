import { test, expect } from "vitest";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { chapterSlug } from "../../src/plugins/chapter-slug.ts";
import type { MdNode } from "../../src/plugins/cell-fences.ts";
import { CONTENT_DIR, bookFiles, parseMdx } from "./chapters.ts";

// A page may name a chapter that is still being written ("a later chapter, on optimizers"), but
// it may not link to one: a link to a chapter that is not in the build is a dead link.
const SITE = "https://book.invalid";

/** The URL slugs of the chapters in the build: one per folder of content/chapters/. */
function chaptersInBuild(): Set<string> {
  return new Set(readdirSync(join(CONTENT_DIR, "chapters"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => chapterSlug(d.name)));
}

type Link = { url: string; line: number };
type Attribute = { name?: string; value?: unknown };

/** Every link target of a page: Markdown links and definitions, `href` on JSX or raw HTML. */
function linksOf(tree: MdNode): Link[] {
  const links: Link[] = [];
  const visit = (node: MdNode) => {
    const line = node.position?.start.line ?? 0;
    const { url, attributes, value } = node as MdNode & { url?: string; attributes?: Attribute[]; value?: string };
    if ((node.type === "link" || node.type === "definition") && url) links.push({ url, line });
    for (const a of attributes ?? []) if (a.name === "href" && typeof a.value === "string") links.push({ url: a.value, line });
    if (node.type === "html" && value) for (const m of value.matchAll(/href\s*=\s*["']([^"']+)["']/g)) links.push({ url: m[1], line });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return links;
}

/** The links of a page (served at `pagePath`) that lead to a chapter not in `chapters`. */
export function deadChapterLinks(tree: MdNode, pagePath: string, chapters: Set<string>): Link[] {
  return linksOf(tree).filter(({ url }) => {
    const target = new URL(url, SITE + pagePath);
    if (target.origin !== SITE) return false;
    const slug = /^\/chapters\/([^/]+)/.exec(target.pathname)?.[1];
    return slug !== undefined && !chapters.has(slug);
  });
}

const chapters = chaptersInBuild();

for (const file of bookFiles()) {
  const name = relative(process.cwd(), file.path);
  const pagePath = file.folder ? `/chapters/${chapterSlug(file.folder)}/` : `/${relative(CONTENT_DIR, file.path).replace(/\.mdx$/, "")}/`;
  test(`${name}: links only to chapters in the build`, () => {
    const dead = deadChapterLinks(file.tree, pagePath, chapters).map((l) => `${name}:${l.line} ${l.url}`);
    expect(dead, `links to chapters not in content/chapters/ (${[...chapters].join(", ")})`).toEqual([]);
  });
}

test("deadChapterLinks() finds absolute, relative, JSX and HTML links to a missing chapter", () => {
  const tree = parseMdx([
    "See [the perceptron](/chapters/perceptron/#cell-2) and [optimizers](/chapters/optimizers/).",
    "",
    "Also [batching](../batching/), [notation](/notation/) and [outside](https://example.org/chapters/x/).",
    "",
    '<a href="/chapters/cnns/">CNNs</a>',
    "",
    "[later]: /chapters/beyond/",
  ].join("\n"));
  const dead = deadChapterLinks(tree, "/chapters/losses/", new Set(["perceptron", "losses"]));
  expect(dead.map((l) => l.url)).toEqual(["/chapters/optimizers/", "../batching/", "/chapters/cnns/", "/chapters/beyond/"]);
});
