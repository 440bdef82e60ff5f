// The widget's CSS, scoped under nn-perceptron. Colours come from Starlight's theme variables, with
// fallbacks for a page without them.
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-perceptron {
  --nnp-c0: var(--sl-color-blue, hsl(234, 90%, 60%));
  --nnp-c1: var(--sl-color-orange, hsl(41, 90%, 60%));
  --nnp-c0-tint: var(--sl-color-blue-low, hsl(234, 88%, 90%));
  --nnp-c1-tint: var(--sl-color-orange-low, hsl(41, 90%, 88%));
  ${themeTokens("--nnp")}
  --nnp-accent: var(--sl-color-accent, hsl(234, 90%, 60%));
  --nnp-primary: var(--sl-color-text-accent, hsl(234, 80%, 45%));
  --nnp-on-primary: var(--sl-color-black, #fff);
  display: block;
  max-width: 720px;
  margin-inline: auto;
  color: var(--nnp-text);
  font-size: var(--sl-text-sm, 0.875rem);
  line-height: 1.5;
}
nn-perceptron .nnp-body { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
nn-perceptron .nnp-plot { flex: 1 1 20rem; min-width: 0; max-width: 28rem; margin-inline: auto; }
nn-perceptron .nnp-panel { flex: 1 1 15rem; min-width: 0; display: flex; flex-direction: column; gap: 0.75rem; }
nn-perceptron .nnp-svg { display: block; width: 100%; height: auto; overflow: visible; }
nn-perceptron .nnp-frame { fill: var(--nnp-bg); stroke: var(--nnp-rule); }
nn-perceptron .nnp-half { stroke: none; }
nn-perceptron .nnp-half--1 { fill: var(--nnp-c1-tint); }
nn-perceptron .nnp-half--0 { fill: var(--nnp-c0-tint); }
nn-perceptron .nnp-gridline { stroke: var(--nnp-rule); stroke-width: 0.75; stroke-opacity: 0.6; }
nn-perceptron .nnp-axis { stroke: var(--nnp-muted); stroke-width: 1.25; }
nn-perceptron .nnp-tick { fill: var(--nnp-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
nn-perceptron .nnp-axis-label { fill: var(--nnp-text); font-size: 14px; font-style: italic; }
nn-perceptron .nnp-boundary { stroke: var(--nnp-ink); stroke-width: 2.5; stroke-linecap: round; }
nn-perceptron .nnp-normal line { stroke: var(--nnp-ink); stroke-width: 1.5; }
nn-perceptron .nnp-normal polygon { fill: var(--nnp-ink); }
nn-perceptron .nnp-normal text { fill: var(--nnp-ink); font-size: 13px; font-weight: 600; font-style: italic; }
nn-perceptron .nnp-dot { stroke: var(--nnp-ink); stroke-width: 1.25; }
nn-perceptron .nnp-dot--0 { fill: var(--nnp-c0); }
nn-perceptron .nnp-dot--1 { fill: var(--nnp-c1); }
nn-perceptron .nnp-wrong { fill: none; stroke: var(--nnp-ink); stroke-width: 1.5; stroke-dasharray: 3 2.5; }
nn-perceptron .nnp-used { fill: none; stroke: var(--nnp-ink); stroke-width: 3; }
nn-perceptron .nnp-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0.5rem 0 0; padding: 0; color: var(--nnp-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-perceptron .nnp-legend li { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0; }
nn-perceptron .nnp-legend svg { width: 1.1rem; height: 1.1rem; overflow: visible; }
nn-perceptron .nnp-sliders { display: flex; flex-direction: column; gap: 0.5rem; }
nn-perceptron .nnp-slider { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 0 0.5rem; }
nn-perceptron .nnp-slider label { font-style: italic; font-weight: 600; color: var(--nnp-ink); }
nn-perceptron .nnp-value { font-variant-numeric: tabular-nums; font-family: var(--__sl-font-mono, ui-monospace, monospace); }
nn-perceptron .nnp-slider input { grid-column: 1 / -1; width: 100%; margin: 0; accent-color: var(--nnp-accent); min-height: 1.5rem; }
nn-perceptron .nnp-field { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
nn-perceptron .nnp-field label { font-weight: 600; color: var(--nnp-ink); }
nn-perceptron select, nn-perceptron button {
  font: inherit; color: var(--nnp-ink); background: var(--nnp-bg);
  border: 1px solid var(--nnp-muted); border-radius: 0.375rem; padding: 0.3rem 0.7rem; min-height: 2.25rem;
}
nn-perceptron button { cursor: pointer; }
nn-perceptron button:hover { background: var(--nnp-panel); }
nn-perceptron button.nnp-primary { background: var(--nnp-primary); border-color: var(--nnp-primary); color: var(--nnp-on-primary); font-weight: 600; }
nn-perceptron button.nnp-primary:hover { filter: brightness(1.1); }
nn-perceptron :is(input, select, button):focus-visible { outline: 2px solid var(--nnp-ink); outline-offset: 2px; }
nn-perceptron .nnp-buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
nn-perceptron .nnp-readout { margin: 0; display: flex; flex-direction: column; color: var(--nnp-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-perceptron .nnp-equation { color: var(--nnp-text); font-variant-numeric: tabular-nums; }
nn-perceptron .nnp-status { margin: 0; padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: var(--nnp-panel); color: var(--nnp-ink); min-height: 2.5rem; }
`;
