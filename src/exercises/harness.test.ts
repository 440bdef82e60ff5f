import { test, expect } from "vitest";
import { createHarness, agrees, formatValue, type Report } from "./harness.ts";
import { outcomeOf } from "./outcome.ts";

function harness() {
  const reports: Report[] = [];
  return { reports, ...createHarness((r) => reports.push(r)) };
}

test("check: numbers within tol, arrays, objects and tensors (via toArray); a verdict per call", () => {
  const h = harness();
  expect(h.check("close", 0.1 + 0.2, 0.3)).toBe(true);
  expect(h.check("far", 1.01, 1, { tol: 1e-3 })).toBe(false);
  expect(h.check("array", [1, [2, 3]], [1, [2, 3]])).toBe(true);
  expect(h.check("object", { w: [1], b: 0 }, { w: [1], b: 0 })).toBe(true);
  expect(h.check("tensor", { shape: [2], toArray: () => [1, 2] }, [1, 2])).toBe(true);
  expect(h.reports.map((r) => r.kind === "check" && r.result.status)).toEqual(["passed", "failed", "passed", "passed", "passed"]);
  const far = h.reports[1];
  expect(far.kind === "check" && [far.result.expected, far.result.got]).toEqual(["1", "1.01"]);
});

test("a check that crashes or gets NaN is broken, said in words, and the next check still runs", () => {
  const h = harness();
  h.check("crash", () => { throw new TypeError("x is undefined"); }, 1);
  h.check("nan", () => 0 / 0, 1);
  h.check("fine", () => 2, 2);
  const results = h.reports.flatMap((r) => (r.kind === "check" ? [r.result] : []));
  expect(results.map((r) => r.status)).toEqual(["broken", "broken", "passed"]);
  expect(results[0].note).toContain("TypeError: x is undefined");
  expect(results[1].note).toContain("NaN");
  expect(outcomeOf({ ok: true, ms: 1 }, results)).toBe("broken");
  expect(outcomeOf({ ok: true, ms: 1 }, [...results, { name: "w", status: "failed", expected: "1", got: "2" }])).toBe("failed");
  expect(outcomeOf({ ok: false, ms: 1, stopped: "timeout" }, [])).toBe("broken");
});

test("hint: given once when its condition holds; a crashing condition gives no hint", () => {
  const h = harness();
  h.hint(true, "negate all three");
  h.hint(() => true, "negate all three");
  h.hint(() => { throw new Error("no"); }, "never");
  h.hint(false, "not this");
  expect(h.reports).toEqual([{ kind: "hint", text: "negate all three" }]);
});

test("values are shown short: 6 significant digits, JSON, cut at 200 characters", () => {
  expect(formatValue(Math.PI)).toBe("3.14159");
  expect(formatValue([1 / 3, Infinity])).toBe('[0.333333,"Infinity"]');
  expect(formatValue(undefined)).toBe("undefined");
  expect(formatValue("x".repeat(300)).length).toBe(200);
  expect(agrees([1, 2], [1, 2, 3], 1e-6)).toBe(false);
});
