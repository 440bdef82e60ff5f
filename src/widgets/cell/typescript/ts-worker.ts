/// <reference lib="webworker" />
/**
 * The editor's type worker: the TypeScript language service over the engine's sources, Plot's
 * declarations and the ES lib files, all bundled in as text. It starts when a reader first
 * focuses a cell, and answers completions, hovers and diagnostics for every cell of the page.
 */
import { createCellService, type CellService } from "./service.ts";
import type { TsRequest, TsResponse } from "./protocol.ts";

const files: Record<string, string> = {
  ...import.meta.glob<string>(["/packages/nn/src/**/*.ts", "!**/*.test.ts"], { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob<string>("/node_modules/@observablehq/plot/src/**/*.d.ts", { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob<string>(
    ["/node_modules/typescript6/lib/lib.{es5,decorators,decorators.legacy}.d.ts", "/node_modules/typescript6/lib/lib.es20{15,16,17,18,19,20,21,22,23}*.d.ts", "!**/*.full.d.ts"],
    { query: "?raw", import: "default", eager: true },
  ),
};

let service: CellService | null = null;

function answer(request: TsRequest): unknown {
  service ??= createCellService(files);
  switch (request.op) {
    case "completions": return service.completions(request.cell, request.code, request.pos);
    case "completionDoc": return service.completionDoc(request.cell, request.code, request.pos, request.name, request.source);
    case "quickInfo": return service.quickInfo(request.cell, request.code, request.pos);
    case "diagnostics": return service.diagnostics(request.cell, request.code);
  }
}

self.onmessage = (event: MessageEvent<TsRequest>) => {
  const request = event.data;
  let response: TsResponse;
  try {
    response = { id: request.id, ok: true, value: answer(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
