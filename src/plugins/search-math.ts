import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/**
 * What search indexes of a formula. KaTeX writes each formula three times — visible HTML (hidden
 * from screen readers), MathML, and the LaTeX source in an <annotation> — so Pagefind's snippets
 * showed "With CCC classes" or raw `\sum_i e^{z_i}`. Inline formulas keep their MathML text once
 * ("With C classes"); display formulas, whose flattened text reads as noise, stay out of snippets.
 *
 * Done on the built pages, not in the Markdown pipeline, because widgets render formulas of their
 * own (server fallback text); this integration must come before Starlight's, which runs Pagefind.
 */
const IGNORED = [/<span class="katex-display"/g, /<span class="katex-html"/g, /<annotation encoding="application\/x-tex"/g];

export function markMathForSearch(html: string): string {
  return IGNORED.reduce((page, tag) => page.replace(tag, (open) => `${open} data-pagefind-ignore="all"`), html);
}

export function searchMath() {
  return {
    name: "nnbook:search-math",
    hooks: {
      "astro:build:done": ({ dir }: { dir: URL }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, "utf8");
          const marked = markMathForSearch(html);
          if (marked !== html) writeFileSync(file, marked);
        }
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith(".html") ? [path] : [];
  });
}
