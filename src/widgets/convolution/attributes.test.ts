import { expect, test } from "vitest";
import { DEFAULT_CONFIG, parseAttributes, toAttributes } from "./attributes.ts";
import { PRESETS } from "./model.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

test("parseAttributes(toAttributes(config)) round-trips presets and a reader's own kernel", () => {
  for (const config of [DEFAULT_CONFIG, { kernel: PRESETS.blur, preset: "blur" as const, stride: 2 as const, padding: 1 as const },
    { kernel: [1, 2, 3, 4, 5, 6, 7, 8, -9], preset: null, stride: 1 as const, padding: 0 as const }]) {
    expect(parseAttributes(read(toAttributes(config)))).toEqual(config);
  }
});

test("parseAttributes falls back to the defaults on malformed values", () => {
  expect(parseAttributes(read({ kernel: "1,2,x", stride: "7", padding: "-1" }))).toEqual(DEFAULT_CONFIG);
  expect(parseAttributes(read({ kernel: "sharpen" })).kernel).toEqual(PRESETS.sharpen);
});
