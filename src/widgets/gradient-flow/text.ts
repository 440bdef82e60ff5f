// The widget's words and numbers: the status line, the read-outs and the figures' labels.
import { ACTIVATION_LABELS, type ActivationName } from "./config.ts";
import type { FlowState } from "./model.ts";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const MINUS = "−";

/** 10⁻⁹ for -9. */
export function power(exponent: number): string {
  const digits = String(Math.abs(exponent)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
  return `10${exponent < 0 ? "⁻" : ""}${digits}`;
}

/** A gradient norm or a loss in two significant figures: 0.055, 3.4, 1.1 × 10⁻⁹, ∞. */
export function sci(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : `${MINUS}∞`;
  if (n === 0) return "0";
  const sign = n < 0 ? MINUS : "";
  const a = Math.abs(n);
  if (a >= 0.01 && a < 1000) return sign + String(Number(a.toPrecision(2)));
  let exponent = Math.floor(Math.log10(a));
  let mantissa = Number((a / 10 ** exponent).toFixed(1));
  if (mantissa >= 10) {
    mantissa = 1;
    exponent++;
  }
  return `${sign}${mantissa} × ${power(exponent)}`;
}

/** What the gradient norms (and the loss) say: exploding, vanishing, or balanced. */
export function diagnosis(norms: readonly number[], loss: number): string {
  const first = norms[0], last = norms[norms.length - 1];
  if (!norms.every(Number.isFinite)) return "exploding: a gradient overflowed";
  if (Math.max(...norms) > 100) return "exploding";
  if (first > 0 && last > 0 && first / last < 1e-2) {
    return `vanishing: layer 1's is ${Math.log10(last / first).toFixed(1)} orders of magnitude smaller`;
  }
  // tiny everywhere is fine at a minimum of the loss, but not while the loss is still high
  if (Math.max(...norms) < 1e-6 && loss > 0.1) return "vanishing in every layer: too small to learn from";
  return "balanced: layer 1's is within a factor of 100 of the last";
}

/** The one-line summary of a run, for the status line and the read-out. */
export function summaryText(state: FlowState): string {
  const { norms, loss } = state.current;
  const L = norms.length;
  const base = `Step ${state.step}, loss ${sci(loss)}. Gradient norm of layer 1: ${sci(norms[0])}; of layer ${L}: ${sci(norms[L - 1])}`;
  if (state.failure) return `${base}. Stopped: ${state.failure}. The gradients exploded; press Reset or pick a smaller initialisation.`;
  return `${base} (${diagnosis(norms, loss)}).`;
}

const SLOPE: Readonly<Record<ActivationName, string>> = { sigmoid: "σ′", tanh: "tanh′", relu: "ReLU′" };

/** The histogram's caption: how many pre-activations sit where the slope is small. */
export function saturationText(activation: ActivationName, layer: number, share: number): string {
  const percent = `${Math.round(share * 100)}%`;
  if (activation === "relu") return `Layer ${layer}: ${percent} of the pre-activations are at or below 0, where ReLU′ = 0.`;
  return `Layer ${layer}: ${percent} of the pre-activations are saturated (${SLOPE[activation]} below a tenth of its peak).`;
}

export function barsLabel(norms: readonly number[]): string {
  return `Bar chart, log scale: the gradient norm of each of the ${norms.length} layers, ` + norms.map((n, l) => `layer ${l + 1} ${sci(n)}`).join(", ") + ".";
}

export function historyLabel(state: FlowState): string {
  return `Line charts over ${state.step} training steps: each layer's gradient norm on a log scale, and the loss, now ${sci(state.current.loss)}.`;
}

export function histogramLabel(activation: ActivationName, layer: number, share: number): string {
  return `Histogram of layer ${layer}'s pre-activations from ${MINUS}6 to 6, drawn under the ${ACTIVATION_LABELS[activation]} curve and its slope. ${saturationText(activation, layer, share)}`;
}
