// How widgets write numbers: for the reader (a typographic minus, fixed digits, never "−0") and
// for attributes and links (short, exact enough to round-trip, never "-0").

/** A typographic minus reads better than a hyphen next to digits. */
export function minus(text: string): string {
  return text.replace(/^-/, "−");
}

/** n to a fixed number of digits, with a typographic minus and no "−0.00". */
export function show(n: number, digits = 2): string {
  return minus(n.toFixed(digits)).replace(/^−(0(?:\.0+)?)$/, "$1");
}

/** n rounded to `decimals` places (2: what an SVG coordinate needs). */
export function round(n: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** An attribute's text for n: rounded to 4 decimals, never "-0". */
export function formatNumber(n: number): string {
  const r = round(n, 4);
  return String(r === 0 ? 0 : r);
}

/** "1 epoch", "2 epochs". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
