import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { chapterSlug } from "./plugins/chapter-slug.ts";

/** One chapter of the book: `content/chapters/NN-slug/index.mdx`. */
const chapters = defineCollection({
  loader: glob({
    base: "./content/chapters",
    pattern: "*/index.mdx",
    // "01-perceptron/index.mdx" → "perceptron": the URL drops the number.
    generateId: ({ entry }) => chapterSlug(entry.split("/")[0]),
  }),
  schema: z
    .object({
      /** The chapter's title, shown on the page, in the sidebar and on the contents page. */
      title: z.string().min(1),
      /** One sentence saying what the chapter is about; used on the contents page and in metadata. */
      description: z.string().min(1),
      /** The chapter's place in the book; must match the number of its folder. */
      order: z.number().int().positive(),
      /** What the reader will be able to do after the chapter, shown at its top: 2 to 8 short items. */
      learn: z.array(z.string().min(1)).min(2).max(8),
    })
    .strict(),
});

/** Pages of the book outside the chapters, such as `content/notation.mdx`. */
const pages = defineCollection({
  loader: glob({ base: "./content", pattern: "*.mdx" }),
  schema: z
    .object({
      /** The page's title. */
      title: z.string().min(1),
      /** One sentence for metadata and search results. */
      description: z.string().min(1),
    })
    .strict(),
});

export const collections = { chapters, pages };
