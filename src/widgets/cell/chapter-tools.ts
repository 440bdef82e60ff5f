/**
 * `<nn-chapter-tools>`: "Run all cells" (in order, with progress, stoppable) and "Reset all my
 * edits" for the cells of the page it sits on.
 */
type CellElement = HTMLElement & { run(): Promise<{ ok: boolean } | undefined>; reset(): void };

class ChapterTools extends HTMLElement {
  #running = false;
  #stopRequested = false;

  connectedCallback() {
    if (this.dataset.ready) return;
    this.dataset.ready = "1";
    this.querySelector<HTMLButtonElement>('[data-action="run-all"]')!.addEventListener("click", () => void this.#runAll());
    this.querySelector<HTMLButtonElement>('[data-action="reset-all"]')!.addEventListener("click", () => this.#resetAll());
    this.hidden = false;
  }

  #cells(): CellElement[] {
    return [...document.querySelectorAll<CellElement>("nn-cell")];
  }

  #say(text: string) {
    this.querySelector(".nn-tools-status")!.textContent = text;
  }

  async #runAll() {
    const button = this.querySelector<HTMLButtonElement>('[data-action="run-all"]')!;
    if (this.#running) {
      this.#stopRequested = true;
      return;
    }
    await customElements.whenDefined("nn-cell");
    const cells = this.#cells();
    this.#running = true;
    this.#stopRequested = false;
    button.textContent = "Stop running";
    let failed: CellElement | null = null;
    let done = 0;
    for (const cell of cells) {
      if (this.#stopRequested) break;
      this.#say(`Running cell ${done + 1} of ${cells.length}…`);
      const result = await cell.run();
      done++;
      if (result && !result.ok && !failed) failed = cell;
    }
    this.#running = false;
    button.textContent = "Run all cells";
    const stopped = done < cells.length ? ` Stopped after ${done} of ${cells.length}.` : "";
    this.#say(failed ? `${done} cells ran; cell ${failed.dataset.label ?? failed.id.replace("cell-", "")} has an error.${stopped}` : `${done} of ${cells.length} cells ran without error.${stopped}`);
    if (failed) this.#linkTo(failed);
  }

  #linkTo(cell: CellElement) {
    const link = document.createElement("a");
    link.href = `#${cell.id}`;
    link.textContent = " Go to it";
    this.querySelector(".nn-tools-status")!.append(link);
  }

  #resetAll() {
    const edited = this.#cells().filter((cell) => cell.hasAttribute("data-edited"));
    if (edited.length === 0) {
      this.#say("No cell on this page has been edited.");
      return;
    }
    const noun = edited.length === 1 ? "1 edited cell" : `${edited.length} edited cells`;
    if (!window.confirm(`Reset ${noun} on this page to the book's code? Your edits will be lost.`)) return;
    for (const cell of edited) cell.reset();
    this.#say(`Reset ${noun}.`);
  }
}

if (!customElements.get("nn-chapter-tools")) customElements.define("nn-chapter-tools", ChapterTools);
