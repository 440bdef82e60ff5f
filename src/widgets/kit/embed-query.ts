// An embed's address ↔ its widget's attributes: `/embed/perceptron/?dataset=xor&w1=1` sets the
// attributes of the same names. Only the element's observed attributes are taken; any other name
// is reported as ignored (`theme` belongs to the embed page itself). Values stay strings: the
// page sets them with setAttribute and the widget parses them as it parses any attribute.

/** The embed page's own parameter: `light` or `dark`; without it, the reader's preference. */
export const THEME_PARAMETER = "theme";

export interface EmbedQuery {
  /** The attributes to set, in the order the element observes them. */
  readonly attributes: [name: string, value: string][];
  /** Parameter names that are neither an attribute nor the page's own, in the order given. */
  readonly ignored: string[];
}

/** Reads a query string (`?a=1&b=2`, with or without `?`) against the element's attribute names. */
export function attributesFromQuery(query: string, observed: readonly string[]): EmbedQuery {
  const params = new URLSearchParams(query);
  const attributes: [string, string][] = [];
  for (const name of observed) {
    const value = params.get(name);
    if (value !== null) attributes.push([name, value]);
  }
  const known = new Set([...observed, THEME_PARAMETER]);
  const ignored = [...new Set([...params.keys()].filter((name) => !known.has(name)))];
  return { attributes, ignored };
}

/** The query string (`?…`, or "" for none) that reproduces these attributes. */
export function queryFromAttributes(attributes: Iterable<[name: string, value: string]>): string {
  const query = new URLSearchParams([...attributes]).toString();
  return query ? `?${query}` : "";
}

/** The same value written two ways: "1" and "1.0", "-0.5,2" and "-0.50, 2", "XOR" and "xor". */
function sameValue(a: string, b: string): boolean {
  const parts = (text: string) => text.split(",").map((part) => part.trim().toLowerCase());
  const [x, y] = [parts(a), parts(b)];
  return x.length === y.length && x.every((part, i) => {
    const [m, n] = [Number(part), Number(y[i])];
    return part === y[i] || (part !== "" && y[i] !== "" && Number.isFinite(m) && Number.isFinite(n) && Math.abs(m - n) <= 1e-9 * Math.max(1, Math.abs(m)));
  });
}

/**
 * The parameters the widget did not take as given (malformed, or out of its range), each with what
 * it shows instead: `shown` is the widget's own attributes for the state it reached.
 */
export function unusedParameters(given: readonly [string, string][], shown: Readonly<Record<string, string>>): [name: string, given: string, shown: string][] {
  return given.flatMap(([name, value]): [string, string, string][] => {
    const now = shown[name];
    return now === undefined || sameValue(value, now) ? [] : [[name, value, now]];
  });
}
