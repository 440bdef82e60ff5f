// The chapter's network and what the widget reads from it, without the DOM: Conv2d(1, 16, 5),
// ReLU, MaxPool2d(2), Flatten, Linear(2304, 10), its class probabilities for one 28×28 image, and
// its first layer's kernels and feature maps for that image.
import { manualSeed, nn, noGrad, tensor, type Tensor } from "@nnbook/nn";
import { SIDE } from "./preprocess.ts";

export const KERNELS = 16;
export const KERNEL = 5;
/** Side of a first-layer feature map: 28 − 5 + 1. */
export const MAP = SIDE - KERNEL + 1;

/** The chapter's CNN, its weights drawn from the engine's generator seeded with `seed`. */
export function createModel(seed: number): nn.Sequential {
  manualSeed(seed);
  return new nn.Sequential(
    new nn.Conv2d(1, KERNELS, KERNEL), new nn.ReLU(), new nn.MaxPool2d(2),
    new nn.Flatten(), new nn.Linear(KERNELS * (MAP / 2) ** 2, 10),
  );
}

function image(pixels: ArrayLike<number>): Tensor {
  return tensor(Float32Array.from(pixels), { shape: [1, 1, SIDE, SIDE] });
}

/** The ten class probabilities (softmax of the logits) for a 28×28 image. */
export function probabilities(model: nn.Sequential, pixels: ArrayLike<number>): number[] {
  model.eval();
  const logits = noGrad(() => model.forward(image(pixels)));
  return [...logits.softmax(1).data];
}

export interface FirstLayer {
  /** KERNELS kernels of KERNEL×KERNEL weights, row by row. */
  kernels: Float32Array[];
  /** KERNELS feature maps of MAP×MAP, after the ReLU (what max pooling reads). */
  maps: Float32Array[];
}

/** The first convolution's kernels, and its feature maps (after ReLU) for a 28×28 image. */
export function firstLayer(model: nn.Sequential, pixels: ArrayLike<number>): FirstLayer {
  const conv = model.at(0) as nn.Conv2d;
  const out = noGrad(() => model.at(1)!.forward(conv.forward(image(pixels))));
  const w = conv.weight.data, size = KERNEL * KERNEL, area = MAP * MAP;
  return {
    kernels: Array.from({ length: KERNELS }, (_, k) => w.slice(k * size, (k + 1) * size)),
    maps: Array.from({ length: KERNELS }, (_, k) => Float32Array.from(out.data.subarray(k * area, (k + 1) * area))),
  };
}
