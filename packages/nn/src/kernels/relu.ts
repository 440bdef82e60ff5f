/**
 * ReLU's forward and backward loops, kept out of the generic `unary` op (whose shared loop calls
 * a different closure for every op and so cannot be inlined): ReLU sits after every hidden layer.
 *   y = x > 0 ? x : 0          ∂x = ∂y · (x > 0 ? 1 : 0)   (the same values as `unary` gives)
 * Chapter 2, The forward pass (activations).
 */
export function reluForward(x: Float32Array, y: Float32Array): void {
  for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
}

export function reluBackward(x: Float32Array, gy: Float32Array, gx: Float32Array): void {
  for (let i = 0; i < gy.length; i++) gx[i] = gy[i] * (x[i] > 0 ? 1 : 0);
}
