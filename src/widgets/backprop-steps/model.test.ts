import { describe, expect, it } from "vitest";
import { Generator, nn, optim, tensor } from "@nnbook/nn";
import {
  DEFAULT_CONFIG,
  LAST_STEP,
  LOSS_STEP,
  STEPS,
  createState,
  currentParams,
  currentTrace,
  iterationNumber,
  lossHistory,
  next,
  previous,
  setLearningRate,
  stepId,
  type BackpropState,
} from "./model.ts";
import { fromFlat, initialParams, toFlat, trace, type Example, type Params } from "./network.ts";

// The same network built from the engine's modules, holding the given parameters.
function engineModel(p: Params) {
  const model = new nn.Sequential(new nn.Linear(2, 2), new nn.Sigmoid(), new nn.Linear(2, 1), new nn.Sigmoid());
  const values = toFlat(p);
  let at = 0;
  for (const param of model.parameters()) {
    param.data = Float32Array.from(values.slice(at, at + param.size));
    at += param.size;
  }
  return model;
}

// Forward, BCE and backward() with the engine's autograd: the reference the hand computation must meet.
function autograd(p: Params, { x, y }: Example) {
  const model = engineModel(p);
  const loss = nn.binaryCrossEntropy(model.forward(tensor([[...x]])), tensor([[y]]));
  loss.backward();
  const grads = model.parameters().map((t) => [...t.grad!.data]);
  return { model, loss: loss.item(), grads: { W1: grads[0], b1: grads[1], W2: grads[2], b2: grads[3] } };
}

const expectClose = (actual: readonly number[], expected: readonly number[], digits = 6) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a, `entry ${i}`).toBeCloseTo(expected[i], digits));
};

const EXAMPLES: Example[] = [DEFAULT_CONFIG.example, { x: [-0.5, 2], y: 0 }, { x: [0.3, -1.2], y: 1 }];

describe("network", () => {
  it("initialParams(seed) is the engine's nn.Linear initialisation from Generator(seed)", () => {
    const g = new Generator(7);
    const hidden = new nn.Linear(2, 2, { generator: g });
    const output = new nn.Linear(2, 1, { generator: g });
    const p = initialParams(7);
    expect(p.W1).toEqual([...hidden.weight.data]);
    expect(p.b1).toEqual([...hidden.bias!.data]);
    expect(p.W2).toEqual([...output.weight.data]);
    expect(p.b2).toEqual([...output.bias!.data]);
    expect(fromFlat(toFlat(p))).toEqual(p);
  });

  it("trace(params, example) computes the forward pass and the loss the engine's modules compute", () => {
    for (const seed of [0, 1, 2]) {
      for (const ex of EXAMPLES) {
        const p = initialParams(seed);
        const t = trace(p, ex, 1);
        const model = engineModel(p);
        const X = tensor([[...ex.x]]);
        expectClose(t.z1, [...model.modules[0].forward(X).data]);
        const a2 = model.forward(X).item();
        expect(t.a2).toBeCloseTo(a2, 6);
        expect(t.loss).toBeCloseTo(-(ex.y * Math.log(a2) + (1 - ex.y) * Math.log(1 - a2)), 5);
        expect(t.a1).toEqual(t.z1.map((z) => expect.closeTo(1 / (1 + Math.exp(-z)), 6)));
      }
    }
  });

  it("trace(params, example) by hand gives the gradients of the engine's autograd (.grad after backward())", () => {
    for (const seed of [0, 1, 2, 3]) {
      for (const ex of EXAMPLES) {
        const p = initialParams(seed);
        const t = trace(p, ex, 1);
        const ref = autograd(p, ex);
        expect(t.loss).toBeCloseTo(ref.loss, 6);
        expectClose(t.gradW1, ref.grads.W1);
        expectClose(t.gradB1, ref.grads.b1);
        expectClose(t.gradW2, ref.grads.W2);
        expectClose([t.gradB2], ref.grads.b2);
      }
    }
  });

  it("δ⁽²⁾ = a⁽²⁾ − y for a sigmoid output with BCE, and ∂𝓛/∂b⁽ˡ⁾ = δ⁽ˡ⁾", () => {
    const t = trace(initialParams(0), DEFAULT_CONFIG.example, 1);
    expect(t.delta2).toBeCloseTo(t.a2 - 1, 6);
    expect(t.gradB2).toBe(t.delta2);
    expect(t.gradB1).toEqual(t.delta1);
    // δ⁽¹⁾ = (W⁽²⁾ᵀ δ⁽²⁾) ⊙ a⁽¹⁾ ⊙ (1 − a⁽¹⁾), and ∂𝓛/∂W⁽¹⁾ = δ⁽¹⁾ xᵀ, ∂𝓛/∂W⁽²⁾ = δ⁽²⁾ a⁽¹⁾ᵀ
    const W2 = initialParams(0).W2;
    expectClose(t.delta1, t.a1.map((a, k) => W2[k] * t.delta2 * a * (1 - a)));
    expectClose(t.gradW1, [0, 1].flatMap((k) => [t.delta1[k] * 1, t.delta1[k] * 0.5]));
    expectClose(t.gradW2, t.a1.map((a) => t.delta2 * a));
  });

  it("trace(params, example, lr).next is what optim.SGD({ lr }).step() makes of the gradients", () => {
    for (const lr of [0.1, 1, 2.5]) {
      for (const ex of EXAMPLES) {
        const p = initialParams(1);
        const ref = autograd(p, ex);
        new optim.SGD(ref.model.parameters(), { lr }).step();
        const stepped = ref.model.parameters().flatMap((t) => [...t.data]);
        expectClose(toFlat(trace(p, ex, lr).next), stepped); // to float32 precision
      }
    }
  });
});

describe("model", () => {
  const walk = (s: BackpropState, n: number) => Array.from({ length: n }).reduce<BackpropState>((acc) => next(acc), s);

  it("createState() starts before the first step of iteration 1, at the seed's weights", () => {
    const s = createState();
    expect(stepId(s)).toBe("start");
    expect(iterationNumber(s)).toBe(1);
    expect(currentParams(s)).toEqual(initialParams(DEFAULT_CONFIG.seed));
    expect(lossHistory(s)).toEqual([]);
  });

  it("next(state) walks forward → loss → backward → update, then starts iteration 2 at the new weights", () => {
    let s = createState();
    const seen = [stepId(s)];
    for (let i = 0; i < LAST_STEP; i++) seen.push(stepId((s = next(s))));
    expect(seen).toEqual([...STEPS]);
    const updated = currentTrace(s).next;
    s = next(s);
    expect([iterationNumber(s), stepId(s)]).toEqual([2, "forward1"]);
    expect(currentParams(s)).toEqual(updated);
  });

  it("a full iteration lowers the loss, and lossHistory(state) shows it", () => {
    const s = walk(createState(), LAST_STEP + LOSS_STEP); // iteration 2, at its loss step
    const history = lossHistory(s);
    expect(history.map((h) => h.iteration)).toEqual([1, 2]);
    expect(history[1].loss).toBeLessThan(history[0].loss);
    expect(lossHistory(previous(s)).map((h) => h.iteration)).toEqual([1]); // iteration 2's loss not yet reached
  });

  it("previous(state) undoes next(state), across iterations, and stops at the start", () => {
    const s = walk(createState(), 12);
    let back = s;
    for (let i = 0; i < 12; i++) back = previous(back);
    expect(back).toEqual(createState());
    expect(previous(back)).toEqual(back);
    expect(previous(next(s))).toEqual(s);
  });

  it("setLearningRate(state, lr) changes the update, not the loss; non-positive rates are ignored", () => {
    const s = walk(createState(), LAST_STEP);
    const slow = setLearningRate(s, 0.1);
    expect(lossHistory(slow)).toEqual(lossHistory(s));
    expect(currentTrace(slow).next).not.toEqual(currentTrace(s).next);
    expect(setLearningRate(s, 0)).toBe(s);
    expect(setLearningRate(s, Number.NaN)).toBe(s);
  });

  it("createState(config, restore) resumes at given weights, step and iteration", () => {
    const params = initialParams(5);
    const s = createState(DEFAULT_CONFIG, { params, step: 4, iteration: 3 });
    expect([iterationNumber(s), stepId(s)]).toEqual([3, "delta2"]);
    expect(lossHistory(s)).toEqual([{ iteration: 3, loss: trace(params, DEFAULT_CONFIG.example, 1).loss }]);
    expect(createState(DEFAULT_CONFIG, { step: 99 }).step).toBe(LAST_STEP);
    expect(createState(DEFAULT_CONFIG, { step: 1.5 }).step).toBe(0);
  });
});
