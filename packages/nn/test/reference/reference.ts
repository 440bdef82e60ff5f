/**
 * Typed access to reference.json, the PyTorch values written by make_reference.py (run it again
 * after changing a case). Tests read the JSON; Python is not needed at test time.
 */
import { readFileSync } from "node:fs";
import { tensor, Tensor } from "../../src/index.ts";

export interface RefTensor {
  shape: number[];
  data: number[];
}

export interface OpCase {
  name: string;
  op: string;
  args: { other?: number; exponent?: number; dim0?: number; dim1?: number; shape?: number[]; axis?: number | number[]; keepDims?: boolean };
  inputs: RefTensor[];
  output: RefTensor;
  upstream: RefTensor;
  grads: RefTensor[];
}

export interface LinearCase {
  name: string;
  weight: RefTensor;
  bias: RefTensor | null;
  input: RefTensor;
  output: RefTensor;
  upstream: RefTensor;
  grads: { weight: RefTensor; bias: RefTensor | null; input: RefTensor };
}

export interface LossCase {
  name: string;
  loss: "mseLoss" | "binaryCrossEntropy";
  reduction: "mean" | "sum";
  pred: RefTensor;
  target: RefTensor;
  value: RefTensor;
  grads: { pred: RefTensor; target: RefTensor | null };
}

/** An optimizer's run on the shared least-squares problem: its steps and PyTorch's answers. */
export interface LeastSquaresRun {
  steps: number;
  X: RefTensor;
  y: RefTensor;
  w0: RefTensor;
  b0: RefTensor;
  losses: number[];
  w: RefTensor;
  b: RefTensor;
}

export interface SGDCase extends LeastSquaresRun {
  name: string;
  options: { lr: number; momentum?: number; dampening?: number; nesterov?: boolean; weightDecay?: number };
}

export interface Reference {
  torch: string;
  ops: OpCase[];
  linear: LinearCase[];
  losses: LossCase[];
  sgd: SGDCase[];
}

export const reference: Reference = JSON.parse(readFileSync(new URL("./reference.json", import.meta.url), "utf8"));

/** Engine float32 against PyTorch float64: relative 1e-4, with a tiny atol for values near 0. */
export const REF_TOLERANCE = { rtol: 1e-4, atol: 1e-6 };

/** A reference tensor as an engine tensor. */
export function toTensor(t: RefTensor, requiresGrad = false): Tensor {
  return tensor(t.data, { shape: t.shape, requiresGrad });
}

/** The op cases for the given op names; fails loudly if the JSON has none (a renamed op). */
export function opCases(...ops: string[]): OpCase[] {
  const cases = reference.ops.filter((c) => ops.includes(c.op));
  for (const op of ops) {
    if (!cases.some((c) => c.op === op)) throw new Error(`reference.json has no cases for ${op}`);
  }
  return cases;
}

/** Apply a reference case's op with the engine, in the form the case's `args` describe. */
export function applyOp(c: OpCase, xs: Tensor[]): Tensor {
  const [a, b] = xs;
  const { args } = c;
  switch (c.op) {
    case "add": return a.add(args.other ?? b);
    case "sub": return a.sub(args.other ?? b);
    case "mul": return a.mul(args.other ?? b);
    case "div": return a.div(args.other ?? b);
    case "pow": return a.pow(args.exponent as number);
    case "neg": return a.neg();
    case "exp": return a.exp();
    case "log": return a.log();
    case "sqrt": return a.sqrt();
    case "abs": return a.abs();
    case "relu": return a.relu();
    case "sigmoid": return a.sigmoid();
    case "tanh": return a.tanh();
    case "matmul": return a.matmul(b);
    case "transpose": return a.transpose(args.dim0, args.dim1);
    case "reshape": return a.reshape(args.shape as number[]);
    case "sum": return a.sum(args.axis, args.keepDims);
    case "mean": return a.mean(args.axis, args.keepDims);
    default: throw new Error(`applyOp: unknown op ${c.op}`);
  }
}
