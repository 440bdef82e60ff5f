// Reading attributes: a missing or malformed value falls back to the widget's default, so a bad
// link shows the default widget rather than a broken one.

/** A finite number from an attribute's text, else `fallback`. */
export function parseNumber(text: string | null | undefined, fallback: number): number {
  if (text == null || text.trim() === "") return fallback;
  const n = Number(text.trim().replace(/^−/, "-"));
  return Number.isFinite(n) ? n : fallback;
}

/** One of `choices` (trimmed, case-insensitive), else `fallback`. */
export function parseChoice<T extends string>(text: string | null | undefined, choices: readonly T[], fallback: T): T {
  const value = text?.trim().toLowerCase();
  return (choices as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
}

/** A comma-separated list of finite numbers, else `fallback` (one bad entry spoils the list). */
export function parseNumbers(text: string | null | undefined, fallback: readonly number[]): readonly number[] {
  if (text == null || text.trim() === "") return fallback;
  const values = text.split(",").map((v) => parseNumber(v, NaN));
  return values.every(Number.isFinite) ? values : fallback;
}
