import { describe, expect, test } from "vitest";
import { splitFrontmatter } from "./frontmatter.ts";
import { chapterSchema } from "../content-schema.ts";

const source = [
  "---",
  'title: "Losses: how wrong is a prediction?"',
  "description: >-",
  "  Folded over",
  "  two lines.",
  "order: 3",
  "learn:",
  "  - \"One item: with a colon\"",
  "  - Two",
  "---",
  "Body line 11",
].join("\n");

describe("splitFrontmatter", () => {
  test("splitFrontmatter(source) parses YAML as YAML: quotes, colons, folded text, numbers, lists", () => {
    const { data } = splitFrontmatter(source);
    expect(chapterSchema.parse(data)).toEqual({
      title: "Losses: how wrong is a prediction?", description: "Folded over two lines.", order: 3,
      learn: ["One item: with a colon", "Two"],
    });
  });

  test("splitFrontmatter(source).body keeps the body on its line in the file", () => {
    expect(splitFrontmatter(source).body.split("\n")[10]).toBe("Body line 11");
  });

  test("splitFrontmatter(source) without a frontmatter block gives {} and the source", () => {
    expect(splitFrontmatter("# Title\n")).toEqual({ data: {}, body: "# Title\n" });
  });

  test("chapterSchema rejects an order that is a string, as the site's collection does", () => {
    expect(chapterSchema.safeParse({ ...(splitFrontmatter(source).data as object), order: "3" }).success).toBe(false);
  });
});
