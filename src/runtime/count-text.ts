/**
 * A count written the way the book writes counts: 49,995,000. By hand, not with
 * `toLocaleString("en")`: the first Intl call in a page builds a number formatter, which takes
 * 40–150 ms (far more on a busy machine), and the notes that use this ("N more characters",
 * "N outputs hidden") appear exactly when a cell has already flooded the page. Whole numbers
 * only; anything else is written as JavaScript writes it.
 */
export function countText(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ",") : String(n);
}
