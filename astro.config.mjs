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
import { searchMath } from "./src/plugins/search-math.ts";
import { offlineBook } from "./src/plugins/offline.ts";
import { rememberEarlyRuns } from "./src/loading/early-runs.ts";

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

// The book's public address, e.g. NNBOOK_SITE=https://nnbook.org npm run build. It makes each page's
// canonical link, og:url and the sitemap; without it the build emits none rather than a wrong one.
const site = process.env.NNBOOK_SITE || undefined;

export default defineConfig({
  site,
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkCells],
      rehypePlugins: [[rehypeKatex, katexOptions]],
    }),
  },
  integrations: [
    searchMath(), // before Starlight's Pagefind run
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
      // code blocks in the prose wrap their long lines, as cells do, so none scrolls sideways on a phone
      expressiveCode: { defaultProps: { wrap: true } },
      components: { Footer: "./src/components/Footer.astro" },
      head: [
        { tag: "script", attrs: { type: "module" }, content: searchLabelFix },
        // a Run pressed before the cell script has loaded is kept, not lost (src/loading/early-runs.ts)
        { tag: "script", content: `(${rememberEarlyRuns})();` },
        { tag: "link", attrs: { rel: "manifest", href: "/manifest.webmanifest" } },
        { tag: "link", attrs: { rel: "apple-touch-icon", href: "/icon-192.png" } },
        { tag: "meta", attrs: { name: "theme-color", content: "#3451d1" } },
      ],
    }),
    mdx(),
    offlineBook(),
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
