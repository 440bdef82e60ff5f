/**
 * The file a student hands in: who they are, the book's exercise version, and per exercise the
 * last code, the result and the times, sealed with a hash of the content. Written by Export on
 * /progress/, read back by Import and by the teacher's re-grade (scripts/grade.ts).
 *
 * The hash catches a file edited by hand (a changed grade, code pasted in later); it is a seal,
 * not a signature: the re-grade runs every exercise's code again and trusts no result in the file.
 */
import { hashHex } from "./hash.ts";
import { readProgress, stateOf, type ExerciseProgress, type ExerciseState, type Student } from "./progress.ts";
import { decodeAssignment, encodeAssignment, type Assignment } from "./assignment.ts";

export const FORMAT = "nnbook-submission";

export type SubmittedExercise = ExerciseProgress & { state: ExerciseState };
export type Submission = {
  format: typeof FORMAT;
  version: 1;
  book: string;
  student: Student;
  exportedAt: string;
  exercises: Record<string, SubmittedExercise>;
  /** Handed in for an assignment (assignment.ts): only its exercises are in the file. */
  assignment?: Assignment;
  hash: string;
};

/** JSON with object keys sorted, so the same content always gives the same text (and hash). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function seal(body: Omit<Submission, "hash">): string {
  return hashHex(canonical(body));
}

export function makeSubmission(student: Student, book: string, progress: Record<string, ExerciseProgress>, now: string, assignment?: Assignment): Submission {
  const exercises: Record<string, SubmittedExercise> = {};
  for (const id of Object.keys(progress).sort()) {
    if (assignment && !assignment.exercises.includes(id)) continue;
    const p = progress[id];
    if (stateOf(p) === "not-started" && p.code === undefined) continue;
    exercises[id] = { ...p, state: stateOf(p) };
  }
  const body = { format: FORMAT as typeof FORMAT, version: 1 as const, book, student: { name: student.name, id: student.id }, exportedAt: now, exercises, ...(assignment ? { assignment } : {}) };
  return { ...body, hash: seal(body) };
}

export type ReadSubmission = { ok: true; submission: Submission; tampered: boolean } | { ok: false; error: string };

/** Parses and checks a submission file; `tampered` when its content does not match its hash. */
export function readSubmission(text: string): ReadSubmission {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "not a JSON file" };
  }
  if (!data || typeof data !== "object" || (data as { format?: unknown }).format !== FORMAT) return { ok: false, error: "not an nnbook submission (no \"format\": \"nnbook-submission\")" };
  const d = data as Record<string, unknown>;
  const student = d.student as Partial<Student> | undefined;
  if (typeof student?.id !== "string" || typeof student.name !== "string") return { ok: false, error: "the student's name or ID is missing" };
  if (!d.exercises || typeof d.exercises !== "object" || Array.isArray(d.exercises)) return { ok: false, error: "no exercises in the file" };
  const exercises: Record<string, SubmittedExercise> = {};
  for (const [id, value] of Object.entries(d.exercises as Record<string, unknown>)) {
    const progress = readProgress(value);
    if (progress) exercises[id] = { ...progress, state: stateOf(progress) };
  }
  const submission: Submission = {
    format: FORMAT,
    version: 1,
    book: typeof d.book === "string" ? d.book : "",
    student: { name: student.name, id: student.id },
    exportedAt: typeof d.exportedAt === "string" ? d.exportedAt : "",
    exercises,
    hash: typeof d.hash === "string" ? d.hash : "",
  };
  // an assignment is read back through its link form, which checks every field
  const assignment = d.assignment && typeof d.assignment === "object" ? decodeAssignment(encodeAssignment(d.assignment as Assignment)) : null;
  if (assignment) submission.assignment = assignment;
  const { hash, ...body } = d;
  return { ok: true, submission, tampered: typeof hash !== "string" || hash !== hashHex(canonical(body)) };
}
