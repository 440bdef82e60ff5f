// The convolution widget's state and arithmetic: the engine's Conv2d and MaxPool2d compute every
// output; this file only sets their weights and explains one output pixel's sum. No DOM.
import { nn, noGrad, tensor, type Tensor } from "@nnbook/nn";

/** A 3×3 kernel, row by row. */
export type Kernel = readonly number[];

export const PRESETS = {
  identity: [0, 0, 0, 0, 1, 0, 0, 0, 0],
  edges: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
  vertical: [1, 0, -1, 2, 0, -2, 1, 0, -1],
  blur: Array(9).fill(1 / 9) as number[],
  sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0],
} as const satisfies Record<string, Kernel>;
export type PresetName = keyof typeof PRESETS;

export interface ConvolutionState {
  /** Side of the square input image, in pixels. */
  readonly size: number;
  /** The input, size × size, row by row, grey levels in [0, 1]. */
  readonly input: readonly number[];
  readonly kernel: Kernel;
  readonly stride: number;
  readonly padding: number;
}

/** The input as a [1, 1, size, size] batch. */
function image(state: ConvolutionState): Tensor {
  return tensor(Float32Array.from(state.input), { shape: [1, 1, state.size, state.size] });
}

/** The feature map: the engine's Conv2d(1, 1, 3) with the state's kernel, stride and padding, no bias. */
export function featureMap(state: ConvolutionState): { side: number; values: number[] } {
  const conv = new nn.Conv2d(1, 1, 3, { stride: state.stride, padding: state.padding, bias: false });
  conv.weight.data = Float32Array.from(state.kernel);
  const out = noGrad(() => conv.forward(image(state)));
  return { side: out.shape[2], values: [...out.data] };
}

/** One term of an output pixel's sum: input pixel (row, col), possibly in the zero padding. */
export interface Term {
  row: number;
  col: number;
  inPadding: boolean;
  x: number;
  w: number;
}

/** The 9 input pixels under output pixel (i, j) and their weights: y = Σ w·x (cross-correlation). */
export function receptiveField(state: ConvolutionState, i: number, j: number): { terms: Term[]; sum: number } {
  const terms: Term[] = [];
  for (let u = 0; u < 3; u++) {
    for (let v = 0; v < 3; v++) {
      const row = i * state.stride - state.padding + u, col = j * state.stride - state.padding + v;
      const inPadding = row < 0 || col < 0 || row >= state.size || col >= state.size;
      terms.push({ row, col, inPadding, x: inPadding ? 0 : state.input[row * state.size + col], w: state.kernel[u * 3 + v] });
    }
  }
  return { terms, sum: terms.reduce((s, t) => s + t.w * t.x, 0) };
}

/**
 * 2×2 max pooling of the feature map with the engine, and for each pooled pixel the index in the
 * feature map of its window's winner, read from the gradient backward() routes to it.
 */
export function pooled(state: ConvolutionState): { side: number; values: number[]; winners: number[] } {
  const map = featureMap(state);
  if (map.side < 2) return { side: 0, values: [], winners: [] };
  const x = tensor(Float32Array.from(map.values), { shape: [1, 1, map.side, map.side], requiresGrad: true });
  const y = new nn.MaxPool2d(2).forward(x);
  const winners: number[] = [];
  for (let k = 0; k < y.size; k++) {
    x.grad = null;
    const pick = new Float32Array(y.size);
    pick[k] = 1;
    y.mul(tensor(pick, { shape: y.shape })).sum().backward();
    winners.push(x.grad!.data.indexOf(1));
  }
  return { side: y.shape[2], values: [...y.data], winners };
}

/** A new state with pixel (row, col) set to `value` (painting); out-of-range is ignored. */
export function paint(state: ConvolutionState, row: number, col: number, value: number): ConvolutionState {
  if (row < 0 || col < 0 || row >= state.size || col >= state.size) return state;
  const input = [...state.input];
  input[row * state.size + col] = Math.min(1, Math.max(0, value));
  return { ...state, input };
}

/** A small grid to paint on: a plus sign on black. */
export function blankGrid(size = 8): number[] {
  const mid = Math.floor(size / 2);
  return Array.from({ length: size * size }, (_, k) => (Math.floor(k / size) === mid || k % size === mid ? 1 : 0));
}
