// The widget's CSS, scoped under nn-gradient-flow. Colours come from Starlight's theme variables,
// with fallbacks for a page without them (an embed).
export const STYLE = `
nn-gradient-flow {
  --ngf-ink: var(--sl-color-white, hsl(224, 10%, 10%));
  --ngf-text: var(--sl-color-text, hsl(224, 10%, 23%));
  --ngf-muted: var(--sl-color-gray-3, hsl(224, 7%, 36%));
  --ngf-rule: var(--sl-color-gray-5, hsl(224, 6%, 77%));
  --ngf-bg: var(--sl-color-black, #fff);
  --ngf-panel: var(--sl-color-gray-6, hsl(224, 20%, 94%));
  --ngf-bin: var(--sl-color-blue-low, hsl(234, 88%, 85%));
  --ngf-bin-edge: var(--sl-color-blue, hsl(234, 90%, 60%));
  --ngf-curve: var(--sl-color-white, hsl(224, 10%, 10%));
  --ngf-slope: var(--sl-color-orange, hsl(41, 90%, 45%));
  --ngf-primary: var(--sl-color-text-accent, hsl(234, 80%, 45%));
  --ngf-on-primary: var(--sl-color-black, #fff);
  display: block;
  container-type: inline-size;
  max-width: 960px;
  margin-inline: auto;
  color: var(--ngf-text);
  font-size: var(--sl-text-sm, 0.875rem);
  line-height: 1.5;
}
nn-gradient-flow .ngf-body { display: flex; flex-direction: column; gap: 0.75rem; }
nn-gradient-flow .ngf-fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: 0.5rem 1rem; }
nn-gradient-flow .ngf-field { display: flex; flex-direction: column; gap: 0.2rem; min-width: 0; }
nn-gradient-flow .ngf-field label { font-weight: 600; color: var(--ngf-ink); }
nn-gradient-flow select, nn-gradient-flow button {
  font: inherit; color: var(--ngf-ink); background: var(--ngf-bg);
  border: 1px solid var(--ngf-muted); border-radius: 0.375rem; padding: 0.3rem 0.6rem; min-height: 2.25rem; max-width: 100%;
}
nn-gradient-flow button { cursor: pointer; min-width: 5rem; }
nn-gradient-flow button:hover:not(:disabled) { background: var(--ngf-panel); }
nn-gradient-flow button:disabled { cursor: not-allowed; opacity: 0.55; }
nn-gradient-flow button.ngf-primary { background: var(--ngf-primary); border-color: var(--ngf-primary); color: var(--ngf-on-primary); font-weight: 600; }
nn-gradient-flow button.ngf-primary:hover:not(:disabled) { filter: brightness(1.1); background: var(--ngf-primary); }
nn-gradient-flow :is(select, button):focus-visible { outline: 2px solid var(--ngf-ink); outline-offset: 2px; }
nn-gradient-flow .ngf-controls { display: flex; flex-direction: column; gap: 0.6rem; }
nn-gradient-flow .ngf-buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
nn-gradient-flow .ngf-status { margin: 0; padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: var(--ngf-panel); color: var(--ngf-ink); min-height: 2.5rem; font-variant-numeric: tabular-nums; }
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
nn-gradient-flow .ngf-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; margin: 0.4rem 0 0; padding: 0; color: var(--ngf-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-gradient-flow .ngf-legend li { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0; }
nn-gradient-flow .ngf-key { display: inline-block; width: 1.2rem; height: 0; border-top: 2px solid var(--ngf-curve); }
nn-gradient-flow .ngf-key--slope { border-top: 2px dashed var(--ngf-slope); }
nn-gradient-flow .ngf-key--bins { height: 0.7rem; border: 1px solid var(--ngf-bin-edge); background: var(--ngf-bin); }
nn-gradient-flow .ngf-caption { margin: 0.3rem 0 0; color: var(--ngf-text); font-size: var(--sl-text-xs, 0.8125rem); }
`;
