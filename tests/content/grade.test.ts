import { test, expect } from "vitest";
import { gradeSubmission } from "../../scripts/grade/gradebook.ts";
import { gradebookCsv } from "../../scripts/grade/csv.ts";
import { makeSubmission } from "../../src/exercises/submission.ts";
import type { CatalogExercise } from "../../src/exercises/catalog.ts";

// A small exercise of its own, with a 1 s limit, so a looping submission is stopped quickly.
const exercise: CatalogExercise = {
  id: "double", globalId: "test/double", label: "1.1", chapter: "test", file: "test.mdx", line: 1,
  starter: "const double = (x: number) => x;",
  solution: "const double = (x: number) => 2 * x;",
  checks: 'check("double(2)", () => double(2), 4);',
  extra: 'check("double(-3)", () => double(-3), -6);',
  hints: [], timeoutMs: 1000,
};
const exercises = new Map([[exercise.globalId, exercise]]);
const file = (code: string, id = exercise.globalId) =>
  JSON.stringify(makeSubmission({ name: "Ada", id: "s1" }, "v", { [id]: { code, attempts: 1, passed: 0, total: 1 } }, "2026-12-01T00:00:00Z"));

test("the re-grade scores by the solution's checks, page and extra, and never trusts the file's results", { timeout: 60_000 }, async () => {
  const right = await gradeSubmission("a.json", file(exercise.solution), exercises, "v");
  expect(right.grades.get("test/double")).toMatchObject({ score: 1, passed: 2, total: 2 });
  const half = await gradeSubmission("b.json", file("const double = (x: number) => x + 2;"), exercises, "v");
  expect(half.grades.get("test/double")).toMatchObject({ score: 0.5, passed: 1, total: 2 });
  expect(half.grades.get("test/double")!.lines.join("\n")).toContain("FAILED    double(-3): expected -6, got -1");
});

test("a loop, a tampered or broken file and an unknown exercise each end as a note, not a stop", { timeout: 60_000 }, async () => {
  const loop = await gradeSubmission("c.json", file("while (true) {}"), exercises, "v");
  expect(loop.grades.get("test/double")!.score).toBe(0);
  expect(loop.grades.get("test/double")!.lines.join("\n")).toMatch(/Timeout/);
  const tampered = JSON.parse(file(exercise.solution));
  tampered.exercises["test/double"].passed = 99;
  const edited = await gradeSubmission("d.json", JSON.stringify(tampered), exercises, "v");
  expect(edited.notes.join()).toContain("TAMPERED");
  const broken = await gradeSubmission("e.json", "{ nope", exercises, "v");
  expect(broken.notes).toEqual(["not graded: not a JSON file"]);
  const unknown = await gradeSubmission("f.json", file("1", "nowhere/else"), exercises, "v");
  expect(unknown.notes.join()).toContain('unknown exercise "nowhere/else"');
  const csv = gradebookCsv([loop, edited, broken, unknown], [exercise]);
  expect(csv.split("\r\n")[0]).toBe("Student,ID number,Exercise 1.1 test/double,Total (of 1),Notes,File");
  expect(csv.split("\r\n")).toHaveLength(6);
});
