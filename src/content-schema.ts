import { z } from "astro/zod";

/**
 * The frontmatter of the book's pages, stated once: `content.config.ts` gives these schemas to
 * Astro's collections, and the sidebar (read when Astro loads its config, before collections
 * exist) and the content tests parse frontmatter with the same ones (see `plugins/frontmatter.ts`).
 */

/** One chapter of the book: `content/chapters/NN-slug/index.mdx`. */
export const chapterSchema = z
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
  .strict();

/** Pages of the book outside the chapters, such as `content/notation.mdx`. */
export const pageSchema = z
  .object({
    /** The page's title. */
    title: z.string().min(1),
    /** One sentence for metadata and search results. */
    description: z.string().min(1),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
