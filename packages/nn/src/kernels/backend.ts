/**
 * Which kernels run: WebAssembly SIMD where the platform has it, else the JavaScript reference.
 * Both give bit-identical float32 results (the wasm kernels sum in the same order and round the
 * same way), so this choice changes speed only. Tests switch it to run every case on both paths;
 * `NNBOOK_KERNELS=js` in the environment starts a Node process on the JavaScript path.
 */
import { simd, type Simd } from "./wasm/module.ts";

export type KernelPath = "wasm" | "js";

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
let preferred: KernelPath = env?.NNBOOK_KERNELS === "js" ? "js" : "wasm";

/** Prefer `path` from now on (wasm falls back to js where WebAssembly SIMD is missing). */
export function useKernels(path: KernelPath): void {
  preferred = path;
}

/** The path kernels take now. */
export function kernelPath(): KernelPath {
  return preferred === "wasm" && simd ? "wasm" : "js";
}

/** The wasm kernels when they are to run on `values` (float32 storage), else null. */
export function wasmFor(values: ArrayLike<number>): Simd | null {
  return preferred === "wasm" && values instanceof Float32Array ? simd : null;
}
