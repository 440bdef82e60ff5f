import { describe, test, expect } from "vitest";
import { relative } from "node:path";
import * as nnbook from "@nnbook/nn";
import { readCatalog, allChecks } from "../../src/exercises/catalog.ts";
import { runExercise, outcomeOf } from "../../src/exercises/run.ts";
import { variantSeed } from "../../src/exercises/hash.ts";
import type { CheckResult } from "../../src/exercises/harness.ts";
import type { CellOutput } from "../../src/runtime/runner.ts";

const modules = { "@nnbook/nn": nnbook };

async function grade(code: string, checks: string, seed: number) {
  const results: CheckResult[] = [];
  const problems: string[] = [];
  const run = await runExercise({ code, checks, seed }, { ...modules }, (o: CellOutput) => {
    if (o.kind === "check") results.push(o.result);
    if (o.kind === "error") problems.push(`${o.name} on line ${o.line ?? "?"}: ${o.message}`);
  });
  return { outcome: outcomeOf(run, results), results, problems };
}

// Each exercise proves itself: its solution passes every check, the page's and the teacher's
// extra ones, for the book's variant and for two students' variants; its starter fails one.
const STUDENTS = ["", "s1234567", "ada.lovelace"];
const catalog = readCatalog();
for (const chapter of catalog) {
  if (chapter.exercises.length === 0) continue;
  describe(relative(process.cwd(), chapter.exercises[0].file), () => {
    for (const exercise of chapter.exercises) {
      test(`exercise ${exercise.globalId} (line ${exercise.line}): the solution passes every check`, { timeout: 60_000 }, async () => {
        for (const student of STUDENTS) {
          const { outcome, results, problems } = await grade(exercise.solution, allChecks(exercise), variantSeed(student, exercise.globalId));
          expect(problems, `student "${student}"`).toEqual([]);
          expect(results.filter((r) => r.status !== "passed"), `student "${student}"`).toEqual([]);
          expect(outcome).toBe("passed");
        }
      });
      test(`exercise ${exercise.globalId} (line ${exercise.line}): the starter fails a check`, { timeout: 60_000 }, async () => {
        for (const student of STUDENTS) {
          const { outcome } = await grade(exercise.starter, exercise.checks, variantSeed(student, exercise.globalId));
          expect(outcome, `student "${student}"`).toBe("failed");
        }
      });
    }
  });
}

test("every chapter of the book has at least 3 graded exercises", () => {
  expect(catalog.length).toBeGreaterThanOrEqual(9);
  for (const chapter of catalog) expect(chapter.exercises.length, `chapter ${chapter.number}`).toBeGreaterThanOrEqual(3);
});

test("every graded exercise has a title, the bold words that open its list item, for /assign/ and /progress/", () => {
  const untitled = catalog.flatMap((c) => c.exercises).filter((e) => !e.title).map((e) => `${e.globalId} (line ${e.line})`);
  expect(untitled).toEqual([]);
});
