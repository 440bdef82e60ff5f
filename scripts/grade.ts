/**
 * The teacher's re-grade: `npm run grade -- <files or folders> [--out grades.csv]`.
 *
 * Reads every submission (.json; folders are searched), runs each submitted exercise again in
 * Node against the page's checks and the extra checks that never shipped to the browser, and
 * writes a CSV gradebook (one row per student, one column per exercise, the total) and a report
 * per student beside it (`<out>-reports/`). A broken or edited file, a loop, an unknown exercise
 * never stop the run: the row says what was wrong. The same files give the same grades.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, resolve, basename, dirname } from "node:path";
import { readCatalog, bookVersion } from "../src/exercises/catalog.ts";
import { gradeSubmission, type StudentGrade } from "./grade/gradebook.ts";
import { gradebookCsv, report } from "./grade/csv.ts";

function submissionFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    if (!existsSync(path)) return void console.error(`skipped: ${path} does not exist`);
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      if (statSync(child).isDirectory() || entry.endsWith(".json")) visit(child);
    }
    else files.push(path);
  };
  for (const path of paths) visit(resolve(path));
  return [...new Set(files)].sort();
}

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = resolve(outAt >= 0 ? args[outAt + 1] ?? "grades.csv" : "grades.csv");
const inputs = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
if (inputs.length === 0) {
  console.error("usage: npm run grade -- <submission files or folders> [--out grades.csv]");
  process.exit(2);
}

const chapters = readCatalog();
const exercises = chapters.flatMap((c) => c.exercises);
const byId = new Map(exercises.map((e) => [e.globalId, e]));
const book = bookVersion(chapters);
const students: StudentGrade[] = [];
for (const file of submissionFiles(inputs)) {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    students.push({ file: basename(file), name: "", id: "", grades: new Map(), notes: [`not graded: cannot read the file (${(error as Error).message})`] });
    continue;
  }
  const grade = await gradeSubmission(basename(file), text, byId, book);
  students.push(grade);
  const total = [...grade.grades.values()].reduce((a, g) => a + g.score, 0);
  console.log(`${basename(file)}: ${grade.name || "?"} (${grade.id || "no ID"}) ${Math.round(100 * total) / 100} of ${exercises.length}${grade.notes.length ? ` — ${grade.notes.join("; ")}` : ""}`);
}
students.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gradebookCsv(students, exercises));
const reports = out.replace(/\.csv$/, "") + "-reports";
mkdirSync(reports, { recursive: true });
for (const student of students) {
  const name = `${(student.id || student.file).replace(/[^\w.-]+/g, "_").slice(0, 80)}.txt`;
  writeFileSync(join(reports, name), report(student, exercises));
}
console.log(`\nGradebook: ${out}\nReports:   ${reports}/`);
