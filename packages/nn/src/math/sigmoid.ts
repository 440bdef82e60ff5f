/**
 * σ(x) = 1 / (1 + e^{−x}) of one number, computed so e^{…} never overflows: for x < 0 it is
 * e^x / (1 + e^x), which is the same value. The one scalar sigmoid behind `Tensor.sigmoid`,
 * `Value.sigmoid` and `bceWithLogits`'s gradient. Chapter 1, The perceptron; Chapter 3, Losses (stability).
 */
export function stableSigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
