// The widget's CSS, scoped under nn-loss-explorer. Colours come from Starlight's theme variables,
// with fallbacks for a page without them: blue for MSE, red for BCE, the accent for the true class.
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-loss-explorer {
  --nnle-mse: var(--sl-color-blue, hsl(234, 90%, 60%));
  --nnle-bce: var(--sl-color-red, hsl(339, 90%, 60%));
  --nnle-true: var(--sl-color-accent, hsl(234, 90%, 60%));
  --nnle-other: var(--sl-color-gray-4, hsl(224, 6%, 56%));
  ${themeTokens("--nnle")}
  max-width: 760px;
}
nn-loss-explorer .nnle-part + .nnle-part { margin-top: 1.5rem; padding-top: 1rem; border-top: 1px solid var(--nnle-rule); }
nn-loss-explorer .nnle-title { margin: 0 0 0.5rem; font-weight: 600; color: var(--nnle-ink); }
nn-loss-explorer .nnle-body { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
nn-loss-explorer .nnle-figure { flex: 1 1 20rem; min-width: 0; max-width: 28rem; margin-inline: auto; }
nn-loss-explorer .nnle-panel { flex: 1 1 15rem; min-width: 0; display: flex; flex-direction: column; gap: 0.6rem; }
nn-loss-explorer .nnle-svg { display: block; width: 100%; height: auto; overflow: visible; }
nn-loss-explorer .nnle-gradients { margin-top: 0.5rem; }
nn-loss-explorer .nnle-frame { fill: var(--nnle-bg); stroke: var(--nnle-rule); }
nn-loss-explorer .nnle-gridline { stroke: var(--nnle-rule); stroke-width: 0.75; stroke-opacity: 0.7; }
nn-loss-explorer .nnle-axis { stroke: var(--nnle-muted); stroke-width: 1.25; }
nn-loss-explorer .nnle-tick { fill: var(--nnle-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
nn-loss-explorer .nnle-axis-label { fill: var(--nnle-text); font-size: 13px; }
nn-loss-explorer .nnle-value-label { fill: var(--nnle-ink); font-size: 12px; font-variant-numeric: tabular-nums; }
nn-loss-explorer .nnle-target line { stroke: var(--nnle-ink); stroke-width: 1.25; stroke-dasharray: 4 3; }
nn-loss-explorer .nnle-target text { fill: var(--nnle-ink); font-size: 13px; font-style: italic; font-weight: 600; }
nn-loss-explorer .nnle-guide { stroke: var(--nnle-muted); stroke-width: 1; stroke-opacity: 0.6; }
nn-loss-explorer .nnle-curve { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
nn-loss-explorer .nnle-curve.nnle-mse, nn-loss-explorer .nnle-tangent.nnle-mse { stroke: var(--nnle-mse); }
nn-loss-explorer .nnle-curve.nnle-bce, nn-loss-explorer .nnle-tangent.nnle-bce { stroke: var(--nnle-bce); }
nn-loss-explorer .nnle-tangent { stroke-width: 1.5; stroke-dasharray: 5 3; }
nn-loss-explorer .nnle-point { stroke: var(--nnle-bg); stroke-width: 2; }
nn-loss-explorer .nnle-point.nnle-mse, nn-loss-explorer .nnle-bar.nnle-mse { fill: var(--nnle-mse); }
nn-loss-explorer .nnle-point.nnle-bce, nn-loss-explorer .nnle-bar.nnle-bce { fill: var(--nnle-bce); }
nn-loss-explorer .nnle-bar.nnle-true { fill: var(--nnle-true); }
nn-loss-explorer .nnle-bar.nnle-other { fill: var(--nnle-other); }
nn-loss-explorer .nnle-class { fill: var(--nnle-text); font-size: 12px; }
nn-loss-explorer .nnle-class-true { fill: var(--nnle-ink); font-weight: 700; }
nn-loss-explorer .nnle-swatch { display: inline-block; width: 0.9rem; height: 0.25rem; border-radius: 1px; margin-inline-end: 0.35rem; vertical-align: middle; }
nn-loss-explorer .nnle-swatch.nnle-mse { background: var(--nnle-mse); }
nn-loss-explorer .nnle-swatch.nnle-bce { background: var(--nnle-bce); }
nn-loss-explorer .nnk-slider input { accent-color: var(--nnle-true); }
nn-loss-explorer .nnle-logits { display: flex; flex-direction: column; gap: 0.4rem; }
nn-loss-explorer .nnle-table { width: 100%; border-collapse: collapse; margin: 0; font-variant-numeric: tabular-nums; font-size: var(--sl-text-xs, 0.8125rem); display: table; }
nn-loss-explorer .nnle-table caption { text-align: start; color: var(--nnle-muted); padding-bottom: 0.25rem; caption-side: top; }
nn-loss-explorer .nnle-table :is(th, td) { padding: 0.2rem 0.4rem; border: 0; border-bottom: 1px solid var(--nnle-rule); text-align: end; }
nn-loss-explorer .nnle-table th[scope="row"] { text-align: start; color: var(--nnle-ink); white-space: nowrap; }
nn-loss-explorer .nnle-table th[scope="col"] { color: var(--nnle-muted); font-weight: 600; }
`;
