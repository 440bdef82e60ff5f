// The widget's CSS, scoped under nn-perceptron (the controls' CSS is the kit's). Colours come from Starlight's theme variables, with
// fallbacks for a page without them.
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-perceptron {
  --nnp-c0: var(--sl-color-blue, hsl(234, 90%, 60%));
  --nnp-c1: var(--sl-color-orange, hsl(41, 90%, 60%));
  --nnp-c0-tint: var(--sl-color-blue-low, hsl(234, 88%, 90%));
  --nnp-c1-tint: var(--sl-color-orange-low, hsl(41, 90%, 88%));
  ${themeTokens("--nnp")}
  max-width: 720px;
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
nn-perceptron .nnp-sliders { display: flex; flex-direction: column; gap: 0.5rem; }
nn-perceptron .nnk-slider label { font-style: italic; }
nn-perceptron .nnp-readout { margin: 0; display: flex; flex-direction: column; color: var(--nnp-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-perceptron .nnp-equation { color: var(--nnp-text); font-variant-numeric: tabular-nums; }
`;
