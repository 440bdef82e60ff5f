// The learning-rate widget's own rules, on the kit's tokens.
export const STYLE = `
nn-learning-rate { max-width: 44rem; }
nn-learning-rate .nnlr-svg { width: 100%; height: auto; display: block; }
nn-learning-rate .nnlr-frame { fill: none; stroke: var(--nnk-rule); }
nn-learning-rate .nnlr-grid { stroke: var(--nnk-rule); }
nn-learning-rate .nnlr-contour { fill: none; stroke: var(--nnk-muted); stroke-width: 1; }
nn-learning-rate .nnlr-path { fill: none; stroke: var(--nnk-accent); stroke-width: 1.5; }
nn-learning-rate .nnlr-dot { fill: var(--nnk-accent); }
nn-learning-rate .nnlr-start { fill: var(--nnk-ink); }
nn-learning-rate .nnlr-loss { fill: none; stroke: var(--nnk-accent); stroke-width: 2; }
nn-learning-rate .nnlr-tick, nn-learning-rate .nnlr-label { fill: var(--nnk-muted); font-size: 12px; }
nn-learning-rate .nnlr-mark { stroke: var(--nnk-muted); stroke-width: 2; }
nn-learning-rate .nnlr-bound { stroke: var(--nnk-ink); stroke-width: 3; }
nn-learning-rate .nnlr-current { fill: var(--nnk-accent); stroke: var(--nnk-bg); stroke-width: 2; }
nn-learning-rate .nnlr-controls { display: grid; grid-template-columns: 2fr 1fr; gap: 0.75rem; align-items: end; margin-block: 0.5rem; }
@media (max-width: 40rem) {
  nn-learning-rate .nnlr-controls { grid-template-columns: 1fr; }
  /* the figure is drawn 640 units wide: on a phone it shrinks to about half, so its text grows to stay readable */
  nn-learning-rate :is(.nnlr-tick, .nnlr-label) { font-size: 21px; }
}
`;
