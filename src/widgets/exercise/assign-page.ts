/**
 * `<nn-assign>` on /assign/: without a hash, the teacher's form (pick, title, due date → link);
 * with an assignment in the hash, the student's view of it (its exercises in order, their state,
 * Export for the assignment).
 */
import { allProgress, loadStudent } from "./store.ts";
import { stateOf, STATE_TEXT } from "~/exercises/progress.ts";
import { makeSubmission } from "~/exercises/submission.ts";
import { encodeAssignment, decodeAssignment, type Assignment } from "~/exercises/assignment.ts";

type Listed = { id: string; label: string; chapter: string; href: string };

class NnAssign extends HTMLElement {
  #exercises: Listed[] = [];
  #picked: string[] = [];

  connectedCallback() {
    this.#exercises = JSON.parse(this.querySelector(".nn-assign-data")?.textContent ?? "[]") as Listed[];
    for (const box of this.querySelectorAll<HTMLInputElement>(".nn-assign-pick input")) {
      box.addEventListener("change", () => {
        this.#picked = this.#picked.filter((id) => id !== box.value);
        if (box.checked) this.#picked.push(box.value);
      });
    }
    this.querySelector('[data-action="link"]')!.addEventListener("click", () => this.#makeLink());
    this.querySelector('[data-action="export"]')!.addEventListener("click", () => this.#export());
    addEventListener("hashchange", () => this.#show());
    addEventListener("storage", () => this.#show());
    this.#show();
  }

  #say(text: string) {
    this.querySelector(".nn-progress-message")!.textContent = text;
  }

  #assignment(): Assignment | null {
    return location.hash.length > 1 ? decodeAssignment(location.hash) : null;
  }

  #makeLink() {
    const title = this.querySelector<HTMLInputElement>('input[name="title"]')!.value.trim();
    const due = this.querySelector<HTMLInputElement>('input[name="due"]')!.value;
    if (!title || this.#picked.length === 0) return this.#say("Give the assignment a title and tick at least one exercise.");
    const url = new URL(`/assign/#${encodeAssignment({ title, due, exercises: this.#picked })}`, location.href).href;
    const link = Object.assign(document.createElement("a"), { href: url, textContent: url });
    this.querySelector(".nn-assign-link")!.replaceChildren(link);
    this.#say(`Link made for "${title}" with ${this.#picked.length} exercises: send it to your students.`);
  }

  #show() {
    const assignment = this.#assignment();
    const student = this.querySelector<HTMLElement>(".nn-assign-student")!;
    this.querySelector<HTMLElement>(".nn-assign-teacher")!.hidden = assignment !== null;
    student.hidden = assignment === null;
    if (!assignment) return;
    document.querySelector("h1")!.textContent = assignment.title;
    this.querySelector(".nn-assign-due")!.textContent = assignment.due ? `Due ${assignment.due}.` : "";
    const progress = allProgress();
    const rows = assignment.exercises.map((id) => {
      const listed = this.#exercises.find((e) => e.id === id);
      const row = document.createElement("tr");
      const name = document.createElement("td");
      if (listed) name.append(Object.assign(document.createElement("a"), { href: listed.href, textContent: listed.label }), ` (${listed.chapter})`);
      else name.textContent = `${id} (not in this version of the book)`;
      const state = stateOf(progress[id]);
      row.dataset.exercise = id;
      row.dataset.state = state;
      row.append(name, Object.assign(document.createElement("td"), { className: "nn-progress-state", textContent: STATE_TEXT[state] }));
      return row;
    });
    student.querySelector("tbody")!.replaceChildren(...rows);
  }

  #export() {
    const assignment = this.#assignment();
    if (!assignment) return;
    const me = loadStudent();
    const submission = makeSubmission(me, this.dataset.book ?? "", allProgress(), new Date().toISOString(), assignment);
    const blob = new Blob([JSON.stringify(submission, null, 2)], { type: "application/json" });
    const slug = assignment.title.toLowerCase().replace(/[^\w]+/g, "-").slice(0, 40);
    const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: `nnbook-${slug}-${(me.id || "submission").replace(/[^\w.-]+/g, "_")}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(`Exported ${Object.keys(submission.exercises).length} of ${assignment.exercises.length} exercises${me.id ? "" : " — without a student ID: set yours on the progress page"}.`);
  }
}

if (!customElements.get("nn-assign")) customElements.define("nn-assign", NnAssign);
