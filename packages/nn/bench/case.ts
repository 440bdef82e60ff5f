/**
 * One benchmark case in this (fresh) process: `node bench/case.ts <engine> <case> <rounds>`,
 * engine `nnbook | jax-js | tfjs-cpu | tfjs-wasm`, case `matmul256 | matmul1024 | mlp | cnn | digits`
 * (`digits` on nnbook only).
 * Prints one JSON line, a `CaseResult`. `bench/run.ts` spawns it once per engine and case.
 */
export interface CaseResult {
  /** One measurement per round: GFLOP/s for matmul, milliseconds otherwise. */
  samples: number[];
  /** Losses to compare across engines (same weights, same data). */
  losses: Record<string, number>;
  /** Where the data came from. */
  note?: string;
}

const [engine, name, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
const impl = engine === "nnbook" ? await import("./nnbook.ts") : engine === "jax-js" ? await import("./jax.ts") : await import("./tfjs.ts");
if (engine === "tfjs-cpu" || engine === "tfjs-wasm") {
  const tfjs = await import("./tfjs.ts");
  await tfjs.useBackend(engine === "tfjs-cpu" ? "cpu" : "wasm");
} else if (engine !== "nnbook" && engine !== "jax-js") {
  throw new Error(`bench case: unknown engine ${engine}`);
}
let result: CaseResult;
if (name === "matmul256") result = impl.matmul(256, rounds);
else if (name === "matmul1024") result = impl.matmul(1024, rounds);
else if (name === "mlp") result = await impl.mlp(rounds);
else if (name === "cnn") result = impl.cnn(rounds);
else if (name === "digits" && engine === "nnbook") result = await (await import("./digits.ts")).digits(rounds);
else throw new Error(`bench case: unknown case ${name}`);
console.log(JSON.stringify(result));
