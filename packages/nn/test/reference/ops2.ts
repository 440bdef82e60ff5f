/**
 * Typed access to ops2.json, the PyTorch values written by make_ops2.py (max/min/argmax,
 * softmax/logSoftmax, leakyRelu, clamp, narrow/slice/indexSelect/flatten, crossEntropy,
 * bceWithLogits, the penalties, and `Value`), and the two checks every op case gets.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, Tensor } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor, type RefTensor } from "./reference.ts";
import { GRADCHECK } from "./ops.ts";

export interface Op2Case {
  name: string;
  op: string;
  args: {
    axis?: number; keepDims?: boolean; slope?: number; min?: number; max?: number; dim?: number; start?: number;
    length?: number; end?: number; indices?: number[]; startDim?: number; endDim?: number;
  };
  inputs: RefTensor[];
  output: RefTensor;
  /** False for ops without a gradient (argmax) and cases at a kink (ties, clamp bounds). */
  gradcheck: boolean;
  upstream: RefTensor | null;
  grads: RefTensor[] | null;
}

export interface Loss2Case {
  name: string;
  loss: "crossEntropy" | "bceWithLogits";
  reduction: "mean" | "sum" | "none";
  pred: RefTensor;
  /** Class indices (as floats) for crossEntropy, targets for bceWithLogits. */
  target: RefTensor;
  value: RefTensor;
  upstream: RefTensor | null;
  grads: { pred: RefTensor; target: RefTensor | null };
}

export interface PenaltyCase {
  name: string;
  penalty: "l1Penalty" | "l2Penalty";
  params: RefTensor[];
  value: RefTensor;
  grads: RefTensor[];
}

export interface ValueCase {
  name: string;
  inputs: Record<string, number>;
  output: number;
  grads: Record<string, number>;
}

export interface Ops2Reference {
  torch: string;
  ops: Op2Case[];
  losses: Loss2Case[];
  penalties: PenaltyCase[];
  values: ValueCase[];
}

export const ops2: Ops2Reference = JSON.parse(readFileSync(new URL("./ops2.json", import.meta.url), "utf8"));

/** The op cases for the given op names; fails loudly if the JSON has none (a renamed op). */
export function op2Cases(...ops: string[]): Op2Case[] {
  const cases = ops2.ops.filter((c) => ops.includes(c.op));
  for (const op of ops) if (!cases.some((c) => c.op === op)) throw new Error(`ops2.json has no cases for ${op}`);
  return cases;
}

/** Apply a case's op with the engine, in the form its `args` describe. */
export function applyOp2(c: Op2Case, a: Tensor): Tensor {
  const { args } = c;
  switch (c.op) {
    case "max": return a.max(args.axis, args.keepDims);
    case "min": return a.min(args.axis, args.keepDims);
    case "argmax": return a.argmax(args.axis, args.keepDims);
    case "argmin": return a.argmin(args.axis, args.keepDims);
    case "softmax": return a.softmax(args.axis);
    case "logSoftmax": return a.logSoftmax(args.axis);
    case "leakyRelu": return a.leakyRelu(args.slope);
    case "clamp": return a.clamp(args.min, args.max);
    case "narrow": return a.narrow(args.dim as number, args.start as number, args.length as number);
    case "slice": return a.slice(args.start, args.end);
    case "indexSelect": return a.indexSelect(args.dim as number, args.indices as number[]);
    case "flatten": return a.flatten(args.startDim, args.endDim);
    default: throw new Error(`applyOp2: unknown op ${c.op}`);
  }
}

/** Forward and input gradient against PyTorch, and a finite-difference gradcheck away from kinks. */
export function testOps2AgainstReference(...ops: string[]): void {
  for (const c of op2Cases(...ops)) {
    test(`${c.name} matches PyTorch${c.grads ? ": output and input gradient" : ""}`, () => {
      const x = toTensor(c.inputs[0], true);
      const out = applyOp2(c, x);
      expect(out).toBeAllclose(c.output, REF_TOLERANCE);
      if (c.upstream === null || c.grads === null) {
        expect(out.requiresGrad).toBe(false);
        return;
      }
      out.backward(toTensor(c.upstream));
      expect(x.grad).toBeAllclose(c.grads[0], REF_TOLERANCE);
    });
    if (c.gradcheck) {
      test(`${c.name} passes gradcheck`, () => {
        const result = gradcheck((x) => applyOp2(c, x), [toTensor(c.inputs[0])], GRADCHECK);
        expect(result.ok, result.message).toBe(true);
      });
    }
  }
}
