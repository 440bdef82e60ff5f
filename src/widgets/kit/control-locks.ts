// Locking and hiding a widget's controls, so a teacher's configured figure becomes an exercise:
// `lock="w1 b"` keeps those controls at their values, `hide="dataset"` removes them from view.
// A control's name is what follows the widget's uid in its id (`nn-perceptron-1-w1` → `w1`); the
// Embed control lists them by their labels, so nobody has to know the names.

/** The attributes every widget has beside its own. */
export const CONTROL_ATTRIBUTES = ["lock", "hide"] as const;

export interface NamedControl {
  readonly name: string;
  /** What the reader sees it called: its label, or its accessible name. */
  readonly label: string;
  readonly element: HTMLInputElement | HTMLSelectElement;
}

/** Names from an attribute: separated by spaces or commas; `all` stands for every control. */
export function parseNames(value: string | null): Set<string> {
  return new Set((value ?? "").split(/[\s,]+/).filter(Boolean));
}

/** The widget's own inputs and selects, by name (not the Embed control's). */
export function namedControls(root: Element, uid: string): NamedControl[] {
  const prefix = `${uid}-`;
  return [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[id], select[id]")]
    .filter((element) => element.id.startsWith(prefix) && !element.closest(".nnk-embed"))
    .map((element) => {
      const name = element.id.slice(prefix.length);
      const label = root.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim() || element.getAttribute("aria-label") || name;
      return { name, label, element };
    });
}

/** Disables the locked controls (marked as fixed) and hides the hidden ones; the rest are left free. */
export function applyControlLocks(controls: readonly NamedControl[], lock: Set<string>, hide: Set<string>): void {
  for (const { name, element } of controls) {
    const locked = lock.has(name) || lock.has("all");
    const hidden = hide.has(name) || hide.has("all");
    element.disabled = locked;
    const wrapper = element.closest<HTMLElement>(".nnk-slider, .nnk-field") ?? element;
    wrapper.classList.toggle("nnk-locked", locked);
    wrapper.hidden = hidden;
    if (locked) element.title = "Fixed by the page that shows this figure";
    else element.removeAttribute("title");
  }
}
