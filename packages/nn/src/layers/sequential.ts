import type { Tensor } from "../tensor/tensor.ts";
import { Module } from "./module.ts";

/**
 * Modules applied one after another: forward(x) = f_n(… f_2(f_1(x))). Their parameters are named
 * `"0.weight"`, `"0.bias"`, `"2.weight"`… by position, as in PyTorch.
 * Chapter 2, The forward pass (a network as a stack of layers).
 */
export class Sequential extends Module {
  readonly modules: readonly Module[];

  constructor(...modules: Module[]) {
    super();
    modules.forEach((m, i) => {
      if (!(m instanceof Module)) {
        const hint = typeof m === "function" ? " — did you forget `new`?" : "";
        throw new Error(`Sequential: argument ${i} is not a module (got ${typeof m})${hint}`);
      }
    });
    this.modules = modules;
  }

  forward(x: Tensor): Tensor {
    return this.modules.reduce((h, m) => m.forward(h), x);
  }

  override namedChildren(): Array<[string, Module]> {
    return this.modules.map((m, i) => [String(i), m]);
  }

  /** The module at `index` (negative counts from the end). */
  at(index: number): Module | undefined {
    return this.modules.at(index);
  }

  /** How many modules the container holds. */
  get length(): number {
    return this.modules.length;
  }

  [Symbol.iterator](): Iterator<Module> {
    return this.modules[Symbol.iterator]();
  }
}
