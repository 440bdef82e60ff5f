/**
 * @nnbook/nn — the small neural-network engine behind nnbook. Names follow PyTorch in camelCase.
 * This file is the one public barrel: whatever it does not export is internal.
 */
export { Tensor } from "./tensor/tensor.ts";
export { tensor, zeros, ones, rand, randn, arange } from "./tensor/create.ts";
export type { TensorOptions, RandomOptions } from "./tensor/create.ts";
export type { Shape } from "./tensor/shape.ts";
export type { NestedArray } from "./tensor/format.ts";
export type { Axis } from "./tensor/reduce.ts";
export type { GradFn } from "./autograd/graph.ts";
export { noGrad, isGradEnabled } from "./autograd/grad-mode.ts";
export { manualSeed, Generator } from "./random.ts";
export { gradcheck } from "./gradcheck.ts";
export { Value } from "./autograd/value.ts";
export type { ValueGraph, ValueNode, ValueEdge } from "./autograd/value.ts";
export type { GradcheckOptions, GradcheckResult } from "./gradcheck.ts";
export { fit } from "./train/fit.ts";
export { NonFiniteLossError } from "./losses/finite.ts";
export type { NonFiniteLoss } from "./losses/finite.ts";
export type { FitOptions, FitModel, History, EpochLog, BatchLog } from "./train/fit.ts";
export { EarlyStopping } from "./train/early-stopping.ts";
export type { EarlyStoppingOptions } from "./train/early-stopping.ts";

export * as nn from "./nn.ts";
export * as optim from "./optim.ts";
export * as data from "./data.ts";
export * as metrics from "./metrics.ts";
export * as init from "./init.ts";
