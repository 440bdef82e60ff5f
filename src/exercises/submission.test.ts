import { test, expect } from "vitest";
import { makeSubmission, readSubmission, canonical } from "./submission.ts";
import { variantSeed } from "./hash.ts";

const progress = { "perceptron/xnor": { code: "const x = 1;", attempts: 2, passed: 2, total: 2, firstAt: "2026-12-01T10:00:00Z", passedAt: "2026-12-01T10:05:00Z" } };

test("a submission reads back as it was written, untampered", () => {
  const file = JSON.stringify(makeSubmission({ name: "Ada", id: "s1" }, "v1", progress, "2026-12-01T11:00:00Z"));
  const read = readSubmission(file);
  expect(read.ok && read.tampered).toBe(false);
  expect(read.ok && read.submission.exercises["perceptron/xnor"].state).toBe("passed");
});

test("an edited submission is caught; a broken one is refused with a reason", () => {
  const submission = makeSubmission({ name: "Ada", id: "s1" }, "v1", progress, "2026-12-01T11:00:00Z");
  submission.exercises["perceptron/xnor"].code = "const y = 2;";
  const read = readSubmission(JSON.stringify(submission));
  expect(read.ok && read.tampered).toBe(true);
  expect(readSubmission("{ not json")).toEqual({ ok: false, error: "not a JSON file" });
  expect(readSubmission("{}").ok).toBe(false);
});

test("canonical JSON sorts keys; variant seeds differ by student and exercise, and no ID is seed 0", () => {
  expect(canonical({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  expect(variantSeed("s1", "a/b")).not.toBe(variantSeed("s2", "a/b"));
  expect(variantSeed("s1", "a/b")).not.toBe(variantSeed("s1", "a/c"));
  expect(variantSeed(" s1 ", "a/b")).toBe(variantSeed("s1", "a/b"));
  expect(variantSeed("", "a/b")).toBe(0);
});
