/**
 * Sharing a cell's code by link. "Copy link" puts the cell's current code in the page address
 * (code.ts) and copies it; opening such an address shows that code in the cell, marked as
 * shared, scrolled into view, and does not run it: the reader reads it and presses Run.
 * The reader's own saved edit is left alone until they edit the shared code, which then becomes
 * their edit; running it, or leaving, keeps their saved edit as it was.
 */
import { EMBED_ROUTE } from "~/runtime/framing.ts";

// the codec loads on first use (a Copy link click or a shared link), not with the page
const codec = () => import("./code.ts");

type CellElement = HTMLElement & { code: string; showShared(code: string): void };

const NOTE_NEW = "Shared code — not run yet. Read it, then press Run.";
// alone in an embed there is no book's code to go back to
const NOTE_RAN = EMBED_ROUTE.test(location.pathname)
  ? "Shared code. Edit it and run it again as you like."
  : "Shared code. Edit it to keep it as your own, or press Reset for the book's code.";

function cellsOnPage(): CellElement[] {
  return [...document.querySelectorAll<CellElement>("nn-cell")];
}

function wireCopyButton(cell: CellElement) {
  for (const kind of ["share", "embed"] as const) {
    const button = cell.querySelector<HTMLButtonElement>(`[data-action="${kind}"]`);
    if (!button || button.dataset.wired) continue;
    button.dataset.wired = "1";
    button.hidden = false;
    button.addEventListener("click", () => void copyLink(cell, button, kind));
    // fetch the codec as the pointer or focus arrives, so the copy stays inside the click's user activation
    for (const type of ["pointerenter", "focus"]) button.addEventListener(type, () => void codec(), { once: true });
  }
}

/** The cell alone at /embed/cell/, its code in the link, and the iframe that shows it (with the host script's line). */
async function embedSnippet(code: string): Promise<string> {
  const [{ formatShareHash }, { iframeSnippet, hostScriptSnippet }] = await Promise.all([codec(), import("../../kit/embed-snippet.ts")]);
  const address = `${location.origin}/embed/cell/#${await formatShareHash([{ id: "cell-embed", code }])}`;
  return `${iframeSnippet(address, "A cell from nnbook", 420)}\n${hostScriptSnippet(location.origin)}`;
}

/** "Copy link" copies the page's address with the cell's code; "Embed" the iframe that shows the cell alone. */
async function copyLink(cell: CellElement, button: HTMLButtonElement, kind: "share" | "embed") {
  // an unedited cell links to itself: the book's code needs no payload (an embed always carries it)
  const own = !cell.hasAttribute("data-edited");
  const code = cell.code;
  const text = kind === "embed"
    ? await embedSnippet(code)
    : `${location.origin}${location.pathname}#${await (await codec()).formatShareHash([{ id: cell.id, code: own ? null : code }])}`;
  const status = statusOf(cell, button);
  cell.querySelector(".nn-share-fallback")?.remove();
  const what = kind === "embed" ? "Embed code" : "Link";
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    say(status, kind === "share" && own ? "Link copied (the book's code)." : `${what} copied.`);
  } catch {
    // no clipboard API (old browser, http, denied permission): give the text to select by hand
    const field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.value = text;
    field.className = "nn-share-fallback";
    const name = cell.dataset.label ?? cell.id.replace("cell-", "");
    field.setAttribute("aria-label", kind === "embed" ? `Embed code for cell ${name}` : `Link to the code of cell ${name}`);
    status.after(field);
    field.focus();
    field.select();
    say(status, `Copy this ${what.toLowerCase()}:`);
  }
}

function statusOf(cell: CellElement, button: HTMLButtonElement): HTMLElement {
  let status = cell.querySelector<HTMLElement>(".nn-share-status");
  if (!status) {
    // aria-live without role=status: the cell's one status region stays its output
    status = Object.assign(document.createElement("span"), { className: "nn-share-status" });
    status.setAttribute("aria-live", "polite");
    button.after(status);
  }
  return status;
}

let sayTimer: ReturnType<typeof setTimeout> | undefined;
function say(status: HTMLElement, text: string) {
  status.textContent = text;
  clearTimeout(sayTimer);
  if (text.endsWith("copied.") || text.startsWith("Link copied")) sayTimer = setTimeout(() => (status.textContent = ""), 4000);
}

const NOTE_CHANGED = "The page's address changed and now carries other code for this cell. It is not shown until you ask:";

/**
 * Shows the cells a link carries; the first is scrolled to. Only when the page opens: a hash that
 * changes later (an opener or a framing page can change it) never swaps code in place under a
 * "not run yet" note — the cell offers the new code, and shows it only when the reader asks.
 */
async function openSharedCells(initial: boolean) {
  if (!/(^#|&)cell-[a-z0-9-]+=/.test(location.hash)) return;
  const { parseShareHash, decodeCode } = await codec();
  const entries = parseShareHash(location.hash);
  if (entries.length === 0) return;
  await customElements.whenDefined("nn-cell");
  let first: CellElement | null = null;
  for (const { id, payload } of entries) {
    const cell = document.getElementById(id) as CellElement | null;
    if (!cell || cell.localName !== "nn-cell") continue;
    const code = await decodeCode(payload);
    if (code === null) {
      note(cell, "This link's code for the cell is damaged, so the book's code is shown.");
      continue;
    }
    if (!initial) {
      if (code !== cell.code) offer(cell, code);
      continue;
    }
    show(cell, code);
    first ??= cell;
  }
  first?.scrollIntoView({ block: "start" });
}

function show(cell: CellElement, code: string) {
  cell.querySelector<HTMLElement>(".nn-cell-output")?.replaceChildren();
  cell.showShared(code);
  note(cell, NOTE_NEW);
  watchShared(cell);
}

/** A later hash change: a note with a button; the code stays as it is until the reader presses it. */
function offer(cell: CellElement, code: string) {
  note(cell, NOTE_CHANGED);
  const button = Object.assign(document.createElement("button"), { type: "button", className: "nn-cell-shared-show", textContent: "Show the new code" });
  button.addEventListener("click", () => {
    show(cell, code);
    cell.querySelector<HTMLElement>(".nn-cell-source, .cm-content")?.focus();
  }, { once: true });
  cell.querySelector(".nn-cell-shared-note")!.append(" ", button);
}

function note(cell: CellElement, text: string) {
  let box = cell.querySelector<HTMLElement>(".nn-cell-shared-note");
  if (!box) {
    box = Object.assign(document.createElement("p"), { className: "nn-cell-shared-note" });
    cell.prepend(box);
  }
  box.textContent = text;
}

/** Follows a shared cell: note after a run; once edited or reset it is the reader's own again. */
function watchShared(cell: CellElement) {
  const output = cell.querySelector<HTMLElement>(".nn-cell-output");
  const observer = new MutationObserver(() => {
    if (!cell.hasAttribute("data-shared")) {
      observer.disconnect();
      cell.querySelector(".nn-cell-shared-note")?.remove();
      // a reload should now show the reader's own version, not the link's
      void codec().then(({ withoutCell }) => {
        const rest = withoutCell(location.hash, cell.id);
        history.replaceState(history.state, "", `${location.pathname}${location.search}${rest ? `#${rest}` : ""}`);
      });
      return;
    }
    if (output?.dataset.state) note(cell, NOTE_RAN);
  });
  observer.observe(cell, { attributes: true, attributeFilter: ["data-shared"] });
  void codec(); // ready for the moment the reader makes it their own
  if (output) observer.observe(output, { attributes: true, attributeFilter: ["data-state"] });
}

function init() {
  for (const cell of cellsOnPage()) wireCopyButton(cell);
  void openSharedCells(true);
}

window.addEventListener("hashchange", () => void openSharedCells(false));
init();

export {}; // a module: its names stay its own
