// The playground's own rules, scoped under nn-overfitting, on the kit's tokens (Starlight's theme
// variables, with fallbacks for an embed), so it follows light and dark mode.
import { NARROW } from "../kit/controls.css.ts";
import { CLASS_COLORS } from "./draw-surface.ts";

export const STYLE = `
nn-overfitting {
  --nnof-class-0: ${CLASS_COLORS[0]};
  --nnof-class-1: ${CLASS_COLORS[1]};
  --nnof-test-line: var(--sl-color-orange, hsl(41, 90%, 45%));
  container-type: inline-size;
  max-width: 56rem;
}
nn-overfitting .nnof-figures { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.75rem 1.25rem; align-items: start; }
@container (min-width: 36rem) {
  nn-overfitting .nnof-figures { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
}
nn-overfitting .nnof-side { display: flex; flex-direction: column; gap: 0.5rem; min-width: 0; }
nn-overfitting .nnof-panel { min-width: 0; margin: 0; }
nn-overfitting .nnof-title { margin: 0 0 0.2rem; font-weight: 600; color: var(--nnk-ink); font-size: var(--sl-text-xs, 0.8125rem); }
nn-overfitting .nnof-caption { margin: 0.2rem 0 0; color: var(--nnk-text); font-size: var(--sl-text-xs, 0.8125rem); }
nn-overfitting .nnof-svg { display: block; width: 100%; height: auto; }
nn-overfitting .nnof-surface { background: var(--nnk-bg); }
nn-overfitting .nnof-frame { fill: none; stroke: var(--nnk-rule); }
nn-overfitting .nnof-zero { stroke: var(--nnk-rule); stroke-dasharray: 2 3; }
nn-overfitting .nnof-point { stroke-width: 1.5; }
nn-overfitting .nnof-class-0 { --nnof-class: var(--nnof-class-0); }
nn-overfitting .nnof-class-1 { --nnof-class: var(--nnof-class-1); }
nn-overfitting .nnof-train { fill: var(--nnof-class); stroke: var(--nnk-ink); stroke-width: 1; }
nn-overfitting .nnof-test { fill: var(--nnk-bg); fill-opacity: 0.55; stroke: var(--nnof-class); stroke-width: 2; }
nn-overfitting .nnof-val { fill: var(--nnk-bg); fill-opacity: 0.55; stroke: var(--nnof-class); stroke-width: 2; stroke-dasharray: 2.5 1.5; }
nn-overfitting .nnof-key { --nnof-class: var(--nnk-muted); }
nn-overfitting .nnof-grid { stroke: var(--nnk-rule); stroke-width: 0.75; }
nn-overfitting .nnof-tick { fill: var(--nnk-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
nn-overfitting .nnof-line { fill: none; stroke-width: 2; stroke-linejoin: round; }
nn-overfitting .nnof-line-train { stroke: var(--nnk-ink); }
nn-overfitting .nnof-line-test { stroke: var(--nnof-test-line); stroke-dasharray: 6 3; }
nn-overfitting .nnof-line-val { stroke: var(--nnk-accent); stroke-dasharray: 2 2; }
nn-overfitting .nnof-best { stroke: var(--nnk-muted); stroke-width: 1.5; stroke-dasharray: 3 3; }
nn-overfitting .nnof-bin { fill: var(--nnk-accent); fill-opacity: 0.7; }
nn-overfitting .nnk-legend li[hidden] { display: none; }
nn-overfitting .nnk-status { margin-block: 0.6rem; }
nn-overfitting .nnof-controls { display: flex; flex-direction: column; gap: 0.6rem; }
nn-overfitting .nnk-buttons button { min-width: 5rem; }
nn-overfitting .nnof-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: 0.5rem 1.25rem; align-items: end; }
nn-overfitting .nnof-fields .nnk-field { flex-direction: column; align-items: stretch; gap: 0.2rem; }
@media (max-width: ${NARROW}) {
  nn-overfitting .nnof-figures { display: contents; }
}
`;
