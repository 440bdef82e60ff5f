/**
 * A display formula wider than the column (on a phone) scrolls sideways. Such a scroll area is
 * made a keyboard stop (arrow keys scroll it; axe's scrollable-region-focusable), named, and
 * marked `data-scrolls` so book.css shows that there is more to the right. Re-checked on resize.
 */
function mark(display: HTMLElement): void {
  const scrolls = display.scrollWidth > display.clientWidth + 1;
  display.toggleAttribute("data-scrolls", scrolls);
  if (scrolls) {
    display.tabIndex = 0;
    display.setAttribute("role", "group");
    display.setAttribute("aria-label", "Formula, scrolls sideways");
  } else if (display.hasAttribute("data-scroll-stop")) {
    display.removeAttribute("tabindex");
    display.removeAttribute("role");
    display.removeAttribute("aria-label");
  }
  if (scrolls) display.setAttribute("data-scroll-stop", "");
}

export function markScrollingFormulas(): void {
  const displays = [...document.querySelectorAll<HTMLElement>(".sl-markdown-content .katex-display")];
  if (displays.length === 0) return;
  const observer = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
  displays.forEach((d) => observer.observe(d));
}
