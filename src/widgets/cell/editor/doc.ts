/**
 * Documentation as the editor shows it in hover and completion tooltips: the signature, then the
 * doc comment's paragraphs with `code` spans, then its tags. The engine's comments carry the
 * formula and the chapter that teaches it, so they are shown whole.
 */
import type { Doc } from "../typescript/service.ts";

export type Span = { code: boolean; text: string };
export type DocBlocks = { signature: string; paragraphs: Span[][]; tags: { name: string; text: Span[] }[] };

/** Splits prose on backticks: odd pieces are code. An unmatched backtick stays as text. */
export function spans(text: string): Span[] {
  const pieces = text.split("`");
  if (pieces.length % 2 === 0) return [{ code: false, text }];
  return pieces.map((piece, i) => ({ code: i % 2 === 1, text: piece })).filter((span) => span.text !== "");
}

/** A doc comment's text as paragraphs: blank lines separate them, single newlines are spaces. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "");
}

export function docBlocks(doc: Doc): DocBlocks {
  return {
    signature: doc.signature,
    paragraphs: paragraphs(doc.documentation).map(spans),
    tags: doc.tags.map((tag) => ({ name: tag.name, text: spans(tag.text.replace(/\s*\n\s*/g, " ").trim()) })),
  };
}

function spansInto(parent: HTMLElement, list: Span[]): HTMLElement {
  for (const span of list) {
    parent.append(span.code ? Object.assign(document.createElement("code"), { textContent: span.text }) : span.text);
  }
  return parent;
}

/** The tooltip's DOM, built from text only (never HTML from the comment). */
export function renderDoc(doc: Doc, options: { signature?: boolean } = {}): HTMLElement {
  const blocks = docBlocks(doc);
  const root = document.createElement("div");
  root.className = "nn-doc";
  if (options.signature !== false && blocks.signature) {
    root.append(Object.assign(document.createElement("div"), { className: "nn-doc-signature", textContent: blocks.signature }));
  }
  for (const paragraph of blocks.paragraphs) root.append(spansInto(Object.assign(document.createElement("p"), { className: "nn-doc-text" }), paragraph));
  for (const tag of blocks.tags) {
    const line = Object.assign(document.createElement("p"), { className: "nn-doc-tag" });
    line.append(Object.assign(document.createElement("em"), { textContent: `@${tag.name}` }), " ");
    root.append(spansInto(line, tag.text));
  }
  return root;
}
