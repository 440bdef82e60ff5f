/**
 * When the page's heavier scripts may load. Before the reader does anything, a chapter page ships
 * only small scripts (the budget: 40 KB of gzipped JavaScript); the first scroll, pointer, key or
 * focus says a reader is here, and then cell editors and search load.
 */
const EVENTS = ["scroll", "wheel", "pointerdown", "pointermove", "touchstart", "keydown", "focusin"] as const;

let interacted = false;
const waiting: (() => void)[] = [];

function fire(): void {
  if (interacted) return;
  interacted = true;
  for (const type of EVENTS) removeEventListener(type, fire, { capture: true });
  for (const callback of waiting.splice(0)) callback();
}

/** A page that opens scrolled (a reload that restores the position, a link to #cell-3) is already being read. */
function openedScrolled(): void {
  if (scrollY > 0) fire();
}

/** Calls `callback` once the reader first interacts with the page (at once if they have). */
export function afterFirstInteraction(callback: () => void): void {
  if (interacted) return callback();
  if (waiting.length === 0) {
    for (const type of EVENTS) addEventListener(type, fire, { capture: true, passive: true });
    if (document.readyState === "complete") openedScrolled();
    else addEventListener("load", () => requestAnimationFrame(openedScrolled), { once: true });
  }
  if (!interacted) waiting.push(callback);
  else callback();
}
