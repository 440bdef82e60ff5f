/**
 * A count written the way the book writes counts: 49,995,000. By hand, not with
 * `toLocaleString("en")`: the first Intl call in a page builds a number formatter, which takes
 * 40–150 ms (far more on a busy machine), and the notes that use this ("N more characters",
 * "N outputs hidden") appear exactly when a cell has already flooded the page.
 */
export function countText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const [whole, fraction] = String(Math.abs(n)).split(".");
  if (whole.includes("e")) return String(n);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (fraction === undefined ? "" : `.${fraction}`);
}
