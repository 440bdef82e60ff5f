import { describe, expect, it } from "vitest";
import { docBlocks, paragraphs, spans } from "./doc.ts";

describe("editor-doc", () => {
  it("spans(text) marks backticked pieces as code", () => {
    expect(spans("use `tensor([1])` or `zeros`.")).toEqual([
      { code: false, text: "use " },
      { code: true, text: "tensor([1])" },
      { code: false, text: " or " },
      { code: true, text: "zeros" },
      { code: false, text: "." },
    ]);
  });

  it("spans(text) keeps an unmatched backtick as plain text", () => {
    expect(spans("a ` b")).toEqual([{ code: false, text: "a ` b" }]);
  });

  it("paragraphs(text) joins wrapped lines and splits on blank lines", () => {
    expect(paragraphs("Cross-entropy of\n logits.\n\nChapter 3, Losses.\n")).toEqual(["Cross-entropy of logits.", "Chapter 3, Losses."]);
  });

  it("docBlocks(doc) keeps the signature and flattens tag text", () => {
    const blocks = docBlocks({ signature: "function f(x: number): number", documentation: "Doubles `x`.", tags: [{ name: "param", text: "x the\n value" }] });
    expect(blocks.signature).toBe("function f(x: number): number");
    expect(blocks.paragraphs).toEqual([[{ code: false, text: "Doubles " }, { code: true, text: "x" }, { code: false, text: "." }]]);
    expect(blocks.tags).toEqual([{ name: "param", text: [{ code: false, text: "x the value" }] }]);
  });
});
