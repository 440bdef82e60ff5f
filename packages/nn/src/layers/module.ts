import { Tensor } from "../tensor/tensor.ts";

/**
 * Base class of layers and models. A subclass stores its parameters as plain `Tensor` properties
 * and its sub-modules as `Module` properties (or arrays of them); `parameters()` finds both by
 * walking the properties, so there is nothing to register. Tensors that are state but not
 * parameters (BatchNorm's running mean) are declared with `registerBuffer`.
 * Like `torch.nn.Module`; JavaScript objects cannot be called, so call `forward(x)`.
 * Chapter 2, The forward pass.
 */
export abstract class Module {
  /** True in training mode (the default); `eval()` clears it. Dropout and BatchNorm read it. */
  training = true;
  #buffers = new Set<string>();

  /** Compute the module's output. */
  abstract forward(x: Tensor): Tensor;

  /** Direct sub-modules with their names (`"0"`, `"encoder"`, `"blocks.2"`). */
  namedChildren(): Array<[string, Module]> {
    const out: Array<[string, Module]> = [];
    for (const [key, value] of Object.entries(this)) {
      if (value instanceof Module) out.push([key, value]);
      else if (Array.isArray(value)) {
        value.forEach((v: unknown, i) => {
          if (v instanceof Module) out.push([`${key}.${i}`, v]);
        });
      }
    }
    return out;
  }

  /** Every parameter with its dotted path, as in PyTorch: `"0.weight"`, `"0.bias"`, … */
  namedParameters(): Array<[string, Tensor]> {
    const out: Array<[string, Tensor]> = [];
    const seen = new Set<Tensor>(); // a shared tensor counts once
    const visit = (m: Module, prefix: string) => {
      for (const [key, value] of Object.entries(m)) {
        if (value instanceof Tensor && !m.#buffers.has(key) && !seen.has(value)) {
          seen.add(value);
          out.push([prefix + key, value]);
        }
      }
      for (const [name, child] of m.namedChildren()) visit(child, `${prefix}${name}.`);
    };
    visit(this, "");
    return out;
  }

  /** Every parameter of this module and its sub-modules, in definition order: what an optimizer takes. */
  parameters(): Tensor[] {
    return this.namedParameters().map(([, p]) => p);
  }

  /** Store `value` as `this[name]`, as state that is not trained (not in `parameters()`). */
  registerBuffer(name: string, value: Tensor): void {
    this.#buffers.add(name);
    (this as unknown as Record<string, unknown>)[name] = value;
  }

  /** The tensors declared with `registerBuffer`, here and in sub-modules. */
  buffers(): Tensor[] {
    const own = [...this.#buffers].map((k) => (this as unknown as Record<string, unknown>)[k]);
    const mine = own.filter((t): t is Tensor => t instanceof Tensor);
    return [...mine, ...this.namedChildren().flatMap(([, c]) => c.buffers())];
  }

  /** Every buffer with its dotted path, named as parameters are: `"1.runningMean"`, … */
  namedBuffers(): Array<[string, Tensor]> {
    return this.#namedTensors().filter(([, , isBuffer]) => isBuffer).map(([name, t]) => [name, t]);
  }

  /**
   * Parameters and buffers by dotted name, as copies: `{ "0.weight": Float32Array, …,
   * "1.runningMean": … }`, to save a trained model or move weights between models (the shapes come
   * from the model that loads them). Like PyTorch's `state_dict()`. Chapter 10, Practice.
   */
  stateDict(): Record<string, Float32Array> {
    const out: Record<string, Float32Array> = {};
    for (const [name, t] of this.#namedTensors()) out[name] = Float32Array.from(t.data);
    return out;
  }

  /**
   * Copy values from a `stateDict()` into this model's parameters and buffers, in place. Every
   * key must match and every size agree (nothing is written if one does not), unless
   * `{ strict: false }`, which loads the matching keys and returns the others. Like PyTorch's
   * `load_state_dict`. Chapter 10, Practice.
   */
  loadStateDict(
    dict: Record<string, ArrayLike<number>>,
    options: { strict?: boolean } = {},
  ): { missingKeys: string[]; unexpectedKeys: string[] } {
    const { strict = true } = options;
    const where = `loadStateDict (${this.constructor.name})`;
    if (dict === null || typeof dict !== "object") throw new Error(`${where}: expected an object of arrays, got ${String(dict)}`);
    const own = new Map(this.#namedTensors().map(([name, t]) => [name, t] as const));
    const missingKeys = [...own.keys()].filter((k) => !Object.hasOwn(dict, k));
    const unexpectedKeys = Object.keys(dict).filter((k) => !own.has(k));
    const problems: string[] = [];
    if (strict && missingKeys.length > 0) problems.push(`missing keys ${missingKeys.map((k) => `"${k}"`).join(", ")}`);
    if (strict && unexpectedKeys.length > 0) problems.push(`unexpected keys ${unexpectedKeys.map((k) => `"${k}"`).join(", ")}`);
    for (const [name, t] of own) {
      if (!Object.hasOwn(dict, name)) continue;
      const values = dict[name];
      if (values === null || typeof values !== "object" || typeof values.length !== "number") {
        problems.push(`"${name}" is not an array of numbers`);
      } else if (values.length !== t.size) {
        problems.push(`size mismatch for "${name}": the model's is [${t.shape.join(",")}] (${t.size} values), the dict's has ${values.length}`);
      }
    }
    if (problems.length > 0) throw new Error(`${where}: ${problems.join("; ")}`);
    for (const [name, t] of own) if (Object.hasOwn(dict, name)) t.data.set(dict[name]);
    return { missingKeys, unexpectedKeys };
  }

  /** Parameters, then buffers, of each module before its sub-modules (PyTorch's order); shared tensors once. */
  #namedTensors(): Array<[string, Tensor, boolean]> {
    const out: Array<[string, Tensor, boolean]> = [];
    const seen = new Set<Tensor>();
    const visit = (m: Module, prefix: string) => {
      const own = Object.entries(m).filter((e): e is [string, Tensor] => e[1] instanceof Tensor && !seen.has(e[1]));
      for (const isBuffer of [false, true]) {
        for (const [key, t] of own) {
          if (m.#buffers.has(key) !== isBuffer || seen.has(t)) continue;
          seen.add(t);
          out.push([prefix + key, t, isBuffer]);
        }
      }
      for (const [name, child] of m.namedChildren()) visit(child, `${prefix}${name}.`);
    };
    visit(this, "");
    return out;
  }

  /** Set training mode (default) or evaluation mode, here and in every sub-module. */
  train(mode = true): this {
    this.training = mode;
    for (const [, child] of this.namedChildren()) child.train(mode);
    return this;
  }

  /** Evaluation mode: `train(false)`. */
  eval(): this {
    return this.train(false);
  }

  /** Forget every parameter's gradient (`grad = null`), before the next `backward()`. */
  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }

  /** A one-line description of this module's settings, e.g. `inFeatures=2, outFeatures=8`. */
  extraRepr(): string {
    return "";
  }

  /** `Sequential(\n  (0): Linear(inFeatures=2, outFeatures=8, bias=true)\n …)`, like PyTorch. */
  toString(): string {
    const children = this.namedChildren();
    const name = this.constructor.name;
    if (children.length === 0) return `${name}(${this.extraRepr()})`;
    const lines = children.map(([key, c]) => `  (${key}): ${c.toString().replace(/\n/g, "\n  ")}`);
    return `${name}(\n${lines.join("\n")}\n)`;
  }
}
