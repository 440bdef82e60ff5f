/**
 * A small WebAssembly assembler: the engine's wasm kernels are written as TypeScript that emits
 * their bytes when the engine loads (the approach jax-js takes), so the repository holds their
 * source and no binary, there is no build step, and Node, the page, the cell worker and the
 * widgets all run the same bytes. Only what the kernels use is here: i32 and f32/f64 scalars,
 * 128-bit SIMD, structured loops, one exported memory.
 *
 * Format: https://webassembly.github.io/spec/core/binary/ (LEB128 integers, sections by id).
 */

export type ValueType = "i32" | "f32" | "f64" | "v128";
const TYPE_BYTE: Record<ValueType, number> = { i32: 0x7f, f32: 0x7d, f64: 0x7c, v128: 0x7b };

function unsigned(n: number, out: number[]): void {
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
}

function signed(n: number, out: number[]): void {
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

/** A local variable (parameters come first) by index. */
export type Local = number;

/**
 * One function's body, written op by op in stack order. Method names follow the text format
 * (`f32x4_add` is `f32x4.add`). Memory ops take a byte offset added to the address on the stack.
 */
export class Code {
  readonly bytes: number[] = [];
  readonly locals: ValueType[] = [];
  readonly params: ValueType[];
  constructor(params: ValueType[]) {
    this.params = params;
  }

  /** A new local of `type`. */
  local(type: ValueType): Local {
    this.locals.push(type);
    return this.params.length + this.locals.length - 1;
  }

  get(l: Local): this { return this.op(0x20).u(l); }
  set(l: Local): this { return this.op(0x21).u(l); }
  tee(l: Local): this { return this.op(0x22).u(l); }
  i32(n: number): this { this.bytes.push(0x41); signed(n | 0, this.bytes); return this; }
  i32_add(): this { return this.op(0x6a); }
  i32_sub(): this { return this.op(0x6b); }
  i32_mul(): this { return this.op(0x6c); }
  i32_lt_u(): this { return this.op(0x49); }
  i32_eqz(): this { return this.op(0x45); }

  /** local += step (an i32). */
  addTo(l: Local, step: Local | number, constant = false): this {
    this.get(l);
    if (constant) this.i32(step);
    else this.get(step);
    return this.i32_add().set(l);
  }

  /** `do { body } while (counter < limit)`, counter an i32 local stepped by 1 after each pass. */
  doWhile(counter: Local, limit: Local, body: () => void): this {
    this.op(0x03).op(0x40); // loop with no result
    body();
    this.addTo(counter, 1, true).get(counter).get(limit).i32_lt_u();
    return this.op(0x0d).u(0).op(0x0b); // br_if 0 (back to the loop's start), end
  }

  /** `if (top of stack) { then } else { otherwise }`. */
  ifElse(then: () => void, otherwise?: () => void): this {
    this.op(0x04).op(0x40);
    then();
    if (otherwise) {
      this.op(0x05);
      otherwise();
    }
    return this.op(0x0b);
  }

  f32_load(offset = 0): this { return this.op(0x2a).mem(2, offset); }
  f32_store(offset = 0): this { return this.op(0x38).mem(2, offset); }
  f64_load(offset = 0): this { return this.op(0x2b).mem(3, offset); }
  f64_store(offset = 0): this { return this.op(0x39).mem(3, offset); }

  v128_load(offset = 0): this { return this.simd(0x00).mem(4, offset); }
  v128_store(offset = 0): this { return this.simd(0x0b).mem(4, offset); }
  /** Load one float32 and copy it into all four lanes. */
  v128_load32_splat(offset = 0): this { return this.simd(0x09).mem(2, offset); }
  v128_zero(): this { this.simd(0x0c); for (let i = 0; i < 16; i++) this.bytes.push(0); return this; }
  /** Load two float32 (8 bytes) and widen them to the two float64 lanes. */
  f64x2_load_f32x2(offset = 0): this { return this.simd(0x5d).mem(3, offset).simd(0x5f); }
  /** Narrow the two float64 lanes to float32 (round to nearest) and store those 8 bytes. */
  f64x2_store_f32x2(offset = 0): this { this.simd(0x5e).simd(0x5b).mem(3, offset); this.bytes.push(0); return this; }
  f64x2_splat(): this { return this.simd(0x14); }
  f64x2_add(): this { return this.simd(0xf0); }
  f64x2_sub(): this { return this.simd(0xf1); }
  f64x2_mul(): this { return this.simd(0xf2); }
  f64x2_div(): this { return this.simd(0xf3); }
  f64x2_sqrt(): this { return this.simd(0xef); }
  f32x4_splat(): this { return this.simd(0x13); }
  f32x4_add(): this { return this.simd(0xe4); }
  f32x4_mul(): this { return this.simd(0xe6); }
  f32x4_max(): this { return this.simd(0xe9); }

  private op(byte: number): this { this.bytes.push(byte); return this; }
  private u(n: number): this { unsigned(n, this.bytes); return this; }
  private simd(code: number): this { this.bytes.push(0xfd); unsigned(code, this.bytes); return this; }
  private mem(align: number, offset: number): this { unsigned(align, this.bytes); unsigned(offset, this.bytes); return this; }
}

/** A function to export: its name and its code (parameters are in `code.params`; no results). */
export interface Export {
  name: string;
  code: Code;
}

function section(id: number, body: number[], out: number[]): void {
  out.push(id);
  unsigned(body.length, out);
  for (const b of body) out.push(b);
}

function vector(items: number[][]): number[] {
  const out: number[] = [];
  unsigned(items.length, out);
  for (const item of items) for (const b of item) out.push(b);
  return out;
}

/** The bytes of a module exporting `functions` and a memory called "memory" of `pages` × 64 KiB. */
export function assemble(functions: Export[], pages: number): Uint8Array {
  const types = functions.map(({ code }) => {
    const t = [0x60];
    unsigned(code.params.length, t);
    for (const p of code.params) t.push(TYPE_BYTE[p]);
    t.push(0); // no results
    return t;
  });
  const name = (s: string) => {
    const b: number[] = [];
    unsigned(s.length, b);
    for (let i = 0; i < s.length; i++) b.push(s.charCodeAt(i));
    return b;
  };
  const bodies = functions.map(({ code }) => {
    const body: number[] = [];
    unsigned(code.locals.length, body); // one run of one local per entry: simple, a few bytes more
    for (const l of code.locals) body.push(1, TYPE_BYTE[l]);
    for (const b of code.bytes) body.push(b);
    body.push(0x0b);
    const sized: number[] = [];
    unsigned(body.length, sized);
    return sized.concat(body);
  });
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  section(1, vector(types), out);
  section(3, vector(functions.map((_, i) => { const b: number[] = []; unsigned(i, b); return b; })), out);
  const memory = [1, 0x00];
  unsigned(pages, memory);
  section(5, memory, out);
  const exports = functions.map((f, i) => { const b = name(f.name); b.push(0x00); unsigned(i, b); return b; });
  exports.push([...name("memory"), 0x02, 0]);
  section(7, vector(exports), out);
  section(10, vector(bodies), out);
  return Uint8Array.from(out);
}
