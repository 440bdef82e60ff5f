import { Tensor } from "../tensor/tensor.ts";

/** Assigned in Optimizer's static block, which alone can reach the private rate (declared first: TDZ). */
let writeScheduledLr: (opt: Optimizer, value: number) => void;

/**
 * Base of the optimizers: holds the parameters and the learning rate, and clears gradients.
 * A subclass implements `step()`, the update rule. Like `torch.optim.Optimizer` (one parameter
 * group for now). Chapter 6, Optimizers.
 */
export abstract class Optimizer {
  readonly params: readonly Tensor[];
  readonly #name: string;
  #lr = 0;

  constructor(name: string, params: Iterable<Tensor>, lr: number) {
    this.#name = name;
    if (params instanceof Object && "parameters" in params && typeof params.parameters === "function") {
      throw new Error(`${name}: expected a list of parameters, got a module — pass model.parameters()`);
    }
    if (params === null || typeof params !== "object" || !(Symbol.iterator in params)) {
      throw new Error(`${name}: expected a list of parameters (e.g. model.parameters()), got ${String(params)}`);
    }
    this.params = [...params];
    if (this.params.length === 0) throw new Error(`${name}: got an empty parameter list`);
    this.params.forEach((p, i) => {
      if (!(p instanceof Tensor)) throw new Error(`${name}: parameter ${i} is not a Tensor (got ${typeof p})`);
    });
    this.lr = lr;
  }

  /** The current learning rate η, a positive finite number; a schedule may change it between steps. */
  get lr(): number {
    return this.#lr;
  }
  set lr(value: number) {
    this.#lr = checkNumber(this.#name, "lr", value, (v) => v > 0, "a positive finite number");
  }

  static {
    // Schedules write the rate through here: a cosine schedule reaches exactly etaMin, which may be 0.
    writeScheduledLr = (opt, value) => {
      opt.#lr = checkNumber(opt.#name, "scheduled lr", value, (v) => v >= 0, "a finite number >= 0");
    };
  }

  /** Forget every parameter's gradient (`grad = null`), before the next `backward()`. */
  zeroGrad(): void {
    for (const p of this.params) p.grad = null;
  }

  /** Update every parameter that has a gradient, in place. */
  abstract step(): void;
}

/** Set `opt.lr` from a learning-rate schedule, which (unlike a user) may set it to 0. Internal. */
export function setScheduledLr(opt: Optimizer, value: number): void {
  writeScheduledLr(opt, value);
}

/** Validate a numeric hyperparameter, naming the optimizer and the option in the error. */
export function checkNumber(
  op: string,
  name: string,
  value: unknown,
  ok: (v: number) => boolean,
  expected: string,
): number {
  if (typeof value !== "number" || !Number.isFinite(value) || !ok(value)) {
    throw new Error(`${op}: ${name} must be ${expected}, got ${String(value)}`);
  }
  return value;
}
