import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema, pageSchema } from "./content-schema.ts";
import { chapterSlug } from "./plugins/chapter-slug.ts";

/** One chapter of the book: `content/chapters/NN-slug/index.mdx`. */
const chapters = defineCollection({
  loader: glob({
    base: "./content/chapters",
    pattern: "*/index.mdx",
    // "01-perceptron/index.mdx" → "perceptron": the URL drops the number.
    generateId: ({ entry }) => chapterSlug(entry.split("/")[0]),
  }),
  schema: chapterSchema,
});

/** Pages of the book outside the chapters, such as `content/notation.mdx`. */
const pages = defineCollection({
  loader: glob({ base: "./content", pattern: "*.mdx" }),
  schema: pageSchema,
});

export const collections = { chapters, pages };
