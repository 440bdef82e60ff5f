/**
 * Typed access to conv.json, the PyTorch values for Conv2d and MaxPool2d written by make_conv.py
 * (run it again after changing a case). Tests read the JSON; Python is not needed at test time.
 */
import { readFileSync } from "node:fs";
import type { RefTensor } from "./reference.ts";

export interface Conv2dCase {
  name: string;
  inChannels: number;
  outChannels: number;
  kernelSize: number;
  stride: number;
  padding: number;
  input: RefTensor;
  weight: RefTensor;
  bias: RefTensor | null;
  output: RefTensor;
  upstream: RefTensor;
  grads: { input: RefTensor; weight: RefTensor; bias: RefTensor | null };
}

export interface MaxPool2dCase {
  name: string;
  kernelSize: number;
  stride: number;
  input: RefTensor;
  output: RefTensor;
  upstream: RefTensor;
  grads: { input: RefTensor };
}

export interface ConvReference {
  torch: string;
  conv2d: Conv2dCase[];
  maxPool2d: MaxPool2dCase[];
}

export const convReference: ConvReference = JSON.parse(readFileSync(new URL("./conv.json", import.meta.url), "utf8"));
