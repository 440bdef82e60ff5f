// What the widget says: its status line, its readouts and the description of its figure.
import { DATASET_LABELS } from "./datasets.ts";
import { misclassified, type PerceptronState, type TrainResult, type Weights } from "./model.ts";

import { plural, show } from "../kit/format.ts";

export { minus, show } from "../kit/format.ts";

/** "0.50 x₁ − 1.00 x₂ + 0.25" */
export function equation(s: Weights): string {
  const signed = (n: number) => (Math.round(n * 100) < 0 ? `− ${show(-n)}` : `+ ${show(n)}`);
  return `${show(s.w1)} x₁ ${signed(s.w2)} x₂ ${signed(s.b)}`;
}

/** "3 of 40 points misclassified" */
export function misclassifiedText(state: PerceptronState): string {
  return `${misclassified(state).length} of ${state.points.length} points misclassified`;
}

/** The summary after Train, from its result. */
export function trainingText(result: Pick<TrainResult, "state" | "converged" | "epochs">): string {
  const { state, converged, epochs } = result;
  if (converged) return `Converged after ${plural(epochs, "epoch")}: ${misclassifiedText(state)}.`;
  const wrong = misclassified(state).length;
  const tail = state.dataset === "xor" ? " — no line separates XOR." : ".";
  return `Still ${wrong} misclassified after ${plural(epochs, "epoch")}${tail}`;
}

/** The summary when the reader stops a Train run before it ends. */
export function stoppedText(state: PerceptronState, epochs: number): string {
  return `Stopped after ${plural(epochs, "epoch")}: ${misclassifiedText(state)}.`;
}

/** The summary after "Train one step", from the point it updated on (null: none). */
export function stepText(state: PerceptronState, index: number | null): string {
  if (index === null) return `Nothing to update: ${misclassifiedText(state)}.`;
  const p = state.points[index];
  return `Updated on point ${index + 1} (x₁ = ${show(p.x1)}, x₂ = ${show(p.x2)}, y = ${p.label}): ${misclassifiedText(state)}.`;
}

/** "z = 0.50 x₁ − 1.00 x₂ + 0.25, ŷ = 1 when z ≥ 0" */
export function equationText(state: Weights): string {
  return `z = ${equation(state)}, ŷ = 1 when z ≥ 0`;
}

/** "η = 0.1 · 2 epochs · 5 updates" */
export function countersText(state: PerceptronState): string {
  return `η = ${state.learningRate} · ${plural(state.epochs, "epoch")} · ${plural(state.steps, "update")}`;
}

/** The figure's accessible name: what it shows, for a reader who cannot see it. */
export function figureLabel(state: PerceptronState): string {
  return (
    `Scatter plot of the ${DATASET_LABELS[state.dataset]} data set: ${state.points.length} points, ` +
    `circles for class 0 and triangles for class 1, split by the decision line ` +
    `${equation(state)} = 0; ${misclassifiedText(state)}.`
  );
}
