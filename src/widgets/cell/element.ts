/**
 * `<nn-cell>`: an editable TypeScript cell. Server-rendered markup holds the code in a <pre>,
 * a Run/Stop/Reset toolbar and an output region; this script wires them up. The CodeMirror
 * editor loads after the reader's first interaction, for cells near the viewport; the worker on
 * the first run.
 */
import type { CellEditor } from "./editor/editor.ts";
import type { Runner, RunResult } from "~/runtime/runner.ts";
import { loadEdit, saveEdit } from "./saved-code.ts";
import { whenEditorNeeded, mountLazyEditor, swapRunAndStop } from "./code-element.ts";
import { defineWidget } from "../kit/define.ts";
import { EMBED_ROUTE, framedByOtherSite, refusalToRun } from "~/runtime/framing.ts";
import { COVERED, watchUnobscured } from "~/runtime/unobscured.ts";
import { takeEarlyRun } from "~/loading/early-runs.ts";

type Rendering = typeof import("./output/output.ts");
type Runnable = Runner & { warm(): void; dispose(): void };

class NnCell extends HTMLElement {
  #original = "";
  #code = "";
  #editor: CellEditor | null = null;
  #runner: Runnable | null = null;
  #stopWatching: () => void = () => {};
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #quiet = false; // set while code arrives from a shared link: not the reader's edit, not saved
  #seen: () => boolean | null = () => null; // in another site's frame: is Run seen, uncovered?

  connectedCallback() {
    if (this.#original) return;
    const source = this.querySelector<HTMLElement>(".nn-cell-source");
    this.#original = source?.textContent ?? "";
    this.#code = loadEdit(this.cellId, this.#positionalId()) ?? this.#original;
    if (this.#code !== this.#original && source) source.querySelector("code")!.textContent = this.#code;
    this.#markEdited();
    this.#button("run").addEventListener("click", () => this.run());
    this.#button("stop").addEventListener("click", () => this.#runner?.stop());
    this.#button("reset").addEventListener("click", () => this.reset());
    this.querySelector(".nn-cell-output")!.addEventListener("click", (event) => {
      const place = (event.target as HTMLElement).closest<HTMLElement>(".nn-out-goto");
      if (place) void this.#goTo(Number(place.dataset.line), Number(place.dataset.column) || undefined);
    });
    this.#stopWatching = whenEditorNeeded(this, () => void this.#loadEditor());
    if (EMBED_ROUTE.test(location.pathname) && framedByOtherSite()) this.#seen = watchUnobscured(this.#button("run"));
    // start the run worker as the reader heads for Run (or into the cell), so the first click answers at once
    this.#button("run").addEventListener("pointerenter", () => void this.#warm(), { once: true });
    this.addEventListener("focusin", () => void this.#warm(), { once: true });
    if (takeEarlyRun(this)) void this.run();
  }

  disconnectedCallback() {
    this.#stopWatching();
    this.#runner?.dispose();
  }

  /** `cell-N`, what this cell was called before ids were stable: its place among the page's cells. */
  #positionalId(): string | undefined {
    const at = [...document.querySelectorAll("nn-cell")].indexOf(this);
    return at >= 0 ? `cell-${at + 1}` : undefined;
  }

  get cellId(): string {
    return this.dataset.cell ?? "cell";
  }

  get code(): string {
    return this.#editor?.getCode() ?? this.#code;
  }

  /** Shows code from a shared link (share.ts), marked `data-shared`; saved only once the reader edits it. */
  showShared(code: string): void {
    this.#code = code;
    this.#quiet = true;
    this.#editor?.setCode(code);
    this.#quiet = false;
    const source = this.querySelector(".nn-cell-source code");
    if (source) source.textContent = code;
    this.setAttribute("data-shared", "");
    this.#markEdited();
  }

  async run(): Promise<RunResult | undefined> {
    if (this.#running) this.#runner?.stop();
    const output = this.querySelector<HTMLElement>(".nn-cell-output")!;
    output.replaceChildren();
    const refusal = refusalToRun() ?? (this.#seen() === false ? COVERED : null);
    if (refusal) return void this.#say(output, "failed", refusal);
    output.dataset.state = "running";
    this.#editor?.markError(null);
    this.#setRunning(true);
    const timer = setTimeout(() => { if (this.#running) output.dataset.state = "running-long"; }, 400);
    try {
      let rendering: Rendering;
      try {
        // figures, heatmaps, progress: loaded with the worker, not with the page
        const loading = import("./output/output.ts");
        this.#runner ??= new (await import("~/runtime/worker-runner.ts")).WorkerRunner();
        rendering = await loading;
      } catch (error) {
        // a chunk missing or the connection dropped: say so, and how to get going again
        this.#say(output, "failed", `The code that runs this cell could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and press Run again; if it still fails, reload the page.`);
        return undefined;
      }
      rendering.clearOutput(output);
      const timeout = Number(this.dataset.timeout) || undefined;
      const result = await this.#runner.run(this.code, {
        timeoutMs: timeout,
        figureWidth: this.clientWidth - 26, // the output area's inner width (it is hidden while empty)
        onSkipped: (count) => rendering.skipOutputs(output, count),
        onOutput: (out) => {
          rendering.appendOutput(output, out);
          if (out.kind === "error" && out.line) this.#editor?.markError({ line: out.line, column: out.column });
        },
      });
      rendering.flush(output);
      output.dataset.state = result.ok ? "done" : "failed";
      if (result.ok && output.childElementCount === 0) output.append(Object.assign(document.createElement("p"), { className: "nn-out nn-out-empty", textContent: "Done (no output)." }));
      output.title = `Ran in ${result.ms.toFixed(0)} ms`;
      return result;
    } finally {
      clearTimeout(timer);
      this.#setRunning(false);
    }
  }

  /** A message of the page's own in the output region, drawn without the output module (which may be what failed to load). */
  #say(output: HTMLElement, state: string, text: string) {
    const box = Object.assign(document.createElement("div"), { className: "nn-out nn-out-error" });
    box.append(Object.assign(document.createElement("strong"), { textContent: "Cannot run: " }), text);
    output.replaceChildren(box);
    output.dataset.state = state;
  }

  reset(): void {
    this.#runner?.stop();
    this.#code = this.#original;
    this.#editor?.setCode(this.#original);
    saveEdit(this.cellId, this.#original, this.#original);
    const source = this.querySelector(".nn-cell-source code");
    if (source) source.textContent = this.#original;
    const output = this.querySelector<HTMLElement>(".nn-cell-output")!;
    output.replaceChildren();
    delete output.dataset.state;
    this.#editor?.markError(null);
    this.removeAttribute("data-shared");
    this.#markEdited();
  }

  async #warm() {
    if (this.#runner) return;
    if (refusalToRun()) return;
    const [{ WorkerRunner }] = await Promise.all([import("~/runtime/worker-runner.ts"), import("./output/output.ts")]).catch(() => [{ WorkerRunner: null }] as const);
    if (!WorkerRunner) return; // Run says why, when pressed
    if (this.#runner) return;
    const runner = new WorkerRunner();
    runner.warm();
    this.#runner = runner;
  }

  /** From an error's "line 3, column 26" to that place in the editor. */
  async #goTo(line: number, column?: number) {
    await this.#loadEditor();
    this.#editor?.goTo({ line, column });
  }

  async #loadEditor() {
    this.#stopWatching();
    const number = this.dataset.label ?? this.cellId.replace(/^cell-/, "");
    const editor = await mountLazyEditor(this, () => this.#code, {
      label: `Code of cell ${number}`,
      onRun: () => void this.run(),
      onChange: (code) => {
        if (this.#quiet) return;
        this.removeAttribute("data-shared");
        this.#code = code;
        clearTimeout(this.#saveTimer);
        this.#saveTimer = setTimeout(() => saveEdit(this.cellId, code, this.#original), 250);
        this.#markEdited();
      },
    });
    if (editor) this.#editor = editor;
  }

  #markEdited() {
    this.toggleAttribute("data-edited", this.#code !== this.#original);
  }

  #setRunning(running: boolean) {
    this.#running = running;
    swapRunAndStop(this.#button("run"), this.#button("stop"), running);
  }

  #button(action: "run" | "stop" | "reset"): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }
}

defineWidget("nn-cell", NnCell);
