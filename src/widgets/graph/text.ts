// The widget's words and numbers: how a value is printed in a node, and the status line that says
// what the current step computed.
import type { BuiltGraph, GraphNode } from "./build.ts";
import { localDerivative, type Snapshot } from "./steps.ts";

/** A number in 4 significant digits (fewer when exact), with a true minus sign. */
export function show(x: number | null): string {
  if (x === null) return "—";
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x === 0) return "0";
  const a = Math.abs(x);
  const text = a >= 1e4 || a < 1e-3 ? x.toExponential(2).replace("e+", "e") : String(Number(x.toPrecision(4)));
  return text.replaceAll("-", "−");
}

// How a node is named in a sentence: variables and numbers by themselves, operations quoted.
function ref(node: GraphNode): string {
  return node.kind === "op" ? `“${node.name}”` : node.name;
}

// The arithmetic of one forward step, e.g. "1 + 1.5 = 2.5" or "tanh(1.5) = 0.9051".
function forwardText(g: BuiltGraph, node: GraphNode): string {
  const [a, b] = node.inputs.map((id) => show(g.nodes[id].data));
  const result = show(node.data);
  if (node.op === "+") return `${a} + ${b} = ${result}`;
  if (node.op === "*") return `${a} × ${b} = ${result}`;
  if (node.op.startsWith("^")) return `(${a})^${show(Number(node.op.slice(1)))} = ${result}`;
  return `${node.op}(${a}) = ${result}`;
}

/** One sentence for the status line: the step number, the phase, and what this step did. */
export function statusText(g: BuiltGraph, snap: Snapshot): string {
  const prefix = `Step ${snap.step} of ${snap.total}`;
  if (snap.phase === "start") {
    return `${prefix}: the inputs are set. Next step starts the forward pass.`;
  }
  const node = g.nodes[snap.current as number];
  if (snap.phase === "forward") {
    return `${prefix}, forward pass: ${ref(node)} computes ${forwardText(g, node)}.`;
  }
  if (snap.phase === "seed") {
    return `${prefix}, backward pass: the output's gradient with respect to itself is 1.`;
  }
  const grad = snap.grads[node.id] ?? 0;
  const parts = node.inputs.map((id, k) => {
    const local = localDerivative(g, node, k);
    return `${ref(g.nodes[id])} gets ${show(grad)} × ${show(local)} = ${show(grad * local)}`;
  });
  const done = snap.step === snap.total ? " Done: every node holds ∂output/∂node." : "";
  return `${prefix}, backward pass: ${ref(node)} passes its gradient back; ${parts.join(", ")}.${done}`;
}

/** A description of the whole figure, for its accessible name. */
export function figureLabel(g: BuiltGraph, expr: string): string {
  const ops = g.nodes.filter((n) => n.kind === "op").length;
  return `Computational graph of ${expr}: ${g.nodes.length} nodes, ${ops} of them operations.`;
}

/** The inline error under the expression field, with where the parser stopped. */
export function errorText(message: string, at: number, expr: string): string {
  const where = at < 0 || /position \d+/.test(message) || expr.trim() === "" ? "" : ` (at character ${at + 1})`;
  return `Cannot draw this: ${message.replace(/\.$/, "")}${where}.`;
}
