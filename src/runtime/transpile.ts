import { transform } from "sucrase";
import { parse, type Node } from "acorn";
import { loopGuardEdits, walk } from "./loop-guard.ts";
import { applyEdits, type Edit } from "./edits.ts";
import { columnMap, type ColumnMap } from "./error-location.ts";

import { CELL_MODULES } from "./cell-scope.ts";
export { CELL_MODULES };

/** A problem in the reader's code found before it runs, at the reader's own line. */
export class CellSyntaxError extends Error {
  line: number | undefined;
  column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = "SyntaxError";
    this.line = line;
    this.column = column;
  }
}

type AnyNode = Node & Record<string, any>;

/**
 * Turns a cell's TypeScript into the body of an async function:
 * types stripped (sucrase keeps line numbers), imports turned into `__import(…)` lookups,
 * the last expression passed to `__show(…)`, and a `__guard(line)` call in every loop.
 * Every edit keeps the line structure, so errors point at the reader's own lines.
 */
export function transpileCell(source: string): string {
  return transpileCellMapped(source).code;
}

/** `transpileCell`, with the map that turns a runtime error's column back into the reader's. */
export function transpileCellMapped(source: string): { code: string; column: ColumnMap } {
  let js: string;
  let mappings: string;
  try {
    const result = transform(source, {
      transforms: ["typescript"], disableESTransforms: true, keepUnusedImports: true,
      filePath: "cell.ts", sourceMapOptions: { compiledFilename: "cell.js" },
    });
    js = result.code;
    mappings = result.sourceMap?.mappings ?? "";
  } catch (error) {
    throw toSyntaxError(error);
  }
  let program: AnyNode;
  try {
    program = parse(js, { ecmaVersion: "latest", sourceType: "module", locations: true, allowAwaitOutsideFunction: true }) as AnyNode;
  } catch (error) {
    throw toSyntaxError(error);
  }
  const edits: Edit[] = [];
  for (const statement of program.body as AnyNode[]) edits.push(...topLevelEdits(js, statement));
  const last = (program.body as AnyNode[]).at(-1);
  if (last?.type === "ExpressionStatement") {
    edits.push({ at: last.expression.start, insert: "__show((" }, { at: last.expression.end, insert: "))" });
  }
  // import(…) would load code from anywhere, past the worker's sandbox: a cell imports at the top
  walk(program, (node) => {
    if (node.type === "ImportExpression") throw new CellSyntaxError(`A cell cannot import(…) at run time: import from ${CELL_MODULES.map((m) => `"${m}"`).join(" or ")} at the top.`, node.loc!.start.line, node.loc!.start.column + 1);
  });
  edits.push(...loopGuardEdits(program));
  const code = applyEdits(js, edits);
  return { code, column: columnMap(code, js, edits, mappings) };
}

function topLevelEdits(js: string, node: AnyNode): Edit[] {
  if (node.type === "ImportDeclaration") {
    const from = node.source.value as string;
    if (!(CELL_MODULES as readonly string[]).includes(from)) {
      throw new CellSyntaxError(`Cannot import "${from}": a cell can import ${CELL_MODULES.map((m) => `"${m}"`).join(", ")}.`, node.loc!.start.line);
    }
    const newlines = "\n".repeat(js.slice(node.start, node.end).split("\n").length - 1);
    return [{ at: node.start, remove: node.end - node.start, insert: importAsLookup(node, from) + newlines }];
  }
  if (node.type === "ExportNamedDeclaration" && node.declaration) {
    return [{ at: node.start, remove: node.declaration.start - node.start, insert: "" }];
  }
  if (node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration" || node.type === "ExportAllDeclaration") {
    throw new CellSyntaxError("A cell does not export: its last expression is what it shows.", node.loc!.start.line);
  }
  return [];
}

function importAsLookup(node: AnyNode, from: string): string {
  const module = `__import(${JSON.stringify(from)})`;
  const parts: string[] = [];
  const named: string[] = [];
  for (const spec of node.specifiers as AnyNode[]) {
    if (spec.type === "ImportNamespaceSpecifier") parts.push(`const ${spec.local.name} = ${module};`);
    else if (spec.type === "ImportDefaultSpecifier") parts.push(`const ${spec.local.name} = ${module}.default;`);
    else {
      const imported = spec.imported.type === "Identifier" ? spec.imported.name : JSON.stringify(spec.imported.value);
      named.push(imported === spec.local.name ? imported : `${imported}: ${spec.local.name}`);
    }
  }
  if (named.length > 0) parts.push(`const { ${named.join(", ")} } = ${module};`);
  return parts.join(" ");
}

function toSyntaxError(error: unknown): CellSyntaxError {
  const err = error as { message?: string; loc?: { line: number; column: number }; raisedAt?: number };
  const message = readerWords(String(err.message ?? error).replace(/\s*\(\d+:\d+\)\s*$/, ""));
  if (!err.loc) return new CellSyntaxError(message);
  // acorn (which sets raisedAt) counts columns from 0, sucrase from 1; the reader counts from 1.
  return new CellSyntaxError(message, err.loc.line, err.loc.column + (err.raisedAt === undefined ? 0 : 1));
}

/** The parsers' messages in the reader's words: no "Error transforming cell.ts", which names a toolchain step. */
export function readerWords(message: string): string {
  const plain = message.replace(/^Error transforming [^:]*:\s*/, "");
  if (/^Unexpected token$/.test(plain)) return "This code cannot be read here: a symbol is missing or out of place (a bracket, a comma, a value after =?).";
  return plain;
}
