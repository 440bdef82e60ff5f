// The one stylesheet of the kit's controls (slider, select, button row, status line), on the
// tokens of theme.ts, for every widget; plus the two layout rules every widget shares: the
// figure kept in view on a phone, and print (the figure and its description, no controls);
// and the Embed control's.
import { themeTokens } from "./theme.ts";

/** Below this width a widget stacks its figure above its controls and keeps the figure in view. */
export const NARROW = "40rem";

export const KIT_STYLE = `
.nnk-widget {
  ${themeTokens("--nnk")}
  --nnk-accent: var(--sl-color-accent, hsl(234, 90%, 60%));
  --nnk-primary: var(--sl-color-text-accent, hsl(234, 80%, 45%));
  --nnk-on-primary: var(--sl-color-black, #fff);
  --nnk-mono: var(--__sl-font-mono, ui-monospace, monospace);
  display: block;
  margin-inline: auto;
  color: var(--nnk-text);
  font-size: var(--sl-text-sm, 0.875rem);
  line-height: 1.5;
}
.nnk-slider { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 0 0.5rem; }
.nnk-slider label, .nnk-field label { font-weight: 600; color: var(--nnk-ink); }
.nnk-value { font-variant-numeric: tabular-nums; font-family: var(--nnk-mono); white-space: pre; }
.nnk-slider input { grid-column: 1 / -1; width: 100%; margin: 0; accent-color: var(--nnk-accent); min-height: 1.5rem; }
.nnk-field { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; }
.nnk-field select { max-width: 100%; }
/* :where keeps this weak, so a widget's own rule for one of its inputs wins */
.nnk-widget :where(select, button, input:not([type="range"])) {
  font: inherit; color: var(--nnk-ink); background: var(--nnk-bg);
  border: 1px solid var(--nnk-muted); border-radius: 0.375rem; padding: 0.3rem 0.6rem; min-height: 2.25rem;
}
.nnk-widget button { cursor: pointer; }
.nnk-widget button:hover:not([aria-disabled="true"]) { background: var(--nnk-panel); }
.nnk-widget button.nnk-primary { background: var(--nnk-primary); border-color: var(--nnk-primary); color: var(--nnk-on-primary); font-weight: 600; }
.nnk-widget button.nnk-primary:hover:not([aria-disabled="true"]) { filter: brightness(1.1); background: var(--nnk-primary); }
/* one "disabled" convention: aria-disabled, so a button keeps the keyboard focus */
.nnk-widget button[aria-disabled="true"] { opacity: 0.5; cursor: not-allowed; }
.nnk-widget :is(input, select, button):focus-visible { outline: 2px solid var(--nnk-ink); outline-offset: 2px; }
.nnk-buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.nnk-status { margin: 0; padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: var(--nnk-panel); color: var(--nnk-ink); min-height: 2.5rem; font-variant-numeric: tabular-nums; }
.nnk-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0.4rem 0 0; padding: 0; color: var(--nnk-muted); font-size: var(--sl-text-xs, 0.8125rem); }
.nnk-legend li { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0; }
.nnk-legend svg { width: 1.1rem; height: 1.1rem; overflow: visible; }
.nnk-description { display: none; }
.nnk-embed { margin-top: 0.5rem; color: var(--nnk-muted); font-size: var(--sl-text-xs, 0.8125rem); }
.nnk-embed summary { width: fit-content; cursor: pointer; min-height: 1.75rem; display: flex; align-items: center; gap: 0.25rem; padding-inline-end: 0.5rem; }
.nnk-embed summary::before { content: "▸"; }
.nnk-embed[open] summary::before { content: "▾"; }
.nnk-embed[open] summary { margin-bottom: 0.4rem; }
.nnk-embed label { display: block; font-weight: 600; color: var(--nnk-ink); }
.nnk-embed textarea {
  display: block; box-sizing: border-box; width: 100%; margin: 0.25rem 0 0.5rem; padding: 0.4rem;
  font: inherit; font-family: var(--nnk-mono); color: var(--nnk-ink); background: var(--nnk-bg);
  border: 1px solid var(--nnk-muted); border-radius: 0.375rem; resize: vertical;
}
.nnk-embed-link { margin: 0.5rem 0 0; overflow-wrap: anywhere; }
.nnk-embed-free { margin: 0.6rem 0 0; padding: 0.25rem 0.6rem 0.5rem; border: 1px solid var(--nnk-rule); border-radius: 0.375rem; }
.nnk-embed-free legend { font-weight: 600; color: var(--nnk-ink); padding-inline: 0.25rem; }
.nnk-embed-boxes { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.nnk-embed-free :is(.nnk-embed-boxes > div, .nnk-embed-hide) { display: flex; align-items: center; gap: 0.35rem; min-height: 1.75rem; }
.nnk-embed-hide { margin-top: 0.35rem; }
.nnk-embed-free label { display: inline; font-weight: normal; }
.nnk-embed-free input[type="checkbox"] { width: 1.25rem; height: 1.25rem; margin: 0; }
/* lock and hide (control-locks.ts): a fixed control shows its value, says so, and cannot be changed */
.nnk-widget [hidden] { display: none !important; }
.nnk-widget :is(input, select):disabled { opacity: 0.6; cursor: not-allowed; }
.nnk-locked > label::after { content: " (fixed)"; font-weight: normal; color: var(--nnk-muted); }
.nnk-embed-link a { color: var(--nnk-primary); }
/* On a phone the controls stack under the figure: keep the figure they change in view while the
   reader's thumb is on them, below Starlight's fixed header and its "On this page" bar. */
@media (max-width: ${NARROW}) {
  .nnk-pinned {
    order: -1;
    position: sticky;
    top: calc(var(--sl-nav-height, 0px) + var(--sl-mobile-toc-height, 0px));
    z-index: 2;
    background: var(--nnk-bg);
    padding-block: 0.25rem;
  }
  .nnk-pinned svg { max-height: 40svh; width: auto; max-width: 100%; margin-inline: auto; }
}
@media print {
  .nnk-widget :is(.nnk-controls, .nnk-slider, .nnk-field, .nnk-buttons, .nnk-status, .nnk-embed, button, select, input) { display: none !important; }
  .nnk-description { display: block; color: var(--nnk-text); }
  .nnk-pinned { position: static; }
  .nnk-widget { break-inside: avoid; }
}
`;
