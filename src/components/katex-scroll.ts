/**
 * A display formula or a table wider than the column (on a phone) scrolls sideways. Such a scroll
 * area is made a keyboard stop (arrow keys scroll it; axe's scrollable-region-focusable), named,
 * and marked `data-scrolls` so book.css shows that there is more to the right. Re-checked on resize.
 * A formula becomes a named group; a table keeps its own role and only gets a name if it has none.
 */
function mark(area: HTMLElement): void {
  const scrolls = area.scrollWidth > area.clientWidth + 1;
  const table = area.localName === "table";
  area.toggleAttribute("data-scrolls", scrolls);
  if (scrolls && !area.hasAttribute("data-scroll-stop")) {
    area.tabIndex = 0;
    if (!table) area.setAttribute("role", "group");
    if (!area.hasAttribute("aria-label")) area.setAttribute("aria-label", table ? "Table, scrolls sideways" : "Formula, scrolls sideways");
    area.setAttribute("data-scroll-stop", "");
  } else if (!scrolls && area.hasAttribute("data-scroll-stop")) {
    area.removeAttribute("tabindex");
    area.removeAttribute("role");
    area.removeAttribute("aria-label");
    area.removeAttribute("data-scroll-stop");
  }
}

export function markScrollingAreas(): void {
  const areas = [...document.querySelectorAll<HTMLElement>(".sl-markdown-content .katex-display, .sl-markdown-content > table")];
  if (areas.length === 0) return;
  const observer = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
  areas.forEach((d) => observer.observe(d));
}
