/**
 * The colours every widget draws its chrome with, as CSS custom properties named `${prefix}-ink`,
 * `-text`, `-muted`, `-rule`, `-bg` and `-panel`: Starlight's theme variables, so a widget follows
 * light and dark mode, with fallbacks for a page without Starlight (an embed).
 */
const TOKENS: [string, string][] = [
  ["ink", "var(--sl-color-white, hsl(224, 10%, 10%))"],
  ["text", "var(--sl-color-text, hsl(224, 10%, 23%))"],
  ["muted", "var(--sl-color-gray-3, hsl(224, 7%, 36%))"],
  ["rule", "var(--sl-color-gray-5, hsl(224, 6%, 77%))"],
  ["bg", "var(--sl-color-black, #fff)"],
  ["panel", "var(--sl-color-gray-6, hsl(224, 20%, 94%))"],
];

/** The declarations, for the widget's own rule: `nn-graph { ${themeTokens("--nng")} … }`. */
export function themeTokens(prefix: string): string {
  return TOKENS.map(([name, value]) => `${prefix}-${name}: ${value};`).join("\n  ");
}
