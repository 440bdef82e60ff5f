/**
 * A student's progress, per exercise, as a plain record: what the page keeps in the browser
 * (widgets/exercise/store.ts), what a submission carries, and what the re-grade reads.
 */
export type ExerciseState = "not-started" | "attempted" | "passed" | "solution-shown";

export type ExerciseProgress = {
  /** The last code the student checked or typed. */
  code?: string;
  /** Checks that gave a verdict (a run that crashed, timed out or gave NaN is not an attempt). */
  attempts: number;
  /** Of the last attempt: checks passed, of how many. */
  passed: number;
  total: number;
  firstAt?: string;
  lastAt?: string;
  passedAt?: string;
  solutionAt?: string;
};

export type Student = { name: string; id: string };

export const STATE_TEXT: Record<ExerciseState, string> = {
  "not-started": "Not started",
  attempted: "Attempted",
  passed: "Passed",
  "solution-shown": "Solution shown",
};

export function emptyProgress(): ExerciseProgress {
  return { attempts: 0, passed: 0, total: 0 };
}

/** Passed wins (even after the solution was shown: that stays recorded, in `solutionAt`); then solution shown; then attempted. */
export function stateOf(progress: ExerciseProgress | null | undefined): ExerciseState {
  if (!progress) return "not-started";
  if (progress.passedAt) return "passed";
  if (progress.solutionAt) return "solution-shown";
  return progress.attempts > 0 ? "attempted" : "not-started";
}

/** The record after a check whose outcome was passed or failed (a broken run changes nothing but the code). */
export function afterCheck(progress: ExerciseProgress, code: string, passed: number, total: number, outcome: "passed" | "failed" | "broken", now: string): ExerciseProgress {
  if (outcome === "broken") return { ...progress, code };
  return {
    ...progress,
    code,
    attempts: progress.attempts + 1,
    passed,
    total,
    firstAt: progress.firstAt ?? now,
    lastAt: now,
    ...(outcome === "passed" && !progress.passedAt ? { passedAt: now } : {}),
  };
}

/** Reads a stored or imported record, keeping only well-formed fields. */
export function readProgress(value: unknown): ExerciseProgress | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const count = (x: unknown) => (Number.isInteger(x) && (x as number) >= 0 ? (x as number) : 0);
  const time = (x: unknown) => (typeof x === "string" && x.length <= 40 ? x : undefined);
  const record: ExerciseProgress = { attempts: count(v.attempts), passed: count(v.passed), total: count(v.total) };
  if (typeof v.code === "string") record.code = v.code.slice(0, 100_000);
  for (const key of ["firstAt", "lastAt", "passedAt", "solutionAt"] as const) {
    const t = time(v[key]);
    if (t) record[key] = t;
  }
  return record;
}
