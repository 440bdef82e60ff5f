/**
 * Type-aware editing for a cell: completions, hover documentation and type errors underlined,
 * answered by the TypeScript language service in its own worker (typescript/ts-worker.ts). The worker
 * starts when the reader first focuses a cell, not when the editor mounts: most readers of a
 * page never type, and the checker is the heaviest thing a page can load.
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { forceLinting, linter, lintKeymap, type Diagnostic } from "@codemirror/lint";
import { EditorView, hoverTooltip, keymap, tooltips, type Rect } from "@codemirror/view";
import type { Extension } from "@codemirror/state";
import type { TsClient } from "../typescript/client.ts";
import { renderDoc } from "./doc.ts";

let client: TsClient | null = null;
let starting: Promise<TsClient> | null = null;

/** Starts the page's type worker (once) and resolves when requests can be sent. */
function startTypes(): Promise<TsClient> {
  starting ??= import("../typescript/client.ts").then((module) => (client = module.connect()));
  return starting;
}

/** CodeMirror's icon names for TypeScript's kinds of symbol. */
const KIND_TYPES: Record<string, string> = {
  method: "method", "construct": "method", property: "property", getter: "property", setter: "property",
  function: "function", "local function": "function", class: "class", "local class": "class",
  var: "variable", let: "variable", const: "constant", "local var": "variable", parameter: "variable",
  interface: "interface", type: "type", "type parameter": "type", enum: "enum", "enum member": "enum",
  module: "namespace", alias: "namespace", keyword: "keyword", string: "text",
};

/** TypeScript's sortText ("11" for members, "15" for globals…) as CodeMirror's boost: lower text, higher boost. */
export function boostOf(sortText: string): number {
  const rank = Number.parseInt(sortText, 10);
  return Number.isFinite(rank) ? Math.max(-99, Math.min(99, 11 - rank)) : 0;
}

/**
 * Where a completion's documentation goes: beside the list when there is room, else under (or
 * over) the whole list, never on top of the options (CodeMirror's narrow default covers them).
 */
export function positionInfo(_view: EditorView, list: Rect, option: Rect, info: Rect, space: Rect): { style: string; class: string } {
  const spaceLeft = list.left - space.left;
  const spaceRight = space.right - list.right;
  const width = info.right - info.left;
  const height = info.bottom - info.top;
  if (width <= Math.max(spaceLeft, spaceRight)) {
    const left = spaceRight < width;
    const top = Math.max(space.top, Math.min(option.top, space.bottom - height)) - list.top;
    return { style: `top: ${top}px; max-width: ${Math.min(400, left ? spaceLeft : spaceRight)}px`, class: `cm-completionInfo-${left ? "left" : "right"}` };
  }
  const maxWidth = Math.min(400, space.right - list.left - 8);
  const below = space.bottom - list.bottom >= height || space.bottom - list.bottom > list.top - space.top;
  const listHeight = list.bottom - list.top;
  return { style: `${below ? "top" : "bottom"}: ${listHeight}px; max-width: ${maxWidth}px`, class: "cm-completionInfo-right-narrow" };
}

export function typeAware(cell: string): Extension {
  const completionSource = async (context: CompletionContext): Promise<CompletionResult | null> => {
    const word = context.matchBefore(/[\w$]*/);
    if (!word) return null;
    const before = context.state.sliceDoc(word.from - 1, word.from);
    if (!context.explicit && word.from === word.to && before !== ".") return null;
    const types = await startTypes();
    const code = context.state.doc.toString();
    const list = await types.ask({ op: "completions", cell, code, pos: context.pos }).catch(() => null);
    if (!list || context.aborted) return null;
    const options: Completion[] = list.options.map((option) => ({
      label: option.label,
      type: KIND_TYPES[option.kind] ?? "variable",
      boost: boostOf(option.sortText),
      info: async () => {
        const doc = await types.ask({ op: "completionDoc", cell, code, pos: context.pos, name: option.label, ...(option.source ? { source: option.source } : {}) }).catch(() => null);
        return doc ? renderDoc(doc) : null;
      },
    }));
    return { from: list.from, options, validFor: /^[\w$]*$/ };
  };

  const hover = hoverTooltip(async (view, pos) => {
    if (!client) return null; // no checker until the reader has focused a cell
    const info = await client.ask({ op: "quickInfo", cell, code: view.state.doc.toString(), pos }).catch(() => null);
    if (!info || (!info.signature && !info.documentation)) return null;
    return { pos: info.from, end: info.to, above: true, create: () => ({ dom: renderDoc(info) }) };
  }, { hoverTime: 300 });

  const lint = linter(async (view): Promise<Diagnostic[]> => {
    if (!client) return [];
    const found = await client.ask({ op: "diagnostics", cell, code: view.state.doc.toString() }).catch(() => []);
    return found.map((d) => ({ from: d.from, to: d.to, severity: d.severity, message: d.message, source: "TypeScript" }));
  }, { delay: 500 });

  let checked = false; // whether this editor has been linted since the checker started
  const startOnFocus = EditorView.updateListener.of((update) => {
    if (!update.focusChanged || !update.view.hasFocus || checked) return;
    checked = true;
    void startTypes().then(() => forceLinting(update.view));
  });

  return [
    autocompletion({ override: [completionSource], icons: true, positionInfo }),
    // in <body>, above the page's sidebars and out of the cell's overflow clipping
    tooltips({ parent: document.body }),
    hover,
    lint,
    keymap.of(lintKeymap),
    startOnFocus,
    theme,
  ];
}

/** Tooltips (completions, hover, errors) in the site's colours, light or dark. */
const theme = EditorView.theme({
  ".cm-tooltip": {
    backgroundColor: "var(--sl-color-bg)",
    color: "var(--sl-color-text)",
    border: "1px solid var(--sl-color-gray-5)",
    borderRadius: "0.25rem",
    boxShadow: "0 4px 16px rgb(0 0 0 / 0.18)",
    fontSize: "0.8125rem",
  },
  ".cm-tooltip-autocomplete > ul": { fontFamily: "var(--__sl-font-mono, ui-monospace, monospace)", maxHeight: "14em" },
  ".cm-tooltip-autocomplete > ul > li": { padding: "0.125rem 0.5rem 0.125rem 0.25rem" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--sl-color-accent-low)", color: "var(--sl-color-text)" },
  ".cm-completionMatchedText": { textDecoration: "none", fontWeight: "700", color: "var(--sl-color-accent-high)" },
  ".cm-completionInfo.cm-completionInfo-right-narrow": { left: "0" },
  ".cm-tooltip-hover": { maxWidth: "min(36rem, calc(100vw - 2rem))" },
  ".nn-doc": { padding: "0.375rem 0.625rem", lineHeight: "1.45" },
  ".nn-doc-signature": {
    margin: "0 0 0.25rem",
    padding: "0",
    background: "none",
    border: "none",
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontFamily: "var(--__sl-font-mono, ui-monospace, monospace)",
    fontSize: "0.8125rem",
    color: "var(--nn-code-type)",
  },
  ".nn-doc-text, .nn-doc-tag": { margin: "0.25rem 0 0" },
  ".nn-doc code": { fontSize: "0.92em", backgroundColor: "var(--nn-cell-bg)", padding: "0 0.2em", borderRadius: "0.2em" },
  ".nn-doc-tag em": { color: "var(--sl-color-gray-2)" },
  ".cm-diagnostic": { padding: "0.25rem 0.5rem", whiteSpace: "pre-wrap" },
  ".cm-diagnostic-error": { borderLeft: "4px solid var(--nn-lint-error, #e5484d)" },
  ".cm-lintRange-error": {
    backgroundImage: "none",
    textDecoration: "wavy underline var(--nn-lint-error, #e5484d)",
    textDecorationSkipInk: "none",
    textUnderlineOffset: "3px",
  },
});
