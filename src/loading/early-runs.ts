/**
 * A press of Run (or Check) before the page's cell script has loaded. The buttons are in the
 * server's markup, so on a slow connection a reader can press one seconds before anything listens;
 * that press must not be lost. `rememberEarlyRuns` runs inline in every page's head (its source is
 * written there by astro.config.mjs) and marks the pressed element `data-run-pending`; the element,
 * once defined, takes the mark and runs (`takeEarlyRun`).
 */

/** Listens for presses on the Run and Check buttons of elements not yet defined. Self-contained: its source is inlined. */
export function rememberEarlyRuns(): void {
  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const host = target.closest('[data-action="run"], [data-action="check"]')?.closest("nn-cell, nn-exercise");
    if (host && !customElements.get(host.localName)) host.setAttribute("data-run-pending", "");
  }, true);
}

/** True, once, when `element` was pressed to run before it was live. */
export function takeEarlyRun(element: HTMLElement): boolean {
  if (!element.hasAttribute("data-run-pending")) return false;
  element.removeAttribute("data-run-pending");
  return true;
}
