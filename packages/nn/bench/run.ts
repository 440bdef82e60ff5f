/**
 * `npm run bench`: how fast the engine is on the book's workloads, as medians over rounds.
 * A benchmark, never a test: it prints numbers and asserts nothing. The comparison with
 * TensorFlow.js on the same seeded work is issue 3's; this measures our engine alone.
 */
import { manualSeed, randn, nn, optim } from "../src/index.ts";

type Case = { name: string; unit: string; rounds: number; run: () => number };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function matmulCase(n: number, rounds: number): Case {
  manualSeed(0);
  const a = randn([n, n]);
  const b = randn([n, n]);
  return {
    name: `matmul ${n}×${n}`,
    unit: "GFLOP/s",
    rounds,
    run: () => {
      const t0 = performance.now();
      a.matmul(b);
      const seconds = (performance.now() - t0) / 1000;
      return (2 * n * n * n) / seconds / 1e9;
    },
  };
}

/** One SGD step (forward, backward, update) of a 784-128-10 MLP on a batch of 64. */
function mlpStepCase(rounds: number): Case {
  manualSeed(0);
  const model = new nn.Sequential(new nn.Linear(784, 128), new nn.ReLU(), new nn.Linear(128, 10));
  const opt = new optim.SGD(model.parameters(), { lr: 0.01 });
  const x = randn([64, 784]);
  const target = randn([64, 10]);
  return {
    name: "MLP 784-128-10 step, batch 64",
    unit: "ms",
    rounds,
    run: () => {
      const t0 = performance.now();
      opt.zeroGrad();
      nn.mseLoss(model.forward(x), target).backward();
      opt.step();
      return performance.now() - t0;
    },
  };
}

const cases = [matmulCase(256, 15), matmulCase(1024, 3), mlpStepCase(30)];
console.log(`@nnbook/nn benchmarks on Node ${process.version} (median of rounds, after one warm-up)`);
for (const c of cases) {
  c.run(); // warm-up: let the JIT compile the kernels
  const results = Array.from({ length: c.rounds }, () => c.run());
  console.log(`  ${c.name.padEnd(34)} ${median(results).toFixed(2).padStart(9)} ${c.unit}  (${c.rounds} rounds)`);
}
