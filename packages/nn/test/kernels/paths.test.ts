import { afterEach, describe, expect, test } from "vitest";
import { Generator, Tensor, manualSeed, nn, optim } from "../../src/index.ts";
import { kernelPath, useKernels, type KernelPath } from "../../src/kernels/backend.ts";
import { gemm, gemmNT, gemmTN } from "../../src/kernels/matmul.ts";
import { moduleBytes } from "../../src/kernels/wasm/module.ts";

/** `run()` on the WebAssembly path and on the JavaScript path. */
function onBothPaths<T>(run: () => T): Record<KernelPath, T> {
  useKernels("wasm");
  const wasm = run();
  useKernels("js");
  const js = run();
  return { wasm, js };
}

afterEach(() => useKernels("wasm"));

const gen = new Generator(11);
const random = (n: number) => Float32Array.from({ length: n }, () => gen.normal());

describe("kernels on both paths", () => {
  test("the WebAssembly SIMD module is emitted, small enough to compile synchronously anywhere, and used in Node", () => {
    const bytes = moduleBytes();
    expect(WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>)).toBe(true);
    expect(bytes.length).toBeLessThan(4096); // Chromium's old limit for sync compile on the main thread
    useKernels("wasm");
    expect(kernelPath()).toBe("wasm");
    useKernels("js");
    expect(kernelPath()).toBe("js");
  });

  // MLP and CNN shapes of the book, odd sizes, and depths across several 256-deep passes
  const SIZES: Array<[number, number, number]> = [[1, 1, 1], [5, 3, 9], [64, 784, 128], [64, 128, 10], [10, 64, 128], [67, 600, 33], [8, 9, 676]];
  for (const [m, k, n] of SIZES) {
    test(`gemm, gemmTN, gemmNT(a, b, ${m}, ${k}, ${n}) give the same bits on wasm and js`, () => {
      const a = random(m * k), b = random(k * n);
      for (const f of [gemm, gemmTN, gemmNT]) {
        const { wasm, js } = onBothPaths(() => [...f(a, b, m, k, n)]);
        expect(wasm).toEqual(js);
      }
    });
  }

  test("a seeded CNN and MLP train to the same weights on wasm and js", () => {
    const train = () => {
      manualSeed(5);
      const model = new nn.Sequential(
        new nn.Conv2d(1, 4, 3), new nn.ReLU(), new nn.MaxPool2d(2), new nn.Flatten(),
        new nn.Linear(4 * 5 * 5, 16), new nn.ReLU(), new nn.Linear(16, 3),
      );
      const opt = new optim.Adam(model.parameters(), { lr: 1e-2 });
      const data = new Generator(9);
      const x = new Tensor(Float32Array.from({ length: 8 * 12 * 12 }, () => data.normal()), [8, 1, 12, 12]);
      const y = new Tensor(Float32Array.from({ length: 8 }, () => data.randint(3)), [8]);
      for (let step = 0; step < 5; step++) {
        opt.zeroGrad();
        nn.crossEntropy(model.forward(x), y).backward();
        opt.step();
      }
      return model.parameters().map((p) => [...p.data]);
    };
    const { wasm, js } = onBothPaths(train);
    expect(wasm).toEqual(js);
  });
});
