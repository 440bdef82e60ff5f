// The widget's CSS, scoped under nn-backprop-steps. Colours come from Starlight's theme variables
// (blue for the forward pass, orange for the backward pass, green for updated weights), with
// fallbacks for a page without them.
import { themeTokens } from "../kit/theme.ts";
export const STYLE = `
nn-backprop-steps {
  --nnbs-fwd: var(--sl-color-blue, hsl(234, 90%, 60%));
  --nnbs-fwd-text: var(--sl-color-blue-high, hsl(234, 80%, 30%));
  --nnbs-fwd-tint: var(--sl-color-blue-low, hsl(234, 88%, 90%));
  --nnbs-bwd: var(--sl-color-orange, hsl(41, 90%, 60%));
  --nnbs-bwd-text: var(--sl-color-orange-high, hsl(41, 80%, 25%));
  --nnbs-bwd-tint: var(--sl-color-orange-low, hsl(41, 90%, 88%));
  --nnbs-new-text: var(--sl-color-green-high, hsl(139, 80%, 22%));
  --nnbs-new-tint: var(--sl-color-green-low, hsl(139, 85%, 90%));
  ${themeTokens("--nnbs")}
  container-type: inline-size;
  max-width: 800px;
}
nn-backprop-steps .nnbs-sep { display: none; } /* the fallback's separators: the layout separates them here */
nn-backprop-steps .nnbs-body { display: grid; gap: 1rem 1.5rem; grid-template-columns: minmax(0, 1fr); }
nn-backprop-steps .nnbs-figure { width: 100%; max-width: 32rem; margin-inline: auto; }
nn-backprop-steps .nnbs-footer { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
nn-backprop-steps .nnbs-footer > .nnbs-history { flex: 1 1 18rem; }
@container (min-width: 60rem) {
  nn-backprop-steps .nnbs-body { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  nn-backprop-steps .nnbs-figure { grid-column: 1; grid-row: 1; }
  nn-backprop-steps .nnbs-controls { grid-column: 1; grid-row: 2; }
  nn-backprop-steps .nnbs-equations { grid-column: 2; grid-row: 1 / span 2; }
  nn-backprop-steps .nnbs-footer { grid-column: 1 / -1; }
}
nn-backprop-steps .nnbs-figure, nn-backprop-steps .nnbs-controls, nn-backprop-steps .nnbs-equations, nn-backprop-steps .nnbs-footer > * { min-width: 0; }
nn-backprop-steps svg { display: block; width: 100%; height: auto; overflow: visible; }
nn-backprop-steps svg text { font-family: inherit; font-variant-numeric: tabular-nums; paint-order: stroke; stroke: var(--nnbs-bg); stroke-width: 4px; stroke-linejoin: round; }
nn-backprop-steps .nnbs-diagram text { text-anchor: middle; }
nn-backprop-steps .nnbs-edge { stroke: var(--nnbs-rule); stroke-width: 1.5; }
nn-backprop-steps .nnbs-edge.is-lit--forward { stroke: var(--nnbs-fwd); stroke-width: 3; }
nn-backprop-steps .nnbs-edge.is-lit--backward { stroke: var(--nnbs-bwd); stroke-width: 3; }
nn-backprop-steps .nnbs-label-box { fill: var(--nnbs-bg); stroke: var(--nnbs-rule); }
nn-backprop-steps .nnbs-label-box.is-new { fill: var(--nnbs-new-tint); stroke: var(--nnbs-new-text); }
nn-backprop-steps .nnbs-label-box.is-lit--backward { fill: var(--nnbs-bwd-tint); stroke: var(--nnbs-bwd); }
nn-backprop-steps .nnbs-edge-label text { stroke: none; font-size: 14px; }
nn-backprop-steps .nnbs-weight { fill: var(--nnbs-ink); }
nn-backprop-steps .nnbs-weight.is-new { fill: var(--nnbs-new-text); font-weight: 700; }
nn-backprop-steps .nnbs-grad { fill: var(--nnbs-bwd-text); }
nn-backprop-steps .nnbs-grad.is-lit { font-weight: 700; }
nn-backprop-steps .nnbs-node { fill: var(--nnbs-panel); stroke: var(--nnbs-muted); stroke-width: 1.5; }
nn-backprop-steps .nnbs-node--input { fill: var(--nnbs-bg); }
nn-backprop-steps .nnbs-node.is-lit--forward { fill: var(--nnbs-fwd-tint); stroke: var(--nnbs-fwd); stroke-width: 3; }
nn-backprop-steps .nnbs-node.is-lit--backward { fill: var(--nnbs-bwd-tint); stroke: var(--nnbs-bwd); stroke-width: 3; }
nn-backprop-steps .nnbs-act { fill: var(--nnbs-ink); font-size: 16px; font-weight: 600; stroke: none; }
nn-backprop-steps .nnbs-unknown { fill: var(--nnbs-muted); font-weight: 400; font-style: italic; }
nn-backprop-steps .nnbs-name { fill: var(--nnbs-muted); font-size: 14px; font-style: italic; }
nn-backprop-steps .nnbs-note { fill: var(--nnbs-text); font-size: 14px; }
nn-backprop-steps .nnbs-note.is-new { fill: var(--nnbs-new-text); font-weight: 700; }
nn-backprop-steps .nnbs-delta { fill: var(--nnbs-bwd-text); font-size: 14px; }
nn-backprop-steps .nnbs-delta.is-lit, nn-backprop-steps .nnbs-loss.is-lit { font-weight: 700; }
nn-backprop-steps .nnbs-loss { fill: var(--nnbs-ink); font-size: 16px; }
nn-backprop-steps .nnbs-loss.nnbs-unknown { fill: var(--nnbs-muted); }
nn-backprop-steps .nnbs-loss.is-lit { fill: var(--nnbs-fwd-text); }
nn-backprop-steps .nnbs-swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 0.2rem; border: 2px solid; }
nn-backprop-steps .nnbs-swatch--forward { background: var(--nnbs-fwd-tint); border-color: var(--nnbs-fwd); }
nn-backprop-steps .nnbs-swatch--backward { background: var(--nnbs-bwd-tint); border-color: var(--nnbs-bwd); }
nn-backprop-steps .nnbs-swatch--new { background: var(--nnbs-new-tint); border-color: var(--nnbs-new-text); }
nn-backprop-steps .nnbs-controls { display: flex; flex-direction: column; gap: 0.75rem; }
nn-backprop-steps .nnbs-equations-title, nn-backprop-steps .nnbs-history-title { margin: 0 0 0.25rem; font-weight: 600; color: var(--nnbs-ink); }
nn-backprop-steps .nnbs-steps { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.15rem; }
nn-backprop-steps .nnbs-steps li { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.75rem; margin: 0; padding: 0.25rem 0.5rem; border-radius: 0.375rem; border-inline-start: 3px solid transparent; color: var(--nnbs-muted); }
nn-backprop-steps .nnbs-steps li.is-current { background: var(--nnbs-panel); border-inline-start-color: var(--nnk-accent); color: var(--nnbs-ink); }
nn-backprop-steps .nnbs-step-title { flex: 0 0 11.5rem; font-size: var(--sl-text-xs, 0.8125rem); }
nn-backprop-steps .is-current .nnbs-step-title { font-weight: 700; }
nn-backprop-steps .nnbs-eqs { flex: 1 1 14rem; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
nn-backprop-steps .nnbs-eq { display: inline-block; max-width: 100%; }
nn-backprop-steps .nnbs-eq .katex { font-size: 1.05em; }
nn-backprop-steps .nnbs-numbers { flex: 1 1 100%; display: flex; flex-direction: column; margin-top: 0.35rem; padding-top: 0.35rem; border-top: 1px solid var(--nnbs-rule); font-variant-numeric: tabular-nums; color: var(--nnbs-ink); overflow-wrap: anywhere; }
nn-backprop-steps .nnbs-history-svg { max-width: 26rem; }
nn-backprop-steps .nnbs-axis { stroke: var(--nnbs-muted); stroke-width: 1; }
nn-backprop-steps .nnbs-tick { fill: var(--nnbs-muted); font-size: 12px; }
nn-backprop-steps .nnbs-history-line { fill: none; stroke: var(--nnbs-bwd); stroke-width: 2; }
nn-backprop-steps .nnbs-history-dot { fill: var(--nnbs-bwd); }
nn-backprop-steps .nnbs-history .nnbs-tick[data-testid="last-loss"] { fill: var(--nnbs-ink); font-weight: 600; }
`;
