// The widget's CSS, scoped under nn-activation-explorer. Colours come from Starlight's theme
// variables, with fallbacks for a page without them.
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-activation-explorer {
  --nnae-f: var(--sl-color-blue, hsl(234, 90%, 60%));
  --nnae-df: var(--sl-color-orange, hsl(41, 90%, 50%));
  ${themeTokens("--nnae")}
  max-width: 720px;
}
nn-activation-explorer .nnae-body { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
nn-activation-explorer .nnae-plot { flex: 3 1 24rem; min-width: 0; max-width: 32rem; margin-inline: auto; }
nn-activation-explorer .nnae-panel { flex: 1 1 12rem; min-width: 0; display: flex; flex-direction: column; gap: 0.75rem; }
nn-activation-explorer .nnae-svg { display: block; width: 100%; height: auto; overflow: visible; touch-action: pan-y; user-select: none; -webkit-user-select: none; }
nn-activation-explorer .nnae-frame { fill: var(--nnae-bg); stroke: var(--nnae-rule); }
nn-activation-explorer .nnae-gridline { stroke: var(--nnae-rule); stroke-width: 0.75; stroke-opacity: 0.6; }
nn-activation-explorer .nnae-axis { stroke: var(--nnae-muted); stroke-width: 1.25; }
nn-activation-explorer .nnae-tick { fill: var(--nnae-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
nn-activation-explorer .nnae-axis-label { fill: var(--nnae-text); font-size: 14px; font-style: italic; }
nn-activation-explorer .nnae-panel-name { fill: var(--nnae-text); font-size: 14px; font-style: italic; font-weight: 600; }
nn-activation-explorer .nnae-curve { fill: none; stroke: var(--nnae-f); stroke-width: 3; stroke-linejoin: round; }
nn-activation-explorer .nnae-dcurve { fill: none; stroke: var(--nnae-df); stroke-width: 3; stroke-linejoin: round; }
nn-activation-explorer .nnae-tangent { stroke: var(--nnae-ink); stroke-width: 1.5; stroke-dasharray: 6 4; }
nn-activation-explorer .nnae-guide { stroke: var(--nnae-muted); stroke-width: 1; stroke-dasharray: 2 3; }
nn-activation-explorer .nnae-point { fill: var(--nnae-f); stroke: var(--nnae-ink); stroke-width: 2; }
nn-activation-explorer .nnae-dpoint { fill: var(--nnae-df); stroke: var(--nnae-ink); stroke-width: 2; }
nn-activation-explorer .nnae-hit { fill: transparent; cursor: ew-resize; }
nn-activation-explorer .nnae-readout dd { font-variant-numeric: tabular-nums; font-family: var(--__sl-font-mono, ui-monospace, monospace); }
nn-activation-explorer .nnk-slider label { font-style: italic; }
nn-activation-explorer .nnae-readout { display: grid; grid-template-columns: auto 1fr; gap: 0.15rem 0.75rem; margin: 0; }
nn-activation-explorer .nnae-readout dt { display: inline-flex; align-items: center; gap: 0.4rem; margin: 0; font-weight: 600; color: var(--nnae-ink); }
nn-activation-explorer .nnae-readout dd { margin: 0; color: var(--nnae-ink); }
nn-activation-explorer .nnae-key::before { content: ""; display: inline-block; width: 0.9rem; height: 0.2rem; border-radius: 0.1rem; }
nn-activation-explorer .nnae-key--f::before { background: var(--nnae-f); }
nn-activation-explorer .nnae-key--df::before { background: var(--nnae-df); }
nn-activation-explorer .nnae-formulas { margin: 0; display: flex; flex-direction: column; color: var(--nnae-text); font-size: var(--sl-text-xs, 0.8125rem); }
nn-activation-explorer .nnae-note { margin: 0; color: var(--nnae-muted); font-size: var(--sl-text-xs, 0.8125rem); }
`;
