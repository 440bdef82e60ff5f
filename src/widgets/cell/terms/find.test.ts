import { test, expect } from "vitest";
import { termRanges } from "./find.ts";

const names = (code: string, terms: string[]) => termRanges(code, new Set(terms)).map((r) => `${r.term}@${r.from}`);

test("termRanges(code, terms) finds each variable named like a term", () => {
  const code = "const w = [0.5, -1];\nlet z = b;\nz += w[i] * x[i];";
  expect(names(code, ["w", "x", "z", "b"])).toEqual(["w@6", "z@25", "b@29", "z@32", "w@37", "x@44"]);
});

test("termRanges(code, terms) skips properties, longer names, strings and comments", () => {
  const code = 'const wx = 1; // w is the weight\nobj.w = "w"; /* w */ `w`;\nconst ws = [w];';
  expect(names(code, ["w"])).toEqual([`w@${code.indexOf("[w]") + 1}`]);
});

test("termRanges(code, terms) skips object keys but not a ternary or a spread", () => {
  expect(names("({ w: 1, b })", ["w", "b"])).toEqual(["b@9"]);
  expect(names("f({ a: 1, w: w })", ["w"])).toEqual(["w@13"]);
  expect(names("c ? w : b", ["w", "b"])).toEqual(["w@4", "b@8"]);
  expect(names("[...w]", ["w"])).toEqual(["w@4"]);
});

test("termRanges(code, terms) handles unicode identifiers and an empty term set", () => {
  expect(names("const η = 0.5; w = w + η * g;", ["η"])).toEqual(["η@6", "η@23"]);
  expect(names("w", [])).toEqual([]);
});
