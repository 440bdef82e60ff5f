/**
 * Formula ↔ code. A symbol an author tags `\term{w}{w_i}` (a KaTeX macro for
 * `\htmlData{term=w}{…}`) is linked to the identifiers `w` of the cell that follows it; hovering
 * or focusing either side highlights both. Symbols become keyboard stops (Enter shows the code);
 * in the editor, the caret on a linked name highlights the formula (terms-editor.ts).
 */
import { termRanges } from "./find.ts";

type Group = { cell: HTMLElement; symbols: HTMLElement[]; terms: Set<string> };

/** Sent to a cell so its editor marks a term (detail: the term or null); terms-editor.ts listens. */
export const TERM_EVENT = "nn-term";
/** Sent by a cell's editor when the caret enters or leaves a linked name. */
export const TERM_CARET_EVENT = "nn-term-caret";

const groups = new Map<HTMLElement, Group>();

/** Pairs each tagged symbol with the next cell in the page, as formulas are paired with cells. */
function collectGroups() {
  let symbols: HTMLElement[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(".katex-html [data-term], nn-cell")) {
    if (el.localName !== "nn-cell") {
      symbols.push(el);
      continue;
    }
    if (symbols.length > 0) groups.set(el, { cell: el, symbols, terms: new Set(symbols.map((s) => s.dataset.term!)) });
    symbols = [];
  }
}

/** KaTeX hides its HTML from screen readers (they read the MathML); open just the tagged symbols. */
function exposeSymbols(group: Group) {
  const number = group.cell.dataset.label ?? group.cell.id.replace("cell-", "");
  for (const symbol of group.symbols) {
    const html = symbol.closest<HTMLElement>(".katex-html");
    if (html?.getAttribute("aria-hidden") === "true") {
      html.removeAttribute("aria-hidden");
      hideAllBut(html);
    }
    symbol.tabIndex = 0;
    symbol.setAttribute("role", "button");
    // the name starts with the symbol as shown (w_i reads "wi"), so what is seen is what is said
    const shown = (symbol.textContent ?? "").replace(/[\s\u200b]+/g, "");
    symbol.setAttribute("aria-label", `${shown}: ${symbol.dataset.term} in the code of cell ${number}`);
    symbol.addEventListener("mouseenter", () => highlight(group, symbol.dataset.term!));
    symbol.addEventListener("mouseleave", () => highlight(group, null));
    symbol.addEventListener("focus", () => highlight(group, symbol.dataset.term!));
    symbol.addEventListener("blur", () => highlight(group, null));
    symbol.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      const target = group.cell.querySelector(`.nn-term-active`) ?? group.cell;
      target.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
  }
}

function hideAllBut(parent: Element) {
  for (const child of parent.children) {
    if (child.hasAttribute("data-term")) continue;
    if (child.querySelector("[data-term]")) hideAllBut(child);
    else child.setAttribute("aria-hidden", "true");
  }
}

/** Highlights term `term` (or nothing) in a group's formulas and its cell's code. */
function highlight(group: Group, term: string | null) {
  for (const symbol of group.symbols) symbol.classList.toggle("nn-term-active", symbol.dataset.term === term);
  for (const span of group.cell.querySelectorAll<HTMLElement>(".nn-cell-source [data-term]")) span.classList.toggle("nn-term-active", span.dataset.term === term);
  group.cell.dispatchEvent(new CustomEvent(TERM_EVENT, { detail: term }));
}

/** The static code (before the editor loads, or without it) gets spans on the linked names. */
function markStaticCode(group: Group) {
  const code = group.cell.querySelector<HTMLElement>(".nn-cell-source code");
  if (!code) return;
  const mark = () => {
    if (code.querySelector("[data-term]")) return;
    const text = code.textContent ?? "";
    const ranges = termRanges(text, group.terms);
    if (ranges.length === 0) return;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const { from, to, term } of ranges) {
      parts.push(text.slice(at, from));
      const span = document.createElement("span");
      span.className = "nn-term";
      span.dataset.term = term;
      span.textContent = text.slice(from, to);
      parts.push(span);
      at = to;
    }
    parts.push(text.slice(at));
    code.replaceChildren(...parts);
  };
  mark();
  // the cell rewrites the text for a saved edit or shared code: mark it again
  new MutationObserver(mark).observe(code, { childList: true });
}

function wireCode(group: Group) {
  const cell = group.cell;
  cell.dataset.terms = [...group.terms].join(" ");
  let hovered: string | null = null;
  cell.addEventListener("mouseover", (event) => {
    const term = (event.target as Element).closest?.<HTMLElement>("[data-term]")?.dataset.term ?? null;
    if (term === hovered) return;
    hovered = term;
    highlight(group, term);
  });
  cell.addEventListener("mouseleave", () => {
    if (hovered !== null) highlight(group, (hovered = null));
  });
  cell.addEventListener(TERM_CARET_EVENT, (event) => highlight(group, (event as CustomEvent<string | null>).detail));
}

function init() {
  collectGroups();
  for (const group of groups.values()) {
    exposeSymbols(group);
    markStaticCode(group);
    wireCode(group);
  }
}

init();
