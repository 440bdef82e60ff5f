import { describe, expect, it } from "vitest";
import { formatNumber, parseAttributes, parseList, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG, createState, seededLayers, setParameter } from "./model.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe("attributes", () => {
  it("parseAttributes(read) and toAttributes(config) round-trip", () => {
    const attrs = {
      x: "0.5,-2",
      w1: "1,0;0,1;1,-1",
      b1: "0,0,0.5",
      w2: "1,1,1;0,-1,2",
      b2: "0,1",
      activation: "relu",
      output: "softmax",
      edges: "product",
      seed: "7",
    };
    const config = parseAttributes(read(attrs));
    expect(config.x).toEqual([0.5, -2]);
    expect(config.layers[0].weight).toEqual([[1, 0], [0, 1], [1, -1]]);
    expect(config.layers[1]).toEqual({ weight: [[1, 1, 1], [0, -1, 2]], bias: [0, 1] });
    expect([config.activation, config.output, config.edges, config.seed]).toEqual(["relu", "softmax", "product", 7]);
    expect(toAttributes(config)).toEqual(attrs);
    expect(parseAttributes(read(toAttributes(DEFAULT_CONFIG)))).toEqual(DEFAULT_CONFIG);
    const edited = setParameter(createState({ seed: 11 }), { layer: 2, row: 1, col: null }, -1.25);
    expect(parseAttributes(read(toAttributes(edited)))).toEqual(edited);
  });

  it("parseAttributes(read) takes missing parameters from the seed", () => {
    expect(parseAttributes(read({}))).toEqual(DEFAULT_CONFIG);
    const config = parseAttributes(read({ seed: "5", b2: "1 2" }));
    expect(config.layers[0]).toEqual(seededLayers(5)[0]);
    expect(config.layers[1].weight).toEqual(seededLayers(5)[1].weight);
    expect(config.layers[1].bias).toEqual([1, 2]);
  });

  it("parseAttributes(read) falls back to defaults for malformed values", () => {
    const bad = parseAttributes(
      read({ x: "1", w1: "1,2,3,4,5,x", b1: "", w2: "1,2,3;4,5,6,7", activation: "swish", output: "relu", edges: "bias", seed: "1.5" }),
    );
    expect(bad).toEqual(DEFAULT_CONFIG);
    expect(parseAttributes(read({ activation: " Tanh ", output: "SOFTMAX" }))).toMatchObject({ activation: "tanh", output: "softmax" });
  });

  it("parseList(text, count) needs exactly count finite numbers", () => {
    expect(parseList("1, -2;3", 3)).toEqual([1, -2, 3]);
    expect(parseList("0.1 0.2", 2)).toEqual([Math.fround(0.1), Math.fround(0.2)]);
    expect(parseList("1,2", 3)).toBeNull();
    expect(parseList("1,Infinity", 2)).toBeNull();
    expect(parseList(null, 2)).toBeNull();
  });

  it("toAttributes(config) writes weights row by row, each the shortest decimal of its float32", () => {
    const config = setParameter(DEFAULT_CONFIG, { layer: 1, row: 0, col: 0 }, 0.1 + 0.2);
    const rows = toAttributes(config).w1.split(";");
    expect(rows).toHaveLength(3);
    expect(rows[0].split(",")[0]).toBe("0.3");
    for (const text of rows[1].split(",")) expect(text.replace(/^-/, "").length).toBeLessThanOrEqual(11);
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-1e-9)).toBe("-1e-9");
  });
});
