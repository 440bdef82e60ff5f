// @ts-check
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
const katexOptions = { trust: (/** @type {{command: string}} */ ctx) => ctx.command === "\\htmlData", strict: false };

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
      pagination: true,
    }),
    mdx(),
  ],
  vite: {
    worker: { format: "es" },
    // Pre-bundle what cells load lazily, so `npm run dev` does not reload the page on first use.
    optimizeDeps: {
      include: ["sucrase", "acorn", "codemirror", "@codemirror/view", "@codemirror/state", "@codemirror/language", "@codemirror/lang-javascript", "@lezer/highlight"],
    },
  },
});
