// Every string the convolution widget shows.
import type { ConvolutionState, Term } from "./model.ts";

const MINUS = "−";
const num = (n: number) => (Math.abs(n) < 5e-5 ? "0" : Number(n.toFixed(3)).toString().replace("-", MINUS));

export const TEXT = {
  title: "Convolution",
  input: "Input",
  kernel: "Kernel (3×3)",
  output: "Feature map (red +, blue −)",
  pooled: "After 2×2 max pooling",
  stride: "Stride",
  padding: "Padding",
  preset: "Kernel preset",
  presets: { identity: "Identity", edges: "Edges", vertical: "Vertical edges", blur: "Blur", sharpen: "Sharpen" },
  ownKernel: "Your own",
  inputs: [...Array.from({ length: 10 }, (_, d) => [String(d), `A handwritten ${d}`] as const), ["grid", "Your 8×8 grid (paint it)"] as const],
  inputLabel: "The input image: tap or drag to paint, or focus it and use the arrow keys and Space",
  mapLabel: "The feature map: point at a pixel, or focus it and use the arrow keys, to see its sum",
  pooledLabel: "The feature map after 2×2 max pooling: point at a pixel, or use the arrow keys, to see its window",
  explore: "Point at a pixel of the feature map (or focus it and use the arrow keys) to see its sum.",
  fallback: "An interactive convolution: an input image, an editable 3×3 kernel, stride and padding, the feature map and its 2×2 max pooling. It needs JavaScript.",
};

/** "output 28×28 → feature map 26×26 (⌊(28 + 2·0 − 3)/1⌋ + 1)" */
export function sizeLine(state: ConvolutionState, side: number): string {
  return `input ${state.size}×${state.size} → feature map ${side}×${side} (⌊(${state.size} + 2·${state.padding} ${MINUS} 3)/${state.stride}⌋ + 1 = ${side})`;
}

/** The arithmetic of one output pixel, z as the chapter writes it: "z[1,2] = 1·0.5 + 0·0.2 + … = 0.7". */
export function sumLine(i: number, j: number, terms: readonly Term[], sum: number): string {
  const parts = terms.map((t) => `${num(t.w)}·${t.inPadding ? "0 (padding)" : num(t.x)}`);
  return `z[${i},${j}] = ${parts.join(" + ")} = ${num(sum)}`;
}

/** "o[2,3] = 1.5, the maximum of its 2×2 window, at feature-map pixel (4, 7); …": o as the chapter writes a pooled output. */
export function poolLine(i: number, j: number, value: number, winner: number, side: number): string {
  return `o[${i},${j}] = ${num(value)}, the maximum of its 2×2 window, at feature-map pixel (${Math.floor(winner / side)}, ${winner % side}); only it gets gradient`;
}
