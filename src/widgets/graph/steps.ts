// The forward and backward passes one node at a time. Step 0 has only the inputs; each of the next
// F steps computes one op node in topological order; then one step seeds ∂out/∂out = 1, and each of
// the last F steps takes one op node, in reverse order, and passes its gradient, times the op's local
// derivative, into each of its inputs. Pure: a snapshot is a function of the graph and the step.
import type { BuiltGraph, GraphNode } from "./build.ts";

export type Phase = "start" | "forward" | "seed" | "backward";

export interface Snapshot {
  step: number;
  /** The last step; stepping past it does nothing. */
  total: number;
  phase: Phase;
  /** Each node's value once the forward pass has reached it, else null. */
  values: (number | null)[];
  /** Each node's gradient so far (partial while contributions are still arriving), else null. */
  grads: (number | null)[];
  /** The node this step computed, or whose gradient it passed back; null at step 0. */
  current: number | null;
  /** Indices into graph.edges of the edges this step used. */
  edges: number[];
}

const opNodes = (g: BuiltGraph) => g.nodes.filter((n) => n.kind === "op");

/** Number of the last step: F forward steps, the seed, F backward steps (F = op nodes). */
export function totalSteps(g: BuiltGraph): number {
  return 2 * opNodes(g).length + 1;
}

/**
 * ∂node/∂(its k-th input): the local derivative the engine's Value used in backward(), as
 * Value.graph() reports it (the widget does not restate Value's rules).
 */
export function localDerivative(_g: BuiltGraph, node: GraphNode, k: number): number {
  return node.locals[k];
}

/** The state of both passes after `step` steps (clamped to 0…total). */
export function snapshot(g: BuiltGraph, step: number): Snapshot {
  const ops = opNodes(g);
  const total = 2 * ops.length + 1;
  const s = Math.max(0, Math.min(total, Math.round(step)));
  const values = g.nodes.map((n) => (n.kind === "op" ? null : n.data));
  const grads: (number | null)[] = g.nodes.map(() => null);
  const F = ops.length;
  for (let i = 0; i < Math.min(s, F); i++) values[ops[i].id] = ops[i].data;
  if (s > F) grads[g.output] = 1;
  for (let i = 0; i < s - F - 1; i++) {
    const node = ops[F - 1 - i];
    const g0 = grads[node.id] ?? 0;
    node.inputs.forEach((from, k) => {
      grads[from] = (grads[from] ?? 0) + g0 * localDerivative(g, node, k);
    });
  }
  let phase: Phase = "start";
  let current: number | null = null;
  if (s >= 1 && s <= F) {
    phase = "forward";
    current = ops[s - 1].id;
  } else if (s === F + 1) {
    phase = "seed";
    current = g.output;
  } else if (s > F + 1) {
    phase = "backward";
    current = ops[F - 1 - (s - F - 2)].id;
  }
  const edges = phase === "forward" || phase === "backward" ? edgesInto(g, current as number) : [];
  return { step: s, total, phase, values, grads, current, edges };
}

function edgesInto(g: BuiltGraph, id: number): number[] {
  const out: number[] = [];
  g.edges.forEach((e, i) => {
    if (e.to === id) out.push(i);
  });
  return out;
}
