// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { remarkCells } from "./src/plugins/remark-cells.ts";
import { bookSidebar } from "./src/plugins/book-sidebar.ts";

// Math is rendered to HTML at build time: the page ships KaTeX's CSS and fonts, no math JavaScript.
// `trust` lets authors tag a symbol with \htmlData{term=w}{w} to link it to a cell's variable.
// `\term{w}{w_i}` is the authors' short form: the symbol w_i, linked to the identifiers `w` of the next cell.
const katexOptions = {
  trust: (/** @type {{command: string}} */ ctx) => ctx.command === "\\htmlData",
  strict: false,
  macros: { "\\term": "\\htmlData{term=#1}{#2}" },
};

// Label in Name (WCAG 2.5.3): Starlight's search button shows "Search Ctrl K" but is named "Search".
// Name it as shown, and space the words, which its markup runs together ("SearchCtrlK") for axe.
const searchLabelFix = `const b = document.querySelector("button[data-open-modal]");
const outer = b?.querySelector(":scope > kbd");
if (b && outer) {
  const keys = [...outer.querySelectorAll("kbd")];
  outer.before(" ");
  keys.slice(1).forEach((k) => k.before(" "));
  b.setAttribute("aria-label", \`\${b.getAttribute("aria-label")} \${keys.map((k) => k.textContent).join(" ")}\`);
}`;

export default defineConfig({
  site: "https://nnbook.example",
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkCells],
      rehypePlugins: [[rehypeKatex, katexOptions]],
    }),
  },
  integrations: [
    starlight({
      title: "nnbook",
      description: "An interactive textbook of neural networks: every formula next to code you can run.",
      customCss: ["katex/dist/katex.min.css", "./src/styles/book.css"],
      sidebar: bookSidebar(new URL("./content/chapters/", import.meta.url)),
      lastUpdated: false,
      // The 404 page is the `docs` collection's one entry (src/content/docs/404.md), routed by
      // Starlight's page route; its separate 404 route would render the same path twice.
      disable404Route: true,
      pagination: true,
      head: [{ tag: "script", attrs: { type: "module" }, content: searchLabelFix }],
    }),
    mdx(),
  ],
  vite: {
    worker: { format: "es" },
    // Search's UI loads on the reader's first interaction, not at idle: the page's JS budget (src/components/pagefind-deferred.ts)
    resolve: { alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL("./src/components/pagefind-deferred.ts", import.meta.url)) }] },
    // Pre-bundle what cells load lazily, so `npm run dev` does not reload the page on first use.
    optimizeDeps: {
      include: ["sucrase", "acorn", "codemirror", "@codemirror/view", "@codemirror/state", "@codemirror/language", "@codemirror/lang-javascript", "@lezer/highlight", "@codemirror/autocomplete", "@codemirror/lint", "@codemirror/commands", "typescript6"],
    },
  },
});
