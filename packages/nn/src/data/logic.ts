import type { Tensor } from "../tensor/tensor.ts";
import { tensor } from "../tensor/create.ts";

/** A two-input logic gate as a data set: its truth table. */
export interface Dataset {
  /** Inputs, one example per row: [n, features]. */
  X: Tensor;
  /** Labels 0 or 1: [n]. */
  y: Tensor;
}

/** The four inputs of a two-input gate, in truth-table order. */
const INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]];

function gate(labels: number[]): Dataset {
  return { X: tensor(INPUTS), y: tensor(labels) };
}

/**
 * XOR: y = x_1 ⊕ x_2, labels 0, 1, 1, 0 for (0,0), (0,1), (1,0), (1,1). No line separates the
 * classes, so a single perceptron cannot learn it; one hidden layer can.
 * Chapter 1, The perceptron (XOR).
 */
export function xor(): Dataset {
  return gate([0, 1, 1, 0]);
}

/** AND: y = x_1 ∧ x_2, labels 0, 0, 0, 1. Linearly separable. Chapter 1, The perceptron. */
export function and(): Dataset {
  return gate([0, 0, 0, 1]);
}

/** OR: y = x_1 ∨ x_2, labels 0, 1, 1, 1. Linearly separable. Chapter 1, The perceptron. */
export function or(): Dataset {
  return gate([0, 1, 1, 1]);
}
