/**
 * `npm run bench`: @nnbook/nn against jax-js (WebAssembly device) and TensorFlow.js (CPU and
 * WebAssembly backends) on the same seeded work, with issue 16's targets.
 * `npm run bench -- mlp cnn` runs only those workloads. Every engine × workload runs in a fresh `node` process (`bench/case.ts`), so
 * one case's JIT state and garbage cannot slow the next; each does a warm-up, then several
 * rounds, and the table shows medians. A benchmark, never a test: it prints and asserts nothing.
 * It also prints the losses each engine computed from the same initial weights and data, and
 * how far apart they are.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CaseResult } from "./case.ts";

type Engine = "nnbook" | "jax-js" | "tfjs-cpu" | "tfjs-wasm";
const ENGINES: Engine[] = ["nnbook", "jax-js", "tfjs-cpu", "tfjs-wasm"];

interface Workload {
  id: string;
  label: string;
  unit: "GFLOP/s" | "ms";
  rounds: Partial<Record<Engine, number>>;
  /** Engines left out on purpose, with the reason printed in the table. */
  skip?: Partial<Record<Engine, string>>;
  target: { text: string; met: (ours: number, others: Partial<Record<Engine, number>>) => boolean | null };
}

/** nnbook's time ÷ `other`'s (for ms), or `other`'s rate ÷ nnbook's (GFLOP/s), against a bound. */
function ratioTarget(other: Engine, bound: number, unit: "ms" | "GFLOP/s"): Workload["target"] {
  const text = unit === "ms" ? `nnbook ≤ ${bound} × ${other}` : `nnbook ≥ ${bound} × ${other}`;
  return {
    text,
    met: (ours, o) => {
      const theirs = o[other];
      if (theirs === undefined) return null;
      return unit === "ms" ? ours / theirs <= bound : ours / theirs >= bound;
    },
  };
}

// Issue 16's table. Engines × workloads left out take too long to be worth a run.
const WORKLOADS: Workload[] = [
  {
    id: "matmul256", label: "float32 matmul 256×256", unit: "GFLOP/s", rounds: { nnbook: 15, "jax-js": 15, "tfjs-cpu": 15, "tfjs-wasm": 15 },
    target: ratioTarget("tfjs-wasm", 1, "GFLOP/s"),
  },
  {
    id: "matmul1024", label: "float32 matmul 1024×1024", unit: "GFLOP/s", rounds: { nnbook: 5, "jax-js": 5, "tfjs-cpu": 3, "tfjs-wasm": 5 },
    target: ratioTarget("tfjs-wasm", 1, "GFLOP/s"),
  },
  {
    id: "mlp", label: "MLP 784-128-10 epoch (Adam, crossEntropy, 10,000 samples, batch 64)", unit: "ms",
    rounds: { nnbook: 3, "jax-js": 3, "tfjs-wasm": 3 }, skip: { "tfjs-cpu": "skipped (~15 s an epoch)" },
    target: ratioTarget("jax-js", 0.85, "ms"),
  },
  {
    id: "cnn", label: "CNN forward+backward (conv 8@3×3, relu, maxpool 2, dense 10), batch 64 of 28×28", unit: "ms",
    rounds: { nnbook: 20, "jax-js": 10, "tfjs-cpu": 5, "tfjs-wasm": 5 },
    target: ratioTarget("jax-js", 0.25, "ms"),
  },
  {
    id: "digits", label: "digits CNN (Conv2d(1,16,5), ReLU, MaxPool2d(2), Linear) fit, 3 epochs on 8,000 digits", unit: "ms",
    rounds: { nnbook: 1 }, skip: { "jax-js": "not run (nnbook only)", "tfjs-cpu": "not run", "tfjs-wasm": "not run" },
    target: { text: "nnbook ≤ 0.5 × 13,400 ms (the JS path before issue 16), ≥ 97 % held out", met: (ours) => ours <= 6700 },
  },
];

const only = process.argv.slice(2);

const caseFile = fileURLToPath(new URL("./case.ts", import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Run one case in a fresh process; the result, or the reason it failed. */
function runCase(engine: Engine, id: string, rounds: number): CaseResult | string {
  const child = spawnSync(process.execPath, [caseFile, engine, id, String(rounds)], { encoding: "utf8", maxBuffer: 1 << 24 });
  const lines = child.stdout.trim().split("\n");
  if (child.status === 0) return JSON.parse(lines[lines.length - 1]) as CaseResult;
  const error = child.stderr.split("\n").find((l) => /^\w*Error:/.test(l.trim())) ?? `exit code ${child.status}`;
  return `failed: ${error.trim()}`;
}

const fmt = (x: number, unit: string) => (unit === "ms" ? x.toFixed(1) : x.toFixed(2));
const pad = (s: string, n: number) => s.padEnd(n);

const started = performance.now();
console.log(`@nnbook/nn (${process.env.NNBOOK_KERNELS === "js" ? "JavaScript" : "WebAssembly SIMD"} kernels) vs jax-js and TensorFlow.js on Node ${process.version}: medians over rounds, each engine × workload in a fresh process.`);
console.log("Ratios are nnbook's ÷ the other engine's: of times in ms (below 1: nnbook is faster), of GFLOP/s (above 1: nnbook is faster).\n");
const agreement: string[] = [];
const notes = new Set<string>();
for (const w of WORKLOADS.filter((w) => only.length === 0 || only.includes(w.id))) {
  const medians: Partial<Record<Engine, number>> = {};
  const results: Partial<Record<Engine, CaseResult>> = {};
  const cells: string[] = [];
  for (const engine of ENGINES) {
    const rounds = w.rounds[engine];
    if (rounds === undefined) {
      cells.push(`${pad(engine, 10)} ${w.skip?.[engine] ?? "not run"}`);
      continue;
    }
    const r = runCase(engine, w.id, rounds);
    if (typeof r === "string") {
      cells.push(`${pad(engine, 10)} ${r}`);
      continue;
    }
    results[engine] = r;
    if (r.note) notes.add(r.note);
    const m = (medians[engine] = median(r.samples));
    const ours = medians.nnbook;
    const ratio = engine === "nnbook" || ours === undefined ? "" : ours / m;
    cells.push(`${pad(engine, 10)} ${fmt(m, w.unit).padStart(9)} ${w.unit.padEnd(7)} (${rounds} rounds)` +
      (ratio === "" ? "" : `   ratio ${ratio.toFixed(3)}`));
  }
  const ours = medians.nnbook;
  const met = ours === undefined ? null : w.target.met(ours, medians);
  console.log(w.label);
  for (const c of cells) console.log(`  ${c}`);
  console.log(`  target: ${w.target.text} — ${met === null ? "not measured" : met ? "met" : "NOT met"}\n`);
  const base = results.nnbook;
  if (base && Object.keys(base.losses).length > 0) {
    for (const key of Object.keys(base.losses)) {
      const parts = [`nnbook ${base.losses[key].toFixed(6)}`];
      for (const e of ENGINES.slice(1)) {
        const v = results[e]?.losses[key];
        if (v !== undefined) parts.push(`${e} ${v.toFixed(6)} (|diff| ${Math.abs(v - base.losses[key]).toExponential(1)})`);
      }
      agreement.push(`  ${w.id} loss ${pad(key, 9)} ${parts.join(", ")}`);
    }
  }
}
console.log("Do the engines agree? Same initial weights and data; losses (crossEntropy, mean over the batch):");
for (const line of agreement) console.log(line);
console.log(`  mlp: "initial"/"after" are over all 10,000 samples before/after the epoch; "epochMean" is fit's mean batch loss.`);
console.log(`\nData: ${[...notes].join("; ")}.`);
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s.`);
