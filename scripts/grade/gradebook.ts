/**
 * Grades one submission: every exercise of the book it names is run again in Node against the
 * page's checks plus the teacher's extra checks (run.ts), and scored by the checks the model
 * solution gets for the same student's variant (the names a submission must pass). Nothing the
 * file says about its own results is trusted.
 */
import * as nnbook from "@nnbook/nn";
import { allChecks, type CatalogExercise } from "../../src/exercises/catalog.ts";
import { runExercise } from "../../src/exercises/run.ts";
import { variantSeed } from "../../src/exercises/hash.ts";
import { readSubmission } from "../../src/exercises/submission.ts";
import type { CheckResult } from "../../src/exercises/harness.ts";
import { runInWorker } from "./run.ts";

export type ExerciseGrade = { id: string; score: number; passed: number; total: number; lines: string[] };
export type StudentGrade = { file: string; name: string; id: string; grades: Map<string, ExerciseGrade>; notes: string[] };

/** The checks the model solution passes for this seed: what every submission is scored against. */
async function expectedChecks(exercise: CatalogExercise, seed: number): Promise<string[]> {
  const names: string[] = [];
  await runExercise({ code: exercise.solution, checks: allChecks(exercise), seed, timeoutMs: exercise.timeoutMs }, { "@nnbook/nn": nnbook }, (o) => {
    if (o.kind === "check" && o.result.status === "passed") names.push(o.result.name);
  });
  return names;
}

/** Student code that reaches for the checking harness is flagged for the teacher to read. */
const HARNESS_NAMES = /\b(check|hint|__show|__guard|__import)\b/;

export async function gradeSubmission(file: string, text: string, exercises: Map<string, CatalogExercise>, book: string): Promise<StudentGrade> {
  const read = readSubmission(text);
  if (!read.ok) return { file, name: "", id: "", grades: new Map(), notes: [`not graded: ${read.error}`] };
  const { submission, tampered } = read;
  const grade: StudentGrade = { file, name: submission.student.name, id: submission.student.id, grades: new Map(), notes: [] };
  if (tampered) grade.notes.push("TAMPERED: the file was edited after it was exported (its hash does not match); its code was graded anyway");
  if (submission.book && submission.book !== book) grade.notes.push(`exported from another version of the book (${submission.book}, this one is ${book})`);
  if (submission.assignment) grade.notes.push(`assignment "${submission.assignment.title}"${submission.assignment.due ? ` due ${submission.assignment.due}` : ""}`);
  if (!submission.student.id.trim()) grade.notes.push("no student ID: graded on the book's own variant");
  for (const id of Object.keys(submission.exercises).sort()) {
    const exercise = exercises.get(id);
    if (!exercise) {
      grade.notes.push(`unknown exercise "${id.slice(0, 80)}" ignored`);
      continue;
    }
    const code = submission.exercises[id].code;
    if (code === undefined) continue;
    const seed = variantSeed(submission.student.id, id);
    const expected = await expectedChecks(exercise, seed);
    const answer = await runInWorker({ code, checks: allChecks(exercise), seed, timeoutMs: exercise.timeoutMs });
    const byName = new Map<string, CheckResult>(answer.checks.map((c) => [c.name, c]));
    const passed = expected.filter((name) => byName.get(name)?.status === "passed").length;
    const lines = expected.map((name) => {
      const c = byName.get(name);
      if (!c) return `  not run   ${name}`;
      if (c.status === "passed") return `  passed    ${name}`;
      if (c.status === "failed") return `  FAILED    ${name}: expected ${c.expected}, got ${c.got}`;
      return `  not judged ${name}: ${c.note ?? "the check crashed"}`;
    });
    lines.push(...answer.errors.map((e) => `  error     ${e}`));
    if (HARNESS_NAMES.test(code)) lines.push("  NOTE      the code names the checking harness (check, hint…): read it");
    const score = expected.length ? Math.round((100 * passed) / expected.length) / 100 : 0;
    grade.grades.set(id, { id, score, passed, total: expected.length, lines });
  }
  return grade;
}
