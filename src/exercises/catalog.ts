/**
 * Every graded exercise of the book, read from the chapters' MDX in Node: for the /progress/ page
 * (at build time), the teacher's re-grade (scripts/grade.ts) and the content tests. It parses the
 * chapters as the site does, so it finds exactly the exercises the pages show.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkMath from "remark-math";
import remarkGfm from "remark-gfm";
import { splitFrontmatter } from "../plugins/frontmatter.ts";
import { chapterSlug, chapterNumber } from "../plugins/chapter-slug.ts";
import type { MdNode } from "../plugins/cell-fences.ts";
import { exercisesOf, globalId, type ExerciseSource } from "./fences.ts";
import { hashHex } from "./hash.ts";

export type CatalogExercise = ExerciseSource & { globalId: string; label: string; chapter: string; file: string };
export type CatalogChapter = { slug: string; number: number; title: string; exercises: CatalogExercise[] };

export function readCatalog(contentDir = join(process.cwd(), "content")): CatalogChapter[] {
  const chaptersDir = join(contentDir, "chapters");
  if (!existsSync(chaptersDir)) return [];
  return readdirSync(chaptersDir).sort().flatMap((folder) => {
    const file = join(chaptersDir, folder, "index.mdx");
    if (!existsSync(file)) return [];
    const { data, body } = splitFrontmatter(readFileSync(file, "utf8"));
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(body) as MdNode;
    const slug = chapterSlug(folder), number = chapterNumber(folder);
    const title = typeof (data as { title?: unknown }).title === "string" ? (data as { title: string }).title : slug;
    const exercises = exercisesOf(tree).map((exercise, i) => ({
      ...exercise,
      globalId: globalId(slug, exercise.id),
      label: `${Number.isFinite(number) ? `${number}.` : ""}${i + 1}`,
      chapter: slug,
      file,
    }));
    return [{ slug, number, title, exercises }];
  });
}

/** The page's checks and the teacher's extra checks, as one checks program (the extras in a block of their own). */
export function allChecks(exercise: ExerciseSource): string {
  return exercise.extra ? `${exercise.checks}\n;{ ${exercise.extra}\n}` : exercise.checks;
}

/** The book's exercise version: changes when any exercise's id, starter or page checks change. */
export function bookVersion(chapters: CatalogChapter[]): string {
  return hashHex(JSON.stringify(chapters.flatMap((c) => c.exercises.map((e) => [e.globalId, e.starter, e.checks]))));
}
