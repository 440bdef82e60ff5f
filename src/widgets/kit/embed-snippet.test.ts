import { describe, expect, it } from "vitest";
import { attributesFromQuery } from "./embed-query.ts";
import { embedAddress, hostScriptSnippet, iframeSnippet } from "./embed-snippet.ts";

describe("embed snippets", () => {
  it("address a widget with its attributes as the query", () => {
    const address = embedAddress("https://book.example", "perceptron", [["dataset", "xor"], ["w1", "1"]]);
    expect(address).toBe("https://book.example/embed/perceptron/?dataset=xor&w1=1");
    expect(embedAddress("https://book.example", "graph", [])).toBe("https://book.example/embed/graph/");
  });

  it("keep a value with markup in it inside the src attribute, and read back to the same value", () => {
    const value = `"><script>alert(1)</script>`;
    const address = embedAddress("https://book.example", "graph", [["expr", value]]);
    const snippet = iframeSnippet(address, "A computational graph", 760);
    expect(snippet).not.toContain("<script");
    expect(snippet.match(/"/g)?.length).toBe(12); // six quoted attributes, no stray quote
    const src = /src="([^"]*)"/.exec(snippet)![1]!.replaceAll("&amp;", "&");
    expect(attributesFromQuery(new URL(src).search, ["expr"]).attributes).toEqual([["expr", value]]);
  });

  it("give the frame a title, full width and a fixed height, and name the host script", () => {
    const snippet = iframeSnippet("https://book.example/embed/perceptron/", "A perceptron", 500);
    expect(snippet).toBe(
      '<iframe src="https://book.example/embed/perceptron/" title="A perceptron" width="100%" height="500" style="border: 0; max-width: 100%;" loading="lazy"></iframe>',
    );
    expect(hostScriptSnippet("https://book.example")).toBe('<script src="https://book.example/embed.js" async></script>');
  });
});
