import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { docsLoader, i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
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

/**
 * Starlight's own two collections, which it reads on every page: `docs` (src/content/docs/) holds
 * only the 404 page, since the book's pages are routed by src/pages/; `i18n` (src/content/i18n/)
 * holds the book's changes to Starlight's interface strings. Left undefined or empty, every build
 * and `npm run dev` warn that they do not exist.
 */
const docs = defineCollection({ loader: docsLoader(), schema: docsSchema() });
const i18n = defineCollection({ loader: i18nLoader(), schema: i18nSchema() });

export const collections = { chapters, pages, docs, i18n };
