// The widget's CSS, scoped under nn-gradient-flow. Colours come from Starlight's theme variables,
// with fallbacks for a page without them (an embed).
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-gradient-flow {
  ${themeTokens("--ngf")}
  --ngf-bin: var(--sl-color-blue-low, hsl(234, 88%, 85%));
  --ngf-bin-edge: var(--sl-color-blue, hsl(234, 90%, 60%));
  --ngf-curve: var(--sl-color-white, hsl(224, 10%, 10%));
  --ngf-slope: var(--sl-color-orange, hsl(41, 90%, 45%));
  container-type: inline-size;
  max-width: 960px;
}
nn-gradient-flow .ngf-body { display: flex; flex-direction: column; gap: 0.75rem; }
nn-gradient-flow .ngf-fields .nnk-field { flex-direction: column; align-items: stretch; gap: 0.2rem; min-width: 0; }
nn-gradient-flow .ngf-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: 0.5rem 1rem; }
nn-gradient-flow .ngf-controls { display: flex; flex-direction: column; gap: 0.6rem; }
nn-gradient-flow .ngf-figures { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem 1.5rem; align-items: start; }
@container (min-width: 34rem) {
  nn-gradient-flow .ngf-figures { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: "bars history" "histogram history"; }
  nn-gradient-flow .ngf-panel--bars { grid-area: bars; }
  nn-gradient-flow .ngf-panel--history { grid-area: history; }
  nn-gradient-flow .ngf-panel--histogram { grid-area: histogram; }
}
nn-gradient-flow .ngf-panel { min-width: 0; margin: 0; }
nn-gradient-flow .ngf-title { margin: 0 0 0.25rem; font-weight: 600; color: var(--ngf-ink); font-size: var(--sl-text-xs, 0.8125rem); }
nn-gradient-flow .ngf-svg { display: block; width: 100%; height: auto; overflow: visible; }
nn-gradient-flow .ngf-grid { stroke: var(--ngf-rule); stroke-width: 0.75; }
nn-gradient-flow .ngf-grid--ln2 { stroke-dasharray: 4 3; stroke: var(--ngf-muted); }
nn-gradient-flow .ngf-tick { fill: var(--ngf-muted); font-size: 13px; font-variant-numeric: tabular-nums; }
nn-gradient-flow .ngf-axis-label { fill: var(--ngf-text); font-size: 13px; }
nn-gradient-flow .ngf-bar { stroke: var(--ngf-ink); stroke-width: 0.5; }
nn-gradient-flow .ngf-bar--overflow { stroke-dasharray: 3 2; stroke-width: 1.5; }
nn-gradient-flow .ngf-line { fill: none; stroke-width: 1.5; stroke-linejoin: round; }
nn-gradient-flow .ngf-loss { fill: none; stroke: var(--ngf-ink); stroke-width: 2; stroke-linejoin: round; }
nn-gradient-flow .ngf-frame { fill: none; stroke: var(--ngf-rule); }
nn-gradient-flow .ngf-bin { fill: var(--ngf-bin); stroke: var(--ngf-bin-edge); stroke-width: 0.5; }
nn-gradient-flow .ngf-curve { fill: none; stroke: var(--ngf-curve); stroke-width: 2; }
nn-gradient-flow .ngf-slope { fill: none; stroke: var(--ngf-slope); stroke-width: 2; stroke-dasharray: 5 3; }
nn-gradient-flow .ngf-key { display: inline-block; width: 1.2rem; height: 0; border-top: 2px solid var(--ngf-curve); }
nn-gradient-flow .ngf-key--slope { border-top: 2px dashed var(--ngf-slope); }
nn-gradient-flow .ngf-key--bins { height: 0.7rem; border: 1px solid var(--ngf-bin-edge); background: var(--ngf-bin); }
nn-gradient-flow .ngf-caption { margin: 0.3rem 0 0; color: var(--ngf-text); font-size: var(--sl-text-xs, 0.8125rem); }
`;
