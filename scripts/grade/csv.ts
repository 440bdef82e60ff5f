/** The gradebook as CSV (RFC 4180: quoted where needed, CRLF), and a student's report as text. */
import type { StudentGrade } from "./gradebook.ts";
import type { CatalogExercise } from "../../src/exercises/catalog.ts";

const cell = (value: string | number): string => {
  const text = String(value);
  // a leading = + - @ would run as a formula in a spreadsheet: quote it away
  const safe = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per student, one column per exercise (0–1, the share of checks passed), the total, and notes. */
export function gradebookCsv(students: StudentGrade[], exercises: CatalogExercise[]): string {
  const header = ["Student", "ID number", ...exercises.map((e) => `Exercise ${e.label} ${e.globalId}`), `Total (of ${exercises.length})`, "Notes", "File"];
  const rows = students.map((s) => {
    const scores = exercises.map((e) => s.grades.get(e.globalId)?.score ?? 0);
    const total = Math.round(100 * scores.reduce((a, b) => a + b, 0)) / 100;
    return [s.name, s.id, ...scores, total, s.notes.join("; "), s.file];
  });
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function report(student: StudentGrade, exercises: CatalogExercise[]): string {
  const lines = [`${student.name || "(no name)"} — ${student.id || "(no ID)"} — ${student.file}`, ""];
  for (const note of student.notes) lines.push(`Note: ${note}`);
  if (student.notes.length) lines.push("");
  for (const e of exercises) {
    const g = student.grades.get(e.globalId);
    lines.push(g ? `Exercise ${e.label} ${e.globalId}: ${g.passed} of ${g.total} checks passed (${g.score})` : `Exercise ${e.label} ${e.globalId}: not submitted (0)`);
    if (g) lines.push(...g.lines);
  }
  return lines.join("\n") + "\n";
}
