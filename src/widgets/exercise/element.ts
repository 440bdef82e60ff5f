/**
 * `<nn-exercise>`: a graded exercise. The reader edits the starter code in the cell's editor and
 * presses Check: the code and the exercise's checks run in the cell worker (time limit, Stop,
 * errors on their line), each check's verdict is listed, and progress is kept (store.ts). Hint
 * gives the author's hints one at a time; Show solution appears after a real attempt and is recorded.
 */
import type { CellEditor } from "../cell/editor/editor.ts";
import type { Runner } from "~/runtime/runner.ts";
import type { CellOutput } from "~/runtime/runner.ts";
import type { CheckResult } from "~/exercises/harness.ts";
import { outcomeOf, readerLines } from "~/exercises/outcome.ts";
import { variantSeed } from "~/exercises/hash.ts";
import { afterCheck, stateOf, STATE_TEXT } from "~/exercises/progress.ts";
import { loadProgress, saveProgress, loadStudent } from "./store.ts";
import { renderResult, renderHints } from "./result.ts";
import { refusalToRun } from "~/runtime/framing.ts";
import { takeEarlyRun } from "~/loading/early-runs.ts";
import { whenEditorNeeded, mountLazyEditor, swapRunAndStop } from "../cell/code-element.ts";
import { defineWidget } from "../kit/define.ts";

type Data = { solution: string; checks: string; hints: string[] };
type Runnable = Runner & { dispose(): void };

class NnExercise extends HTMLElement {
  #data: Data = { solution: "", checks: "", hints: [] };
  #starter = "";
  #code = "";
  #editor: CellEditor | null = null;
  #runner: Runnable | null = null;
  #running = false;
  #hintsGiven = 0;
  #answerHints: string[] = [];
  #stopWatching: () => void = () => {};

  connectedCallback() {
    if (this.#starter) return;
    this.#data = JSON.parse(this.querySelector(".nn-exercise-data")?.textContent ?? "{}") as Data;
    this.#starter = this.querySelector(".nn-cell-source")?.textContent ?? "";
    const progress = loadProgress(this.exerciseId);
    this.#code = progress.code ?? this.#starter;
    this.querySelector(".nn-cell-source code")!.textContent = this.#code;
    this.#button("check").addEventListener("click", () => void this.check());
    this.#button("stop").addEventListener("click", () => this.#runner?.stop());
    this.#button("hint").addEventListener("click", () => this.#hint());
    this.#button("solution").addEventListener("click", () => this.#showSolution());
    this.#button("reset").addEventListener("click", () => this.#reset());
    this.#stopWatching = whenEditorNeeded(this, () => void this.#loadEditor(), "400px");
    this.#showState();
    if (takeEarlyRun(this)) void this.check();
  }

  disconnectedCallback() {
    this.#stopWatching();
    this.#runner?.dispose();
  }

  get exerciseId(): string {
    return this.dataset.exercise ?? "";
  }

  get code(): string {
    return this.#editor?.getCode() ?? this.#code;
  }

  async check(): Promise<void> {
    if (this.#running) return;
    const result = this.querySelector<HTMLElement>(".nn-exercise-result")!;
    const output = this.querySelector<HTMLElement>(".nn-cell-output")!;
    const refusal = refusalToRun();
    if (refusal) return void (result.textContent = `Cannot check: ${refusal}`);
    this.#setRunning(true);
    result.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Checking…" }));
    output.replaceChildren();
    this.#editor?.markError(null);
    const code = this.code;
    const checks: CheckResult[] = [];
    this.#answerHints = [];
    let error: (CellOutput & { kind: "error" }) | null = null;
    try {
      const [rendering, { WorkerRunner }] = await Promise.all([import("../cell/output/output.ts"), import("~/runtime/worker-runner.ts")]);
      this.#runner ??= new WorkerRunner();
      rendering.clearOutput(output);
      const run = await this.#runner.run(code, {
        timeoutMs: Number(this.dataset.timeout) || undefined,
        figureWidth: this.clientWidth - 40,
        exercise: { checks: this.#data.checks, seed: variantSeed(loadStudent().id, this.exerciseId) },
        onOutput: (out) => {
          if (out.kind === "check") checks.push(out.result);
          else if (out.kind === "hint") this.#answerHints.push(out.text);
          else {
            if (out.kind === "error") {
              error = out;
              if (out.line && out.line <= readerLines(code)) this.#editor?.markError({ line: out.line, column: out.column });
            }
            rendering.appendOutput(output, out);
          }
        },
      });
      rendering.flush(output);
      const outcome = outcomeOf(run, checks);
      renderResult(result, outcome, run, checks, error, readerLines(code) + 1);
      const passed = checks.filter((c) => c.status === "passed").length;
      // the starter as given is not an attempt: the checks say what is wrong, but no solution is earned yet
      const untouched = outcome === "failed" && code.trim() === this.#starter.trim();
      if (untouched) result.append(Object.assign(document.createElement("p"), { className: "nn-exercise-untouched", textContent: "This is the starter code as given, so it does not count as an attempt. Change it, then press Check." }));
      saveProgress(this.exerciseId, afterCheck(loadProgress(this.exerciseId), code, passed, checks.length, untouched ? "broken" : outcome, new Date().toISOString()));
    } catch (problem) {
      result.textContent = `The code that checks this exercise could not be loaded (${problem instanceof Error ? problem.message : String(problem)}). Check your connection and press Check again.`;
    } finally {
      this.#setRunning(false);
      this.#showHints();
      this.#showState();
    }
  }

  #hint() {
    if (this.#hintsGiven < this.#data.hints.length) this.#hintsGiven++;
    this.#showHints();
    const hint = this.#button("hint");
    if (this.#hintsGiven >= this.#data.hints.length) {
      hint.setAttribute("aria-disabled", "true");
      hint.textContent = this.#data.hints.length ? "No more hints" : "No hints";
    }
  }

  #showHints() {
    renderHints(this.querySelector<HTMLOListElement>(".nn-exercise-hints")!, this.#answerHints, this.#data.hints.slice(0, this.#hintsGiven));
  }

  #showSolution() {
    const progress = loadProgress(this.exerciseId);
    if (progress.attempts === 0) return; // offered only after a real attempt
    if (!progress.solutionAt) saveProgress(this.exerciseId, { ...progress, solutionAt: new Date().toISOString() });
    const box = this.querySelector<HTMLElement>(".nn-exercise-solution")!;
    const pre = document.createElement("pre");
    pre.append(Object.assign(document.createElement("code"), { textContent: this.#data.solution }));
    box.replaceChildren(Object.assign(document.createElement("p"), { textContent: "A solution (recorded as shown):" }), pre);
    box.hidden = false;
    this.#showState();
  }

  #reset() {
    this.#runner?.stop();
    this.#code = this.#starter;
    this.#editor?.setCode(this.#starter);
    this.querySelector(".nn-cell-source code")!.textContent = this.#starter;
    saveProgress(this.exerciseId, { ...loadProgress(this.exerciseId), code: this.#starter });
  }

  #showState() {
    const progress = loadProgress(this.exerciseId);
    const state = stateOf(progress);
    const badge = this.querySelector<HTMLElement>(".nn-exercise-state")!;
    badge.dataset.state = state;
    badge.textContent = STATE_TEXT[state];
    this.dataset.state = state;
    this.#button("solution").hidden = progress.attempts === 0;
  }

  async #loadEditor() {
    this.#stopWatching();
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const editor = await mountLazyEditor(this, () => this.#code, {
      label: `Code of exercise ${this.dataset.label ?? ""}`,
      onRun: () => void this.check(),
      onChange: (code) => {
        this.#code = code;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => saveProgress(this.exerciseId, { ...loadProgress(this.exerciseId), code }), 300);
      },
    });
    if (editor) this.#editor = editor;
  }

  #setRunning(running: boolean) {
    this.#running = running;
    swapRunAndStop(this.#button("check"), this.#button("stop"), running);
  }

  #button(action: "check" | "stop" | "hint" | "solution" | "reset"): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }
}

defineWidget("nn-exercise", NnExercise);
