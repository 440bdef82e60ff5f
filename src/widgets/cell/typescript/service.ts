/**
 * The TypeScript language service behind the cell editor: completions, hover documentation and
 * type errors for a cell, against the engine's own sources and Plot's declarations, all held as
 * virtual files. Pure: no DOM, no worker; ts-worker.ts runs it off the page's thread.
 */
import ts from "typescript6";
import { CELL_GLOBALS, D3_STUB } from "./globals.ts";
import { CELL_MODULES } from "~/runtime/cell-scope.ts";

/** Where the virtual files live: absolute paths, as a bundler's glob names them. */
export const ENGINE_ENTRY = "/packages/nn/src/index.ts";
export const PLOT_ENTRY = "/node_modules/@observablehq/plot/src/index.d.ts";
const LIB_DIR = "/node_modules/typescript6/lib/";
const GLOBALS_FILE = "/cell-globals.d.ts";
const D3_FILE = "/d3-stub.d.ts";
const CELL_DIR = "/cells/";

export type Completion = { label: string; kind: string; sortText: string; source?: string };
export type CompletionList = { from: number; options: Completion[] };
export type Doc = { signature: string; documentation: string; tags: { name: string; text: string }[] };
export type QuickInfo = Doc & { from: number; to: number };
export type Diagnostic = { from: number; to: number; severity: "error" | "warning" | "info"; message: string };

export type CellService = {
  completions(cell: string, code: string, pos: number): CompletionList | null;
  completionDoc(cell: string, code: string, pos: number, name: string, source?: string): Doc | null;
  quickInfo(cell: string, code: string, pos: number): QuickInfo | null;
  diagnostics(cell: string, code: string): Diagnostic[];
};

const IDENTIFIER_CHAR = /[\w$]/;

/** The modules a cell may import: the runtime's list, resolved by `paths` below. */
export const EDITOR_MODULES: readonly string[] = CELL_MODULES;
/** TypeScript's "cannot find module" codes, whose advice (install @types/…) does not apply to a cell. */
const MISSING_MODULE_CODES = new Set([2307, 2591, 2792, 7016]);

/**
 * A language service over `files` (path → text): the engine's sources under /packages/nn/src,
 * Plot's .d.ts under /node_modules/@observablehq/plot, the ES lib files under
 * /node_modules/typescript6/lib. Each cell is a module file of its own, named by the cell's id.
 */
export function createCellService(files: Record<string, string>): CellService {
  const texts = new Map<string, string>(Object.entries(files));
  texts.set(GLOBALS_FILE, CELL_GLOBALS);
  texts.set(D3_FILE, D3_STUB);
  const versions = new Map<string, number>();
  const cells = new Set<string>();

  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force, // a cell is a module even without imports: top-level await
    lib: ["lib.es2023.d.ts"],
    types: [],
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    paths: { "@nnbook/nn": [ENGINE_ENTRY], "@observablehq/plot": [PLOT_ENTRY], d3: [D3_FILE] },
  };

  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [GLOBALS_FILE, ...cells],
    getScriptVersion: (path) => String(versions.get(path) ?? 0),
    getScriptSnapshot: (path) => {
      const text = texts.get(path);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => "/",
    getDefaultLibFileName: () => `${LIB_DIR}lib.d.ts`,
    fileExists: (path) => texts.has(path),
    readFile: (path) => texts.get(path),
    directoryExists: (path) => {
      const dir = path.endsWith("/") ? path : `${path}/`;
      for (const name of texts.keys()) if (name.startsWith(dir)) return true;
      return false;
    },
    getDirectories: () => [],
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());

  /** Brings the cell's file up to date with the editor and returns its path. */
  function sync(cell: string, code: string): string {
    const path = `${CELL_DIR}${cell.replace(/[^\w-]/g, "_")}.ts`;
    cells.add(path);
    if (texts.get(path) !== code) {
      texts.set(path, code);
      versions.set(path, (versions.get(path) ?? 0) + 1);
    }
    return path;
  }

  return {
    completions(cell, code, pos) {
      const path = sync(cell, code);
      const result = service.getCompletionsAtPosition(path, pos, { includeCompletionsWithInsertText: true });
      if (!result) return null;
      let from = pos;
      while (from > 0 && IDENTIFIER_CHAR.test(code[from - 1]!)) from--;
      const options = result.entries
        .filter((entry) => !entry.name.startsWith("__")) // the runtime's hooks and lib internals
        .map((entry) => ({ label: entry.name, kind: entry.kind, sortText: entry.sortText, ...(entry.source ? { source: entry.source } : {}) }));
      return { from, options };
    },

    completionDoc(cell, code, pos, name, source) {
      const path = sync(cell, code);
      const details = service.getCompletionEntryDetails(path, pos, name, undefined, source, undefined, undefined);
      return details ? toDoc(details.displayParts, details.documentation, details.tags) : null;
    },

    quickInfo(cell, code, pos) {
      const path = sync(cell, code);
      const info = service.getQuickInfoAtPosition(path, pos);
      if (!info) return null;
      return { from: info.textSpan.start, to: info.textSpan.start + info.textSpan.length, ...toDoc(info.displayParts, info.documentation, info.tags) };
    },

    diagnostics(cell, code) {
      const path = sync(cell, code);
      const found = [...service.getSyntacticDiagnostics(path), ...service.getSemanticDiagnostics(path)];
      return found.map((d) => {
        const from = d.start ?? 0;
        const to = Math.min(code.length, from + Math.max(d.length ?? 0, 1));
        const span = code.slice(from, to);
        const missingModule = MISSING_MODULE_CODES.has(d.code) && /^["'].*["']$/.test(span);
        return {
          from,
          to,
          severity: d.category === ts.DiagnosticCategory.Error ? "error" : d.category === ts.DiagnosticCategory.Warning ? "warning" : "info",
          message: missingModule
            ? `Cannot import ${span}: a cell can import ${EDITOR_MODULES.map((m) => `"${m}"`).join(", ")}.`
            : ts.flattenDiagnosticMessageText(d.messageText, "\n"),
        };
      });
    },
  };
}

function toDoc(parts: ts.SymbolDisplayPart[] | undefined, documentation: ts.SymbolDisplayPart[] | undefined, tags: ts.JSDocTagInfo[] | undefined): Doc {
  return {
    signature: ts.displayPartsToString(parts),
    documentation: ts.displayPartsToString(documentation),
    tags: (tags ?? []).map((tag) => ({ name: tag.name, text: ts.displayPartsToString(tag.text) })),
  };
}
