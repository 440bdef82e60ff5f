// The race's own rules, on the kit's tokens; the contour bands go from the background to a grey
// mixed from the muted text colour, which stands out from the background in light and in dark.
const bands = Array.from({ length: 9 }, (_, k) => `nn-optimizer-race .nnor-band-${k} { fill: color-mix(in srgb, var(--nnk-muted) ${Math.round((k / 8) * 50)}%, var(--nnk-bg)); }`).join("\n");

export const STYLE = `
nn-optimizer-race { max-width: 52rem; }
nn-optimizer-race .nnor-layout { display: grid; grid-template-columns: 3fr 2fr; gap: 1rem; }
@media (max-width: 40rem) { nn-optimizer-race .nnor-layout { grid-template-columns: 1fr; } }
nn-optimizer-race svg { width: 100%; height: auto; display: block; }
nn-optimizer-race .nnor-surface { cursor: crosshair; border: 1px solid var(--nnk-rule); }
nn-optimizer-race .nnor-surface:focus-visible { outline: 2px solid var(--nnk-ink); outline-offset: 2px; }
${bands}
nn-optimizer-race .nnor-band { stroke: none; }
nn-optimizer-race .nnor-path { fill: none; stroke-width: 2; }
nn-optimizer-race .nnor-velocity { stroke-width: 2.5; stroke-dasharray: 4 2; }
nn-optimizer-race .nnor-start { fill: var(--nnk-bg); stroke: var(--nnk-ink); stroke-width: 2; }
nn-optimizer-race .nnor-minimum { stroke: var(--nnk-ink); stroke-width: 2; }
nn-optimizer-race .nnor-grid { stroke: var(--nnk-rule); }
nn-optimizer-race .nnor-now { stroke: var(--nnk-muted); stroke-dasharray: 2 3; }
nn-optimizer-race .nnor-tick { fill: var(--nnk-muted); font-size: 11px; }
@media (max-width: 40rem) { nn-optimizer-race .nnor-tick { font-size: 14px; } }
nn-optimizer-race .nnor-panel { display: flex; flex-direction: column; gap: 0.6rem; }
nn-optimizer-race table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 0.8rem; width: 100%; }
nn-optimizer-race td, nn-optimizer-race th { padding: 0.1rem 0.3rem; text-align: left; border-bottom: 1px solid var(--nnk-rule); }
nn-optimizer-race .nnor-swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; vertical-align: -0.1rem; margin-right: 0.3rem; }
`;
