/**
 * `<nn-progress>` on /progress/: fills each exercise's row from this browser's progress, keeps the
 * student's name and ID, and exports or imports the submission file (src/exercises/submission.ts).
 */
import { allProgress, loadStudent, saveStudent, saveProgress, loadProgress } from "./store.ts";
import { stateOf, readProgress, STATE_TEXT, type ExerciseProgress } from "~/exercises/progress.ts";
import { makeSubmission, readSubmission } from "~/exercises/submission.ts";

/** Merging an import keeps, per exercise, the record with the latest activity. */
function later(a: ExerciseProgress, b: ExerciseProgress): ExerciseProgress {
  const last = (p: ExerciseProgress) => p.lastAt ?? p.solutionAt ?? p.firstAt ?? "";
  return last(b) > last(a) ? b : a;
}

class NnProgress extends HTMLElement {
  connectedCallback() {
    const name = this.querySelector<HTMLInputElement>('input[name="name"]')!;
    const id = this.querySelector<HTMLInputElement>('input[name="id"]')!;
    const student = loadStudent();
    name.value = student.name;
    id.value = student.id;
    const keep = () => saveStudent({ name: name.value, id: id.value });
    name.addEventListener("input", keep);
    id.addEventListener("input", keep);
    this.querySelector('[data-action="export"]')!.addEventListener("click", () => this.#export());
    this.querySelector<HTMLInputElement>('input[name="import"]')!.addEventListener("change", (event) => void this.#import(event.target as HTMLInputElement));
    window.addEventListener("storage", () => this.#fill());
    this.#fill();
  }

  #fill() {
    const all = allProgress();
    for (const row of this.querySelectorAll<HTMLElement>("tr[data-exercise]")) {
      const progress = all[row.dataset.exercise!];
      const state = stateOf(progress);
      row.dataset.state = state;
      row.querySelector(".nn-progress-state")!.textContent = STATE_TEXT[state] + (state === "passed" && progress?.solutionAt && progress.solutionAt < (progress.passedAt ?? "") ? " (after the solution)" : "");
      row.querySelector(".nn-progress-checks")!.textContent = progress && progress.attempts > 0 ? `${progress.passed} of ${progress.total}, ${progress.attempts} ${progress.attempts === 1 ? "attempt" : "attempts"}` : "–";
    }
  }

  #say(text: string) {
    this.querySelector(".nn-progress-message")!.textContent = text;
  }

  #export() {
    const student = loadStudent();
    const submission = makeSubmission(student, this.dataset.book ?? "", allProgress(), new Date().toISOString());
    const blob = new Blob([JSON.stringify(submission, null, 2)], { type: "application/json" });
    const link = Object.assign(document.createElement("a"), {
      href: URL.createObjectURL(blob),
      download: `nnbook-${(student.id || "submission").replace(/[^\w.-]+/g, "_")}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(`Exported ${Object.keys(submission.exercises).length} exercises${student.id ? "" : " — without a student ID: set yours above"}.`);
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const read = readSubmission(await file.text());
    input.value = "";
    if (!read.ok) return this.#say(`Not imported: ${read.error}.`);
    const { submission } = read;
    for (const [id, progress] of Object.entries(submission.exercises)) {
      const record = readProgress(progress);
      if (record) saveProgress(id, later(loadProgress(id), record));
    }
    const student = loadStudent();
    if (!student.id && !student.name) {
      saveStudent(submission.student);
      this.querySelector<HTMLInputElement>('input[name="name"]')!.value = submission.student.name;
      this.querySelector<HTMLInputElement>('input[name="id"]')!.value = submission.student.id;
    }
    this.#fill();
    this.#say(`Imported ${Object.keys(submission.exercises).length} exercises from ${submission.student.name || "the file"}${read.tampered ? " (the file was edited after it was exported)" : ""}.`);
  }
}

if (!customElements.get("nn-progress")) customElements.define("nn-progress", NnProgress);
