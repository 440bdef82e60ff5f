import { describe, expect, test } from "vitest";
import "../setup.ts";
import { tensor, Tensor, zeros } from "../../src/index.ts";
import { topologicalOrder } from "../../src/autograd/backward.ts";

describe("backward", () => {
  test("backward() applies the chain rule through shared nodes (micrograd's sanity check)", () => {
    // y = (x·2 + x)², x = 3: dy/dx = 2(3x)·3 = 54.
    const x = tensor(3, { requiresGrad: true });
    const z = x.mul(2).add(x);
    z.mul(z).backward();
    expect(x.grad?.item()).toBe(54);
  });

  test("backward() on a non-scalar without a gradient names the shape", () => {
    const y = zeros([2, 3], { requiresGrad: true }).mul(2);
    expect(() => y.backward()).toThrow("backward: output has shape [2,3]; pass a gradient of that shape, or reduce it to one value first");
  });

  test("backward(grad) checks the gradient's shape", () => {
    const y = zeros([2, 3], { requiresGrad: true }).mul(2);
    expect(() => y.backward(zeros(3))).toThrow("backward: gradient must be a tensor of shape [2,3], got [3]");
  });

  test("backward() on a tensor that does not require grad says why", () => {
    expect(() => tensor(1).mul(2).backward()).toThrow("backward: this tensor does not require grad");
  });

  test("backward() accumulates into leaves across calls, like PyTorch, until grad is reset", () => {
    const w = tensor([1, 2], { requiresGrad: true });
    w.mul(3).sum().backward();
    w.mul(3).sum().backward();
    expect(w.grad?.toArray()).toEqual([6, 6]);
    w.grad = null;
    w.mul(3).sum().backward();
    expect(w.grad as Tensor | null).toBeAllclose([3, 3]);
  });

  test("backward() twice on one graph adds the leaf gradient twice, without double-counting intermediates", () => {
    const x = tensor(2, { requiresGrad: true });
    const h = x.mul(x); // intermediate
    const y = h.mul(3);
    y.backward();
    y.backward();
    expect(h.grad?.item()).toBe(3); // this pass's value, kept for inspection
    expect(x.grad?.item()).toBe(24); // 2 × (3 · 2x)
  });

  test("backward() handles a chain 20000 ops deep without overflowing the stack", () => {
    const x = tensor(1, { requiresGrad: true });
    let y = x;
    for (let i = 0; i < 20000; i++) y = y.mul(1);
    y.backward();
    expect(x.grad?.item()).toBe(1);
  });

  test("topologicalOrder(root) lists every input before the tensors computed from it", () => {
    const a = tensor(1, { requiresGrad: true }), b = tensor(2, { requiresGrad: true });
    const c = a.mul(b), d = c.add(a), e = d.mul(c);
    const order = topologicalOrder(e);
    expect(order).toHaveLength(5);
    for (const t of order) for (const input of t.gradFn?.inputs ?? []) expect(order.indexOf(input)).toBeLessThan(order.indexOf(t));
    expect(order.at(-1)).toBe(e);
  });
});
