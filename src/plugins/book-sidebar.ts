import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chapterSlug, chapterNumber } from "./chapter-slug.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { chapterSchema } from "../content-schema.ts";
import { readCatalog } from "../exercises/catalog.ts";

type SidebarLink = { label: string; link: string; attrs?: Record<string, string> };
type SidebarGroup = { label: string; items: SidebarLink[] };

/**
 * The sidebar, read from the chapter folders when Astro loads its config (before content
 * collections exist), so every page — chapters, home, notation, 404 — shares one table of contents.
 */
export function bookSidebar(chaptersDir: URL): SidebarGroup[] {
  const folders = existsSync(chaptersDir)
    ? readdirSync(chaptersDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];
  const catalog = readCatalog(fileURLToPath(new URL("..", chaptersDir)));
  const chapters = folders
    .filter((folder) => existsSync(new URL(`${folder}/index.mdx`, chaptersDir)))
    .sort((a, b) => chapterNumber(a) - chapterNumber(b))
    .map((folder) => {
      const source = readFileSync(new URL(`${folder}/index.mdx`, chaptersDir), "utf8");
      // a chapter whose frontmatter does not parse keeps its place; the collection reports the error
      const parsed = chapterSchema.safeParse(splitFrontmatter(source).data);
      const title = parsed.success ? parsed.data.title : chapterSlug(folder);
      // how many graded exercises it has, so the page can show how many the reader has passed (reading-progress.ts)
      const exercises = catalog.find((c) => c.slug === chapterSlug(folder))?.exercises.length ?? 0;
      return { label: `${chapterNumber(folder)}. ${title}`, link: `/chapters/${chapterSlug(folder)}/`, attrs: { "data-exercises": String(exercises) } };
    });
  // The order is the "Next" links' order too: the contents page leads to chapter 1, the last
  // chapter to the end of the book.
  return [
    { label: "The book", items: [{ label: "Contents", link: "/" }] },
    { label: "Chapters", items: chapters },
    {
      label: "Beyond the chapters",
      items: [
        { label: "Where to go next", link: "/next/" },
        { label: "Notation", link: "/notation/" },
        { label: "Your progress", link: "/progress/" },
        { label: "For teachers", link: "/teachers/" },
        { label: "Assignments", link: "/assign/" },
      ],
    },
  ];
}
