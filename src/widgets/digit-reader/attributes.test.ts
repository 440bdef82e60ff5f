import { expect, test } from "vitest";
import { DEFAULT_STATE, parseAttributes, toAttributes } from "./attributes.ts";

const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

test("parseAttributes reads epochs 1–5 and a whole seed, else the defaults", () => {
  expect(parseAttributes(read({}))).toEqual(DEFAULT_STATE);
  expect(parseAttributes(read({ epochs: "3", seed: "7" }))).toEqual({ epochs: 3, seed: 7 });
  for (const epochs of ["0", "6", "1.5", "x"]) expect(parseAttributes(read({ epochs })).epochs).toBe(DEFAULT_STATE.epochs);
  for (const seed of ["-1", "0.5", "seed"]) expect(parseAttributes(read({ seed })).seed).toBe(DEFAULT_STATE.seed);
});

test("toAttributes round-trips", () => {
  const state = { epochs: 4, seed: 12 };
  expect(parseAttributes(read(toAttributes(state)))).toEqual(state);
});
