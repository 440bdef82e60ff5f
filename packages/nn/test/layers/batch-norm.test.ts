import { describe, expect, test } from "vitest";
import "../setup.ts";
import { gradcheck, nn, tensor, type Tensor } from "../../src/index.ts";
import { REF_TOLERANCE, toTensor } from "../reference/reference.ts";
import { optimLayersReference } from "../reference/optim-layers.ts";
import { GRADCHECK } from "../reference/ops.ts";

const X = [[1, -2, 0.5], [0.5, 1.5, -1], [-1.25, 0.25, 2], [2, -0.5, 0.75]];

describe("BatchNorm1d", () => {
  for (const c of optimLayersReference.batchNorm1d) {
    test(`${c.name}: 3 training steps then eval match PyTorch (output, gradients, running statistics)`, () => {
      const bn = new nn.BatchNorm1d(3, c.options);
      if (c.weight && c.bias) {
        bn.weight!.data = Float32Array.from(c.weight.data);
        bn.bias!.data = Float32Array.from(c.bias.data);
      }
      for (const [k, s] of c.steps.entries()) {
        bn.train(s.training);
        bn.zeroGrad();
        const x = toTensor(s.input, true);
        const y = bn.forward(x);
        expect(y, `output at step ${k}`).toBeAllclose(s.output, REF_TOLERANCE);
        y.backward(toTensor(s.upstream));
        expect(x.grad, `input grad at step ${k}`).toBeAllclose(s.grads.input, REF_TOLERANCE);
        if (s.grads.weight) expect(bn.weight?.grad, `weight grad at step ${k}`).toBeAllclose(s.grads.weight, REF_TOLERANCE);
        if (s.grads.bias) expect(bn.bias?.grad, `bias grad at step ${k}`).toBeAllclose(s.grads.bias, REF_TOLERANCE);
        expect(bn.runningMean, `running mean after step ${k}`).toBeAllclose(s.runningMean, REF_TOLERANCE);
        expect(bn.runningVar, `running var after step ${k}`).toBeAllclose(s.runningVar, REF_TOLERANCE);
      }
    });
  }

  for (const [mode, affine] of [["training", true], ["training", false], ["eval", true]] as const) {
    test(`new BatchNorm1d(3, { affine: ${affine} }).forward(x) passes gradcheck in ${mode} mode`, () => {
      const bn = new nn.BatchNorm1d(3, { affine });
      bn.runningMean.data = Float32Array.of(0.5, -0.25, 1);
      bn.runningVar.data = Float32Array.of(2, 0.5, 1.5);
      bn.train(mode === "training");
      const inputs = [tensor(X), tensor([1.5, -0.5, 0.75]), tensor([0.1, 0.2, -0.3])];
      const fn = (x: Tensor, w: Tensor, b: Tensor) => {
        if (bn.weight && bn.bias) [bn.weight, bn.bias] = [w, b];
        return bn.forward(x);
      };
      const result = gradcheck(fn, affine ? inputs : inputs.slice(0, 1), GRADCHECK);
      expect(result.ok, result.message).toBe(true);
    });
  }

  test("new BatchNorm1d(n) starts at weight 1, bias 0, running mean 0 and running var 1; buffers are not parameters", () => {
    const bn = new nn.BatchNorm1d(2);
    expect([bn.weight?.toArray(), bn.bias?.toArray(), bn.runningMean.toArray(), bn.runningVar.toArray()]).toEqual([[1, 1], [0, 0], [0, 0], [1, 1]]);
    expect(bn.parameters()).toEqual([bn.weight, bn.bias]);
    expect(bn.buffers()).toEqual([bn.runningMean, bn.runningVar]);
    expect(new nn.BatchNorm1d(2, { affine: false }).parameters()).toEqual([]);
  });

  test("forward(x) in training normalises each feature to mean 0 and (biased) variance 1", () => {
    const y = new nn.BatchNorm1d(3).forward(tensor(X));
    expect(y.mean(0)).toBeAllclose([0, 0, 0], { atol: 1e-6 });
    expect(y.pow(2).mean(0)).toBeAllclose([1, 1, 1], { rtol: 1e-4 });
  });

  test("forward(x) rejects a wrong shape, and a batch of 1 in training", () => {
    const bn = new nn.BatchNorm1d(3);
    expect(() => bn.forward(tensor([[1, 2]]))).toThrow("BatchNorm1d(3): expected input of shape [batch, 3], got [1,2]");
    expect(() => bn.forward(tensor([1, 2, 3]))).toThrow("BatchNorm1d(3): expected input of shape [batch, 3], got [3]");
    expect(() => bn.forward(tensor([[1, 2, 3]]))).toThrow("BatchNorm1d(3): training needs more than 1 value per feature, got input [1,3]");
    expect(bn.eval().forward(tensor([[1, 2, 3]])).shape).toEqual([1, 3]);
  });

  test("new BatchNorm1d(n, options) rejects bad numFeatures, eps and momentum", () => {
    expect(() => new nn.BatchNorm1d(0)).toThrow("BatchNorm1d: numFeatures must be a positive integer, got 0");
    expect(() => new nn.BatchNorm1d(3, { eps: 0 })).toThrow("BatchNorm1d: eps must be a positive finite number, got 0");
    expect(() => new nn.BatchNorm1d(3, { momentum: 1.5 })).toThrow("BatchNorm1d: momentum must be a number in [0, 1], got 1.5");
  });

  test("toString() shows the settings", () => {
    expect(String(new nn.BatchNorm1d(4))).toBe("BatchNorm1d(4, eps=0.00001, momentum=0.1, affine=true)");
  });
});
