/**
 * The engine's WebAssembly module: emitted by `assembler.ts` from the kernels' TypeScript source
 * when the engine loads, compiled synchronously (the module is a few hundred bytes, under every
 * browser's limit for synchronous compilation on the main thread: 4 KB in older Chromium, 8 MB
 * now), and instantiated once. Where WebAssembly or its 128-bit SIMD is missing, compilation
 * throws and `simd` is null: the JavaScript kernels run instead and give the same results.
 */
import { assemble } from "./assembler.ts";
import { gemmKernel } from "./gemm.ts";
import { adamKernel } from "./adam.ts";

type Gemm = (a: number, stride: number, b: number, ldb: number, c: number, ldc: number,
  mp: number, np: number, kc: number, first: number) => void;

export interface Simd {
  memory: WebAssembly.Memory;
  gemmRows: Gemm;
  gemmCols: Gemm;
  adam: (theta: number, g: number, m: number, v: number, pairs: number,
    beta1: number, c1: number, beta2: number, c2: number, stepSize: number, bc2Sqrt: number, eps: number) => void;
}

/** The module's bytes (exported for the test that they validate and stay small). */
export function moduleBytes(): Uint8Array {
  return assemble([
    { name: "gemmRows", code: gemmKernel(false) },
    { name: "gemmCols", code: gemmKernel(true) },
    { name: "adam", code: adamKernel() },
  ], 1);
}

function instantiate(): Simd | null {
  if (typeof WebAssembly !== "object") return null;
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes() as Uint8Array<ArrayBuffer>), {});
    return instance.exports as unknown as Simd;
  } catch {
    return null;
  }
}

/** The instantiated kernels, or null where WebAssembly SIMD is unavailable. */
export const simd: Simd | null = instantiate();

let view = new Float32Array(0);

/** The module's memory as float32, grown first to hold at least `floats` values. */
export function heap(s: Simd, floats: number): Float32Array {
  const bytes = floats * 4;
  const have = s.memory.buffer.byteLength;
  if (bytes > have) s.memory.grow(Math.ceil((bytes - have) / 65536));
  if (view.buffer !== s.memory.buffer) view = new Float32Array(s.memory.buffer);
  return view;
}
