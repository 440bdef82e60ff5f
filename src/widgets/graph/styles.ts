// The widget's CSS, scoped under nn-graph. Colours come from Starlight's theme variables, with
// fallbacks for a page without them (an embed).
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-graph {
  ${themeTokens("--nng")}
  --nng-rule: var(--sl-color-gray-4, hsl(224, 6%, 60%)); /* darker than the shared rule: it draws the node boxes */
  --nng-accent: var(--sl-color-text-accent, hsl(234, 80%, 45%));
  --nng-accent-tint: var(--sl-color-accent-low, hsl(234, 88%, 90%));
  --nng-grad: var(--sl-color-orange-high, hsl(25, 90%, 30%));
  --nng-grad-line: var(--sl-color-orange, hsl(41, 90%, 60%));
  --nng-error: var(--sl-color-red, hsl(0, 70%, 40%));
  max-width: 760px;
}
nn-graph .nng-body { display: flex; flex-direction: column; gap: 0.75rem; }
nn-graph .nng-figure.is-stale .nng-scroll { opacity: 0.35; }
nn-graph .nng-scroll { overflow-x: auto; padding-block: 2px; }
nn-graph .nng-scroll:focus-visible { outline: 2px solid var(--nng-ink); outline-offset: 2px; }
nn-graph .nng-svg { display: block; max-width: 100%; height: auto; margin-inline: auto; }
nn-graph .nng-edge { fill: none; stroke: var(--nng-rule); stroke-width: 1.5; }
nn-graph .nng-edge.is-active { stroke: var(--nng-accent); stroke-width: 3; }
nn-graph .nng-arrowhead { fill: var(--nng-rule); }
nn-graph .nng-arrowhead--on { fill: var(--nng-accent); }
nn-graph .nng-node rect { fill: var(--nng-bg); stroke: var(--nng-muted); stroke-width: 1.25; }
nn-graph .nng-node--op rect { fill: var(--nng-panel); }
nn-graph .nng-node.is-output rect { stroke-width: 2.5; }
nn-graph .nng-node.is-receiving rect { stroke: var(--nng-grad-line); stroke-width: 2.5; }
nn-graph .nng-node.is-current rect { stroke: var(--nng-accent); stroke-width: 3.5; fill: var(--nng-accent-tint); }
nn-graph .nng-name { fill: var(--nng-ink); font-size: 14px; font-weight: 700; }
nn-graph .nng-line { font-size: 10.5px; font-family: var(--__sl-font-mono, ui-monospace, monospace); font-variant-numeric: tabular-nums; }
nn-graph .nng-data { fill: var(--nng-ink); }
nn-graph .nng-grad { fill: var(--nng-grad); font-weight: 600; }
nn-graph .nng-key { fill: var(--nng-muted); font-weight: 400; }
nn-graph .nng-legend { margin: 0.35rem 0 0; color: var(--nng-muted); font-size: var(--sl-text-xs, 0.8125rem); text-align: center; }
nn-graph .nng-panel { display: flex; flex-direction: column; gap: 0.6rem; }
nn-graph .nng-field { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; }
nn-graph .nng-field label, nn-graph legend { font-weight: 600; color: var(--nng-ink); }
nn-graph .nng-expr { flex: 1 1 14rem; min-width: 0; font-family: var(--__sl-font-mono, ui-monospace, monospace); }
nn-graph .nng-help { flex-basis: 100%; margin: 0; color: var(--nng-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-graph .nng-error { margin: 0; padding: 0.4rem 0.75rem; border-left: 4px solid var(--nng-error); color: var(--nng-ink); background: var(--nng-panel); }
nn-graph .nng-error[hidden], nn-graph .nng-values[hidden] { display: none; }
nn-graph .nng-values { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin: 0; padding: 0.25rem 0 0; border: none; }
nn-graph .nng-values legend { padding: 0; margin-bottom: 0.25rem; float: left; width: 100%; }
nn-graph .nng-value { display: flex; align-items: center; gap: 0.4rem; }
nn-graph .nng-value label { font-family: var(--__sl-font-mono, ui-monospace, monospace); color: var(--nng-ink); }
nn-graph .nng-value input { width: 5.5rem; }
nn-graph input.nng-expr[aria-invalid="true"] { border-color: var(--nng-error); border-width: 2px; }
`;
