/**
 * Printing a chapter. Exercises print without their hints and answers, unless the address says
 * `?answers=1` (a teacher's choice): then every hint prints open. book.css's print rules hide the
 * controls and keep cells and figures whole.
 */
export function preparePrint(): void {
  const answers = new URLSearchParams(location.search).get("answers") === "1";
  document.documentElement.toggleAttribute("data-print-answers", answers);
  if (!answers) return;
  const open = () => document.querySelectorAll<HTMLDetailsElement>(".sl-markdown-content details").forEach((d) => (d.open = true));
  addEventListener("beforeprint", open);
  const print = matchMedia("print");
  print.addEventListener("change", () => print.matches && open());
  if (print.matches) open();
}
