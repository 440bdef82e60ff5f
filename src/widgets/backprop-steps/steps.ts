// The equations of the steps, as TeX (rendered by KaTeX at build time in BackpropSteps.astro) and
// as plain Unicode text (for an element created without the server-rendered list). Columns in the
// formulas, as in content/notation.mdx; the output layer has one unit, so z⁽²⁾, a⁽²⁾, δ⁽²⁾ are scalars.
import type { StepId } from "./model.ts";

export interface StepText {
  /** A short name, "Forward, layer 1": at most 25 characters, to fit its column. */
  readonly title: string;
  /** The step's equations, one TeX string each (each wraps as a whole on a narrow screen). */
  readonly tex: readonly string[];
  /** The same equations in Unicode. */
  readonly plain: readonly string[];
}

const dL = (of: string) => `\\partial\\mathcal{L}/\\partial ${of}`;

export const STEP_TEXT: Record<StepId, StepText> = {
  start: {
    title: "Start",
    tex: ["\\mathbf{a}^{(0)} = \\mathbf{x}"],
    plain: ["a⁽⁰⁾ = x"],
  },
  forward1: {
    title: "Forward, layer 1",
    tex: ["\\mathbf{z}^{(1)} = \\mathbf{W}^{(1)}\\mathbf{x} + \\mathbf{b}^{(1)}", "\\mathbf{a}^{(1)} = \\sigma(\\mathbf{z}^{(1)})"],
    plain: ["z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾", "a⁽¹⁾ = σ(z⁽¹⁾)"],
  },
  forward2: {
    title: "Forward, layer 2",
    tex: ["z^{(2)} = \\mathbf{W}^{(2)}\\mathbf{a}^{(1)} + b^{(2)}", "\\hat y = a^{(2)} = \\sigma(z^{(2)})"],
    plain: ["z⁽²⁾ = W⁽²⁾a⁽¹⁾ + b⁽²⁾", "ŷ = a⁽²⁾ = σ(z⁽²⁾)"],
  },
  loss: {
    title: "Loss (cross-entropy)",
    tex: ["\\mathcal{L} = -\\bigl[\\,y\\log a^{(2)} + (1 - y)\\log\\bigl(1 - a^{(2)}\\bigr)\\bigr]"],
    plain: ["𝓛 = −[y log a⁽²⁾ + (1 − y) log(1 − a⁽²⁾)]"],
  },
  delta2: {
    title: "Backward, output error",
    tex: [`\\delta^{(2)} = ${dL("z^{(2)}")} = a^{(2)} - y`],
    plain: ["δ⁽²⁾ = ∂𝓛/∂z⁽²⁾ = a⁽²⁾ − y"],
  },
  grad2: {
    title: "Backward, layer 2 weights",
    tex: [`${dL("\\mathbf{W}^{(2)}")} = \\delta^{(2)}\\,\\mathbf{a}^{(1)\\top}`, `${dL("b^{(2)}")} = \\delta^{(2)}`],
    plain: ["∂𝓛/∂W⁽²⁾ = δ⁽²⁾ a⁽¹⁾ᵀ", "∂𝓛/∂b⁽²⁾ = δ⁽²⁾"],
  },
  delta1: {
    title: "Backward, hidden error",
    tex: [
      "\\boldsymbol{\\delta}^{(1)} = \\bigl(\\mathbf{W}^{(2)\\top}\\delta^{(2)}\\bigr) \\odot \\sigma'(\\mathbf{z}^{(1)})",
      "\\sigma'(\\mathbf{z}^{(1)}) = \\mathbf{a}^{(1)} \\odot \\bigl(1 - \\mathbf{a}^{(1)}\\bigr)",
    ],
    plain: ["δ⁽¹⁾ = (W⁽²⁾ᵀ δ⁽²⁾) ⊙ σ′(z⁽¹⁾)", "σ′(z⁽¹⁾) = a⁽¹⁾ ⊙ (1 − a⁽¹⁾)"],
  },
  grad1: {
    title: "Backward, layer 1 weights",
    tex: [`${dL("\\mathbf{W}^{(1)}")} = \\boldsymbol{\\delta}^{(1)}\\mathbf{x}^\\top`, `${dL("\\mathbf{b}^{(1)}")} = \\boldsymbol{\\delta}^{(1)}`],
    plain: ["∂𝓛/∂W⁽¹⁾ = δ⁽¹⁾ xᵀ", "∂𝓛/∂b⁽¹⁾ = δ⁽¹⁾"],
  },
  update: {
    title: "Update (gradient descent)",
    tex: [
      `\\mathbf{W}^{(l)} \\leftarrow \\mathbf{W}^{(l)} - \\eta\\,${dL("\\mathbf{W}^{(l)}")}`,
      `\\mathbf{b}^{(l)} \\leftarrow \\mathbf{b}^{(l)} - \\eta\\,${dL("\\mathbf{b}^{(l)}")}`,
    ],
    plain: ["W⁽ˡ⁾ ← W⁽ˡ⁾ − η ∂𝓛/∂W⁽ˡ⁾", "b⁽ˡ⁾ ← b⁽ˡ⁾ − η ∂𝓛/∂b⁽ˡ⁾"],
  },
};
