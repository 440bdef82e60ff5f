// The digit reader's own rules, on the kit's tokens.
export const STYLE = `
nn-digit-reader { max-width: 46rem; }
nn-digit-reader figure { margin: 0; min-width: 0; }
nn-digit-reader figcaption { color: var(--nnk-muted); font-size: 0.8rem; }
nn-digit-reader .nndr-top { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; margin-block: 0.75rem; }
@media (max-width: 40rem) { nn-digit-reader .nndr-top { grid-template-columns: 1fr; } }
nn-digit-reader .nndr-figure figcaption { text-align: center; }
nn-digit-reader .nndr-pad { position: relative; max-width: 20rem; margin-inline: auto; }
nn-digit-reader canvas { display: block; width: 100%; aspect-ratio: 1; color: var(--nnk-ink); background: var(--nnk-bg); }
nn-digit-reader [data-testid="pad"] { border: 1px solid var(--nnk-rule); border-radius: 0.375rem; cursor: crosshair; touch-action: none; }
nn-digit-reader [data-testid="pad"]:focus-visible { outline: 2px solid var(--nnk-ink); outline-offset: 2px; }
nn-digit-reader .nndr-cursor { display: none; position: absolute; width: calc(100% / 14); height: calc(100% / 14); box-sizing: border-box; border: 2px solid var(--nnk-accent); pointer-events: none; }
nn-digit-reader .nndr-pad:has(canvas:focus-visible) .nndr-cursor { display: block; }
nn-digit-reader .nndr-reading { display: grid; grid-template-columns: 6rem minmax(0, 1fr); gap: 0.75rem; align-items: start; }
nn-digit-reader .nndr-seen { image-rendering: pixelated; border: 1px solid var(--nnk-rule); }
nn-digit-reader .nndr-bar-list { list-style: none; margin: 0.25rem 0 0; padding: 0; display: grid; gap: 0.15rem; }
nn-digit-reader .nndr-bar-list li { display: grid; grid-template-columns: 1.2rem minmax(0, 1fr) auto; align-items: center; gap: 0.4rem; margin: 0; font-family: var(--nnk-mono); font-size: 0.8rem; font-variant-numeric: tabular-nums; }
nn-digit-reader .nndr-bar-track { height: 0.8rem; background: var(--nnk-panel); border-radius: 0.2rem; overflow: hidden; }
nn-digit-reader .nndr-bar-fill { display: block; height: 100%; width: 0; background: var(--nnk-muted); }
nn-digit-reader .nndr-best { color: var(--nnk-ink); font-weight: 700; }
nn-digit-reader .nndr-best .nndr-bar-fill { background: var(--nnk-accent); }
nn-digit-reader .nndr-bar-value { text-align: right; min-width: 4.5rem; padding-right: 0.2rem; white-space: nowrap; }
nn-digit-reader .nndr-progress { width: 100%; margin-top: 0.4rem; accent-color: var(--nnk-accent); }
nn-digit-reader .nndr-layer { margin-top: 0.75rem; }
nn-digit-reader .nndr-layer-grid { display: grid; grid-template-columns: repeat(8, minmax(0, 1fr)); gap: 0.4rem; margin-top: 0.25rem; }
nn-digit-reader .nndr-pair { display: grid; gap: 0.15rem; }
nn-digit-reader .nndr-kernel, nn-digit-reader .nndr-map { image-rendering: pixelated; border: 1px solid var(--nnk-rule); }
nn-digit-reader .nndr-kernel { width: 60%; margin-inline: auto; }
nn-digit-reader .nndr-layer-empty { color: var(--nnk-muted); margin: 0.25rem 0 0; }
nn-digit-reader .nnk-status { overflow-wrap: anywhere; min-height: 3em; }
`;
