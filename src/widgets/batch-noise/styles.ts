// The batch-noise widget's own rules, on the kit's tokens.
export const STYLE = `
nn-batch-noise { max-width: 44rem; }
nn-batch-noise .nnbn-figures { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; }
@media (max-width: 40rem) { nn-batch-noise .nnbn-figures { grid-template-columns: 1fr; } }
nn-batch-noise .nnbn-svg { width: 100%; height: auto; display: block; border: 1px solid var(--nnk-rule); }
nn-batch-noise .nnbn-axis { stroke: var(--nnk-rule); }
nn-batch-noise .nnbn-batch { stroke: var(--nnk-accent); stroke-opacity: 0.5; stroke-width: 1.5; }
nn-batch-noise .nnbn-full { stroke: var(--nnk-ink); stroke-width: 3.5; }
nn-batch-noise .nnbn-curve { fill: none; stroke-width: 1.5; stroke-opacity: 0.8; }
nn-batch-noise .nnbn-current { stroke-width: 3.5; stroke-opacity: 1; }
nn-batch-noise .nnbn-tick { fill: var(--nnk-muted); font-size: 12px; }
nn-batch-noise .nnbn-controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; margin-block: 0.5rem; }
`;
