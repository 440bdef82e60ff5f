// The widget's network and one training step on it, computed by hand with the engine's tensor ops:
// a 2-2-1 network, sigmoid hidden layer, sigmoid output, binary cross-entropy, one example.
// Code is batch-first as in the engine (the example is a row, [1, 2]); the formulas the widget
// shows use columns, as the book's notation does. model.test.ts checks every number here against
// the engine's autograd (.grad after backward()) and optim.SGD.
import { Generator, nn, noGrad, tensor, type Tensor } from "@nnbook/nn";

/** The parameters, as the engine stores them: W [out, in] row-major, b [out]. */
export interface Params {
  /** W⁽¹⁾, [2, 2]: row k holds hidden unit k's weights. */
  readonly W1: readonly number[];
  readonly b1: readonly number[];
  /** W⁽²⁾, [1, 2]. */
  readonly W2: readonly number[];
  readonly b2: readonly number[];
}

/** The order the engine's model.parameters() lists them in, and the attribute writes them in. */
export const PARAM_NAMES = ["W1", "b1", "W2", "b2"] as const;
export const PARAM_COUNT = 9;

/** One training example: x = (x₁, x₂) and its label y (0 or 1). */
export interface Example {
  readonly x: readonly [number, number];
  readonly y: number;
}

/** Everything one training step computes, in the order the widget shows it. */
export interface Trace {
  readonly z1: readonly number[];
  readonly a1: readonly number[];
  readonly z2: number;
  /** a⁽²⁾ = ŷ, the predicted probability that y = 1. */
  readonly a2: number;
  readonly loss: number;
  readonly delta2: number;
  readonly gradW2: readonly number[];
  readonly gradB2: number;
  readonly delta1: readonly number[];
  readonly gradW1: readonly number[];
  readonly gradB1: readonly number[];
  /** The parameters after θ ← θ − η∇θ𝓛. */
  readonly next: Params;
}

/** PyTorch's default initialisation (uniform in ±1/√in), from the engine's seeded generator. */
export function initialParams(seed: number): Params {
  const generator = new Generator(seed);
  const hidden = new nn.Linear(2, 2, { generator });
  const output = new nn.Linear(2, 1, { generator });
  return fromFlat([hidden.weight, hidden.bias!, output.weight, output.bias!].flatMap((t) => [...t.data]));
}

/** The 9 parameters in the order W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾. */
export function toFlat(p: Params): number[] {
  return PARAM_NAMES.flatMap((name) => [...p[name]]);
}

export function fromFlat(values: readonly number[]): Params {
  if (values.length !== PARAM_COUNT) throw new Error(`expected ${PARAM_COUNT} parameters, got ${values.length}`);
  const v = values.map((n) => Math.fround(n)); // the engine's float32
  return { W1: v.slice(0, 4), b1: v.slice(4, 6), W2: v.slice(6, 8), b2: v.slice(8, 9) };
}

const list = (t: Tensor): number[] => [...t.data];

/** One training step by hand: forward, loss, backward (δ and gradients), and the update. */
export function trace(p: Params, example: Example, lr: number): Trace {
  return noGrad(() => {
    const X = tensor([[...example.x]]); // [1, 2]: one example, one row
    const Y = tensor([[example.y]]);
    const W1 = tensor(p.W1, { shape: [2, 2] });
    const W2 = tensor(p.W2, { shape: [1, 2] });
    // forward: z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a row at a time: Z = A Wᵀ + b
    const Z1 = X.matmul(W1.transpose()).add(tensor(p.b1));
    const A1 = Z1.sigmoid();
    const Z2 = A1.matmul(W2.transpose()).add(tensor(p.b2));
    const A2 = Z2.sigmoid();
    const loss = nn.binaryCrossEntropy(A2, Y);
    // backward: for a sigmoid output with BCE, ∂𝓛/∂z⁽²⁾ = a⁽²⁾ − y exactly (the σ' cancels)
    const D2 = A2.sub(Y);
    const GW2 = D2.transpose().matmul(A1); // δ⁽²⁾ a⁽¹⁾ᵀ
    const D1 = D2.matmul(W2).mul(A1.mul(A1.neg().add(1))); // (W⁽²⁾ᵀ δ⁽²⁾) ⊙ σ'(z⁽¹⁾), σ' = a(1 − a)
    const GW1 = D1.transpose().matmul(X); // δ⁽¹⁾ xᵀ
    const grads: Params = { W1: list(GW1), b1: list(D1), W2: list(GW2), b2: list(D2) };
    return {
      z1: list(Z1),
      a1: list(A1),
      z2: Z2.item(),
      a2: A2.item(),
      loss: loss.item(),
      delta2: D2.item(),
      gradW2: grads.W2,
      gradB2: D2.item(),
      delta1: grads.b1,
      gradW1: grads.W1,
      gradB1: grads.b1,
      next: descend(p, grads, lr),
    };
  });
}

/** θ ← θ − η∇θ𝓛, entry by entry, rounded to float32 once, as optim.SGD does. */
export function descend(p: Params, grads: Params, lr: number): Params {
  const step = (name: (typeof PARAM_NAMES)[number]) => p[name].map((w, i) => Math.fround(w - lr * grads[name][i]));
  return { W1: step("W1"), b1: step("b1"), W2: step("W2"), b2: step("b2") };
}
