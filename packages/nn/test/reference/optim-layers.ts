/**
 * Typed access to optim_layers.json, the PyTorch values written by make_optim_layers.py (run it
 * again after changing a case): optimizers, schedules, clipGradNorm, BatchNorm1d and Dropout.
 */
import { readFileSync } from "node:fs";
import type { LeastSquaresRun, RefTensor } from "./reference.ts";

export interface OptimizerCase extends LeastSquaresRun {
  name: string;
  optimizer: "Adam" | "AdamW" | "RMSprop" | "Adagrad";
  options: {
    lr: number; betas?: [number, number]; eps?: number; weightDecay?: number; amsgrad?: boolean;
    alpha?: number; momentum?: number; centered?: boolean; lrDecay?: number; initialAccumulatorValue?: number;
  };
}

export interface ScheduleCase {
  name: string;
  schedule: "StepLR" | "ExponentialLR" | "CosineAnnealingLR" | "LinearLR";
  lr: number;
  options: {
    stepSize?: number; gamma?: number; tMax?: number; etaMin?: number;
    startFactor?: number; endFactor?: number; totalIters?: number;
  };
  epochs: number;
  /** lrs[k]: the rate in epoch k — lrs[0] before any `step()`, then one after each. */
  lrs: number[];
  /** For CosineAnnealingLR and LinearLR: PyTorch's `_get_closed_form_lr` at each epoch. */
  closedForm?: number[];
}

export interface ClipCase {
  name: string;
  maxNorm: number;
  normType: number | "Infinity";
  grads: RefTensor[];
  totalNorm: number;
  clipped: RefTensor[];
}

export interface BatchNormStep {
  training: boolean;
  input: RefTensor;
  output: RefTensor;
  upstream: RefTensor;
  grads: { input: RefTensor; weight: RefTensor | null; bias: RefTensor | null };
  /** The running statistics after this step. */
  runningMean: RefTensor;
  runningVar: RefTensor;
}

export interface BatchNormCase {
  name: string;
  options: { eps?: number; momentum?: number; affine?: boolean };
  weight: RefTensor | null;
  bias: RefTensor | null;
  /** Three training steps, then one in eval mode. */
  steps: BatchNormStep[];
}

export interface DropoutCase {
  name: string;
  p: number;
  input: RefTensor;
  output: RefTensor;
}

export interface OptimLayersReference {
  torch: string;
  optimizers: OptimizerCase[];
  schedules: ScheduleCase[];
  clipGradNorm: ClipCase[];
  batchNorm1d: BatchNormCase[];
  dropout: DropoutCase[];
}

export const optimLayersReference: OptimLayersReference = JSON.parse(
  readFileSync(new URL("./optim_layers.json", import.meta.url), "utf8"),
);
