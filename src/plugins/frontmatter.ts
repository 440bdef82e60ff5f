import { load } from "js-yaml";

/** The `---` block at the top of an MDX file (Astro reads the same block). */
const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * An MDX source split into its frontmatter, parsed as YAML (js-yaml, the parser Astro uses), and
 * its body with the frontmatter's lines left blank, so line numbers in the body stay the file's.
 * Validate `data` with a schema from `content-schema.ts`.
 */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = BLOCK.exec(source);
  if (match === null) return { data: {}, body: source };
  const blank = "\n".repeat(match[0].split("\n").length - 1);
  return { data: load(match[1]) ?? {}, body: blank + source.slice(match[0].length) };
}
