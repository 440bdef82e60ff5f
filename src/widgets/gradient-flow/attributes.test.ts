import { expect, test } from "vitest";
import { parseAttributes, toAttributes } from "./attributes.ts";
import { DEFAULT_CONFIG, type Config } from "./config.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

test("parseAttributes(read) with no attributes gives the default configuration", () => {
  expect(parseAttributes(() => null)).toEqual(DEFAULT_CONFIG);
});

test("toAttributes(config) round-trips through parseAttributes", () => {
  const config: Config = { activation: "relu", init: "he", depth: 5, layer: 4, seed: 12, learningRate: 0.05 };
  expect(parseAttributes(read(toAttributes(config)))).toEqual(config);
});

test("parseAttributes(read) ignores malformed values and clamps depth and layer", () => {
  const config = parseAttributes(read({ activation: "softmax", init: "HE", depth: "40", layer: "99", seed: "x", lr: "-1" }));
  expect(config).toEqual({ ...DEFAULT_CONFIG, init: "he", depth: 10, layer: 10 });
  expect(parseAttributes(read({ depth: "1", layer: "0" }))).toMatchObject({ depth: 2, layer: 1 });
});
