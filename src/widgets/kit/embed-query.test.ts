import { readdirSync, readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WIDGETS, findWidget } from "../registry.ts";
import { THEME_PARAMETER, attributesFromQuery, queryFromAttributes, unusedParameters } from "./embed-query.ts";

const widgetsDir = new URL("../", import.meta.url);

/** Each widget's attribute names, from its attributes.ts (what its element observes). */
async function attributeNames(slug: string): Promise<readonly string[]> {
  const module = (await import(`../${slug}/attributes.ts`)) as { ATTRIBUTES: readonly string[] };
  return module.ATTRIBUTES;
}

describe("the widget registry", () => {
  it("lists every widget element (a folder with element.ts and attributes.ts), under the tag its element.ts defines", () => {
    const elements = readdirSync(widgetsDir).filter((dir) => existsSync(new URL(`${dir}/element.ts`, widgetsDir)) && existsSync(new URL(`${dir}/attributes.ts`, widgetsDir)));
    expect(WIDGETS.map((w) => w.slug).sort()).toEqual(elements.sort());
    for (const entry of WIDGETS) {
      const source = readFileSync(new URL(`${entry.slug}/element.ts`, widgetsDir), "utf8");
      expect(source).toContain(`defineWidget("${entry.tag}"`);
      expect(source).toContain("static observedAttributes = [...ATTRIBUTES]");
      expect(entry.tag).toBe(`nn-${entry.slug}`);
      expect(findWidget(entry.tag)).toBe(entry);
    }
  });
});

describe.each(WIDGETS.map((w) => [w.slug]))("the embed query of %s", (slug) => {
  it("sets every attribute by its own name, and round-trips", async () => {
    const names = await attributeNames(slug);
    expect(names).not.toContain(THEME_PARAMETER);
    const attributes = names.map((name, i): [string, string] => [name, `${i} & <b>${name}</b>=?`]);
    const query = queryFromAttributes(attributes);
    expect(query.startsWith("?")).toBe(true);
    expect(attributesFromQuery(query, names)).toEqual({ attributes, ignored: [] });
  });

  it("takes attributes in the element's order, skips absent ones, and lists unknown names once", async () => {
    const names = await attributeNames(slug);
    const last = names[names.length - 1]!;
    const query = `?foo=1&${last}=7&theme=dark&foo=2&${encodeURIComponent("<img>")}=x&${names[0]}=3`;
    const { attributes, ignored } = attributesFromQuery(query, names);
    const expected: [string, string][] = names.length === 1 ? [[names[0]!, "7"]] : [[names[0]!, "3"], [last, "7"]];
    expect(attributes).toEqual(expected);
    expect(ignored).toEqual(["foo", "<img>"]);
  });
});

describe("an empty embed query", () => {
  it("sets nothing and ignores nothing", () => {
    expect(attributesFromQuery("", ["a"])).toEqual({ attributes: [], ignored: [] });
    expect(queryFromAttributes([])).toBe("");
  });
});

describe("parameters a widget did not take as given", () => {
  it("are those whose value the widget's own attributes do not repeat, with what it shows instead", () => {
    const shown = { w1: "2", w2: "-0.5", dataset: "xor", kernel: "1,0,-1" };
    expect(unusedParameters([["w1", "5"], ["w2", "-0.50"], ["dataset", "XOR"], ["kernel", "1, 0, -1"]], shown)).toEqual([["w1", "5", "2"]]);
    expect(unusedParameters([["dataset", "<b>"], ["lock", "b"]], shown)).toEqual([["dataset", "<b>", "xor"]]);
    expect(unusedParameters([["w1", ""]], shown)).toEqual([["w1", "", "2"]]);
  });
});
