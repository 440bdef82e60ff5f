// The widget's CSS, scoped under nn-forward-pass. Colours come from Starlight's theme variables,
// with fallbacks for a page without them. Blue edges carry positive weights, red dashed ones
// negative weights (the dash keeps the sign readable without colour).
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-forward-pass {
  /* the theme's blue and red moved toward the text colour: darker on white, lighter on black */
  --nnf-pos: color-mix(in oklab, var(--sl-color-blue, hsl(234, 90%, 60%)) 78%, var(--nnf-ink));
  --nnf-neg: color-mix(in oklab, var(--sl-color-red, hsl(339, 90%, 60%)) 80%, var(--nnf-ink));
  ${themeTokens("--nnf")}
  --nnf-accent: var(--sl-color-accent, hsl(234, 90%, 60%));
  --nnf-mono: var(--__sl-font-mono, ui-monospace, monospace);
  display: block;
  max-width: 760px;
  margin-inline: auto;
  color: var(--nnf-text);
  font-size: var(--sl-text-sm, 0.875rem);
  line-height: 1.5;
}
nn-forward-pass .nnf-top { display: flex; flex-direction: column; gap: 0.75rem; }
nn-forward-pass .nnf-plot { min-width: 0; }
nn-forward-pass .nnf-svg { display: block; max-width: 100%; height: auto; margin-inline: auto; overflow: visible; font-variant-numeric: tabular-nums; }
nn-forward-pass .nnf-heading { fill: var(--nnf-muted); font-size: 13px; font-weight: 600; }
nn-forward-pass .nnf-edge { stroke-opacity: 0.7; fill: none; }
nn-forward-pass .nnf-edge--pos { stroke: var(--nnf-pos); }
nn-forward-pass .nnf-edge--neg { stroke: var(--nnf-neg); stroke-dasharray: 6 3; }
nn-forward-pass .nnf-edge.is-lit { stroke-opacity: 1; }
nn-forward-pass .nnf-edge.is-selected { stroke-opacity: 1; }
nn-forward-pass .nnf-hit { stroke: transparent; stroke-width: 12; cursor: pointer; }
nn-forward-pass .nnf-edge-label { cursor: pointer; }
nn-forward-pass .nnf-edge-label rect { fill: var(--nnf-bg); stroke-width: 1; }
nn-forward-pass .nnf-edge-label--pos rect { stroke: var(--nnf-pos); }
nn-forward-pass .nnf-edge-label--neg rect { stroke: var(--nnf-neg); }
nn-forward-pass .nnf-edge-label text { fill: var(--nnf-ink); font-size: 12px; font-family: var(--nnf-mono); }
nn-forward-pass .nnf-edge-label.is-lit text { font-weight: 700; }
nn-forward-pass .nnf-edge-label.is-lit rect { stroke-width: 2; }
nn-forward-pass .nnf-edge-label.is-selected rect { fill: var(--nnf-panel); stroke: var(--nnf-ink); stroke-width: 2; }
nn-forward-pass .nnf-neuron { cursor: pointer; outline: none; }
nn-forward-pass .nnf-neuron circle { fill: var(--nnf-panel); stroke: var(--nnf-muted); stroke-width: 1.5; }
nn-forward-pass .nnf-neuron--0 circle { fill: var(--nnf-bg); }
nn-forward-pass .nnf-neuron.is-active circle { stroke: var(--nnf-ink); stroke-width: 2.5; }
nn-forward-pass .nnf-neuron:focus-visible circle { stroke: var(--nnf-accent); stroke-width: 3.5; }
nn-forward-pass .nnf-texts text { pointer-events: none; }
nn-forward-pass :is(.nnf-name, .nnf-bias, .nnf-heading) { paint-order: stroke; stroke: var(--nnf-bg); stroke-width: 3px; stroke-linejoin: round; }
nn-forward-pass .nnf-texts .nnf-bias { pointer-events: auto; }
nn-forward-pass .nnf-value { fill: var(--nnf-ink); font-size: 12.5px; font-weight: 700; font-family: var(--nnf-mono); }
nn-forward-pass .is-compact .nnf-value { font-size: 11px; letter-spacing: -0.03em; }
nn-forward-pass .nnf-name { fill: var(--nnf-ink); font-size: 13px; font-style: italic; font-weight: 600; }
nn-forward-pass .nnf-bias { fill: var(--nnf-muted); font-size: 11.5px; font-family: var(--nnf-mono); cursor: pointer; }
nn-forward-pass .nnf-bias.is-selected { fill: var(--nnf-ink); font-weight: 700; text-decoration: underline; }
nn-forward-pass .nnf-legend { display: flex; flex-wrap: wrap; justify-content: center; gap: 0.25rem 1rem; margin: 0.25rem 0 0; color: var(--nnf-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-forward-pass .nnf-legend span { display: inline-flex; align-items: center; gap: 0.35rem; }
nn-forward-pass .nnf-legend svg { width: 1.5rem; height: 0.5rem; overflow: visible; }
nn-forward-pass .nnf-legend .nnf-edge { stroke-opacity: 1; }
nn-forward-pass .nnf-readout { padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: var(--nnf-panel); color: var(--nnf-ink); min-height: 6.2rem; }
nn-forward-pass .nnf-readout p { margin: 0; }
nn-forward-pass .nnf-readout-title { font-weight: 600; }
nn-forward-pass .nnf-readout-lines p { font-variant-numeric: tabular-nums; }
nn-forward-pass .nnf-panel { display: flex; flex-direction: column; gap: 0.75rem; margin-top: 0.75rem; }
nn-forward-pass .nnf-groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(13.5rem, 1fr)); gap: 0.75rem 1.25rem; }
nn-forward-pass .nnf-group { display: flex; flex-direction: column; gap: 0.5rem; margin: 0; padding: 0; border: 0; min-width: 0; }
nn-forward-pass .nnf-group legend { padding: 0; margin-bottom: 0.25rem; font-weight: 600; color: var(--nnf-ink); }
nn-forward-pass .nnf-slider { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 0 0.5rem; }
nn-forward-pass .nnf-slider label { color: var(--nnf-ink); }
nn-forward-pass .nnf-number { font-variant-numeric: tabular-nums; font-family: var(--nnf-mono); }
nn-forward-pass .nnf-slider input { grid-column: 1 / -1; width: 100%; margin: 0; accent-color: var(--nnf-accent); min-height: 1.5rem; }
nn-forward-pass .nnf-field { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.25rem 0.5rem; }
nn-forward-pass .nnf-field label { color: var(--nnf-ink); }
nn-forward-pass .nnf-field select { max-width: 100%; }
nn-forward-pass select, nn-forward-pass button {
  font: inherit; color: var(--nnf-ink); background: var(--nnf-bg);
  border: 1px solid var(--nnf-muted); border-radius: 0.375rem; padding: 0.3rem 0.6rem; min-height: 2.25rem;
}
nn-forward-pass button { cursor: pointer; align-self: flex-start; }
nn-forward-pass button:hover { background: var(--nnf-panel); }
nn-forward-pass :is(input, select, button):focus-visible { outline: 2px solid var(--nnf-ink); outline-offset: 2px; }
nn-forward-pass .nnf-status { margin: 0; padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: var(--nnf-panel); color: var(--nnf-ink); font-variant-numeric: tabular-nums; }
`;
