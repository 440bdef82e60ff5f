// Turns a parsed expression into the engine's scalar Values, runs Value's own backward(), and reads
// the result back through Value.graph(): the nodes the widget draws, with the values and the
// gradients the engine computed.
import { Value } from "@nnbook/nn";
import type { Expr } from "./parser.ts";

/** The figure shows graphs up to this many nodes. */
export const MAX_NODES = 40;

export interface GraphNode {
  /** Position in topological order: every node comes after its inputs. */
  id: number;
  /** "input" for a variable, "constant" for a number, "op" for a computed value. */
  kind: "input" | "constant" | "op";
  /** What the node shows as its name: the variable, the number, or the operation ("+", "×", "tanh", "^2"). */
  name: string;
  /** The engine's op string ("+", "*", "^2", "tanh"…), "" for inputs and constants. */
  op: string;
  /** The value from the forward pass. */
  data: number;
  /** ∂output/∂node, from Value.backward(). */
  grad: number;
  /** Ids of the node's inputs, in the op's order (the same id twice for x·x). */
  inputs: number[];
  /** ∂node/∂inputs[k], the local derivatives the engine's backward() used. */
  locals: number[];
}

export interface BuiltGraph {
  nodes: GraphNode[];
  /** An edge for each input of each op: `from` is the input, `to` the node computed from it. */
  edges: { from: number; to: number; local: number }[];
  /** Id of the output node, always the last one. */
  output: number;
}

const OP_NAMES: Record<string, string> = { "*": "×", "+": "+" };

/** The Value for `expr`, with one shared Value per variable (so x*x uses x twice). */
export function toValue(expr: Expr, values: Readonly<Record<string, number>>): Value {
  const variables = new Map<string, Value>();
  const build = (e: Expr): Value => {
    switch (e.kind) {
      case "number":
        return new Value(e.value, e.text);
      case "variable": {
        let v = variables.get(e.name);
        if (!v) {
          v = new Value(values[e.name] ?? 0, e.name);
          variables.set(e.name, v);
        }
        return v;
      }
      case "negate":
        return build(e.arg).neg();
      case "binary": {
        const l = build(e.left), r = build(e.right);
        return e.op === "+" ? l.add(r) : e.op === "-" ? l.sub(r) : e.op === "*" ? l.mul(r) : l.div(r);
      }
      case "power":
        return build(e.base).pow(e.exponent);
      case "call":
        return build(e.arg)[e.fn]();
    }
  };
  return build(expr);
}

/** The graph of `expr` with its values and gradients, or null when it has more than MAX_NODES nodes. */
export function buildGraph(expr: Expr, values: Readonly<Record<string, number>>): BuiltGraph | { tooLarge: number } {
  const out = toValue(expr, values);
  out.backward();
  const g = out.graph();
  if (g.nodes.length > MAX_NODES) return { tooLarge: g.nodes.length };
  const inputs: number[][] = g.nodes.map(() => []);
  const locals: number[][] = g.nodes.map(() => []);
  for (const e of g.edges) {
    // graph() lists a node's edges in its children's order
    inputs[e.to].push(e.from);
    locals[e.to].push(e.local);
  }
  const nodes = g.nodes.map((n): GraphNode => {
    const kind = n.op !== "" ? "op" : n.label !== "" && !/^[\d.]/.test(n.label) ? "input" : "constant";
    const name = kind === "op" ? OP_NAMES[n.op] ?? n.op : kind === "input" ? n.label : constantName(n.data);
    return { id: n.id, kind, name, op: n.op, data: n.data, grad: n.grad, inputs: inputs[n.id], locals: locals[n.id] };
  });
  return { nodes, edges: g.edges, output: nodes.length - 1 };
}

// A number as the node's name: the engine's own constants (the −1 of a negation) have no label.
function constantName(x: number): string {
  const r = Math.round(x * 1e4) / 1e4;
  return String(r).replace("-", "−");
}
