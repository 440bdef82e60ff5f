// The convolution widget's own rules, on the kit's tokens.
export const STYLE = `
nn-convolution { max-width: 46rem; --nncv-positive: #d6336c; --nncv-negative: #1c7ed6; }
nn-convolution .nncv-figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.75rem; }
@media (max-width: 40rem) { nn-convolution .nncv-figures { grid-template-columns: 1fr 1fr; } }
nn-convolution .nncv-figure { margin: 0; min-width: 0; }
nn-convolution .nncv-figure figcaption { color: var(--nnk-muted); text-align: center; font-size: 0.8rem; }
nn-convolution .nncv-grid { display: block; width: 100%; aspect-ratio: 1; border: 1px solid var(--nnk-rule); touch-action: none; }
nn-convolution .nncv-grid:focus-visible { outline: 2px solid var(--nnk-ink); outline-offset: 2px; }
nn-convolution.nncv-paintable [data-testid="input"] { cursor: crosshair; }
nn-convolution .nncv-padding { fill: var(--nnk-panel); stroke: var(--nnk-rule); stroke-width: 0.05; stroke-dasharray: 0.2 0.15; }
nn-convolution :is(.nncv-field, .nncv-cursor, .nncv-winner) { fill: none; vector-effect: non-scaling-stroke; }
nn-convolution .nncv-field { stroke: var(--nnk-accent); stroke-width: 2.5; }
nn-convolution .nncv-cursor { stroke: var(--nnk-ink); stroke-width: 2; }
nn-convolution .nncv-winner { stroke: var(--nnk-ink); stroke-width: 2; stroke-dasharray: 3 2; }
nn-convolution .nncv-size { margin: 0.5rem 0 0; font-family: var(--nnk-mono); font-size: 0.8rem; color: var(--nnk-muted); overflow-wrap: anywhere; }
nn-convolution .nnk-status { font-family: var(--nnk-mono); font-size: 0.8rem; overflow-wrap: anywhere; min-height: 3em; }
nn-convolution .nncv-controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: start; margin-block: 0.5rem; }
nn-convolution .nncv-fields { display: grid; gap: 0.5rem; }
nn-convolution .nncv-kernel { border: 1px solid var(--nnk-rule); border-radius: 0.375rem; padding: 0.25rem 0.75rem 0.75rem; margin: 0; }
nn-convolution .nncv-kernel legend { font-weight: 600; color: var(--nnk-ink); padding-inline: 0.25rem; }
nn-convolution .nncv-kernel-grid { display: grid; grid-template-columns: repeat(3, 4.5rem); gap: 0.35rem; }
nn-convolution .nncv-kernel-grid input { width: 100%; box-sizing: border-box; text-align: right; font-family: var(--nnk-mono); }
nn-convolution .nncv-kernel-grid input[aria-invalid] { border-color: #c92a2a; outline: 2px solid #c92a2a; }
`;
