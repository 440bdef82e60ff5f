/** One node of `Value.graph()`: what a widget needs to draw it. */
export interface ValueNode {
  /** Position in topological order (inputs before the values computed from them). */
  id: number;
  label: string;
  data: number;
  grad: number;
  /** The op that made the value (`"+"`, `"*"`, `"tanh"`…), or `""` for an input. */
  op: string;
}

/** An edge of `Value.graph()`: the value `from` is an input of the value `to`. */
export interface ValueEdge {
  from: number;
  to: number;
  /** ∂to/∂from, the local derivative the op's backward rule multiplies the gradient by. */
  local: number;
}

export interface ValueGraph {
  nodes: ValueNode[];
  edges: ValueEdge[];
}

/**
 * A scalar that records how it was computed, so `backward()` can apply the chain rule by hand:
 * micrograd-sized autograd for learning what `Tensor` does in bulk. Each op computes its value
 * and sets, right there, its local derivatives ∂out/∂child; `backward()` adds grad · local into
 * each child, and `graph()` shows the same locals on its edges.
 * `new Value(2, "a").mul(new Value(-3, "b")).tanh()`. Numbers are float64 (plain JS numbers).
 * Like karpathy/micrograd's `Value`. Chapter 4, Backpropagation (scalar autograd).
 */
export class Value {
  data: number;
  /** ∂(the value `backward()` was called on)/∂this; 0 before. */
  grad = 0;
  /** A name to show in the graph (`""` unless given; set it on results too: `e.label = "e"`). */
  label: string;
  /** The op that produced this value, `""` for an input. */
  readonly op: string;
  /** The values this one was computed from. */
  readonly children: readonly Value[];
  /** ∂this/∂children[k] for each child, from the values at backward time. */
  #local: () => readonly number[] = () => [];

  constructor(data: number, label = "", op = "", children: readonly Value[] = []) {
    if (typeof data !== "number") throw new Error(`Value: data must be a number, got ${typeof data}`);
    this.data = data;
    this.label = label;
    this.op = op;
    this.children = children;
  }

  /** a + b; ∂/∂a = ∂/∂b = 1. */
  add(other: Value | number): Value {
    const b = asValue("add", other);
    const out = new Value(this.data + b.data, "", "+", [this, b]);
    out.#local = () => [1, 1];
    return out;
  }

  /** a · b; ∂/∂a = b, ∂/∂b = a. */
  mul(other: Value | number): Value {
    const b = asValue("mul", other);
    const out = new Value(this.data * b.data, "", "*", [this, b]);
    out.#local = () => [b.data, this.data];
    return out;
  }

  /** a^p for a number p; ∂/∂a = p a^{p−1}. */
  pow(p: number): Value {
    if (typeof p !== "number") throw new Error(`Value.pow: exponent must be a number (not a Value), got ${typeof p}`);
    const out = new Value(this.data ** p, "", `^${p}`, [this]);
    out.#local = () => [p === 0 ? 0 : p * this.data ** (p - 1)];
    return out;
  }

  /** e^a; ∂/∂a = e^a. */
  exp(): Value {
    const out = new Value(Math.exp(this.data), "", "exp", [this]);
    out.#local = () => [out.data];
    return out;
  }

  /** ln a; ∂/∂a = 1/a. */
  log(): Value {
    const out = new Value(Math.log(this.data), "", "log", [this]);
    out.#local = () => [1 / this.data];
    return out;
  }

  /** tanh a; ∂/∂a = 1 − tanh² a. */
  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = new Value(t, "", "tanh", [this]);
    out.#local = () => [1 - t * t];
    return out;
  }

  /** max(0, a); ∂/∂a = 1 for a > 0, else 0. */
  relu(): Value {
    const out = new Value(this.data > 0 ? this.data : 0, "", "relu", [this]);
    out.#local = () => [this.data > 0 ? 1 : 0];
    return out;
  }

  /** σ(a) = 1 / (1 + e^{−a}); ∂/∂a = σ(a)(1 − σ(a)). */
  sigmoid(): Value {
    const x = this.data;
    const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    const out = new Value(s, "", "sigmoid", [this]);
    out.#local = () => [s * (1 - s)];
    return out;
  }

  /** −a, built as a · (−1). */
  neg(): Value {
    return this.mul(-1);
  }

  /** a − b, built as a + (−b). */
  sub(other: Value | number): Value {
    return this.add(asValue("sub", other).neg());
  }

  /** a / b, built as a · b^{−1}. */
  div(other: Value | number): Value {
    return this.mul(asValue("div", other).pow(-1));
  }

  /**
   * Fill in `grad` of every value this one depends on: set this one's to 1, then visit the graph
   * in reverse topological order, each node adding grad · (local derivative) into its children.
   * A value used twice gets both contributions (the chain rule summed over paths). As with
   * tensors, computed values restart from 0 on every call while inputs (values with no `op`)
   * accumulate across calls; call `zeroGrad()` between steps.
   */
  backward(): void {
    const order = topologicalOrder(this);
    for (const v of order) if (v.op !== "") v.grad = 0;
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i].#propagate();
  }

  // The chain rule at one node: each child gets this node's gradient times ∂this/∂child.
  #propagate(): void {
    const local = this.#local();
    this.children.forEach((child, k) => {
      child.grad += local[k] * this.grad;
    });
  }

  /** Set `grad` to 0 for this value and everything it depends on. */
  zeroGrad(): void {
    for (const v of topologicalOrder(this)) v.grad = 0;
  }

  /**
   * The graph below this value, for drawing: nodes in topological order (each after its inputs;
   * `id` is the position) and an edge from each input to the value computed from it, with the
   * local derivative ∂to/∂from that `backward()` uses on it.
   */
  graph(): ValueGraph {
    const order = topologicalOrder(this);
    const id = new Map(order.map((v, i) => [v, i]));
    const nodes = order.map((v, i) => ({ id: i, label: v.label, data: v.data, grad: v.grad, op: v.op }));
    const edges = order.flatMap((v, i) => {
      const local = v.#local();
      return v.children.map((c, k) => ({ from: id.get(c) as number, to: i, local: local[k] }));
    });
    return { nodes, edges };
  }

  /** `Value(data=…, grad=…, label=…)`, as micrograd's `__repr__`. Chapter 4, Backpropagation. */
  toString(): string {
    return `Value(data=${this.data}, grad=${this.grad}${this.label ? `, label=${this.label}` : ""})`;
  }
}

function asValue(op: string, x: Value | number): Value {
  if (x instanceof Value) return x;
  if (typeof x === "number") return new Value(x);
  throw new Error(`Value.${op}: expected a Value or a number, got ${x === null ? "null" : typeof x}`);
}

/** Every value `root` depends on, each after its children (iterative, so long chains fit). */
function topologicalOrder(root: Value): Value[] {
  const order: Value[] = [];
  const visited = new Set<Value>([root]);
  const stack: Array<[Value, number]> = [[root, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [v, next] = top;
    if (next < v.children.length) {
      top[1] = next + 1;
      const c = v.children[next];
      if (!visited.has(c)) {
        visited.add(c);
        stack.push([c, 0]);
      }
    } else {
      stack.pop();
      order.push(v);
    }
  }
  return order;
}
