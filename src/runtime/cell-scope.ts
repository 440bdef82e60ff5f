/**
 * What a cell can name without defining it, said once: the modules it may import, and the
 * globals the runtime hands it. The runtime (transpile.ts, execute.ts) enforces and provides
 * these; the editor's type checker (cell/typescript/globals.ts) declares exactly these, keyed by
 * `CellGlobal`, so a name added here without a declaration there is a type error.
 */

/** The modules a cell may import, by the name it imports them with. */
export const CELL_MODULES = ["@nnbook/nn", "@observablehq/plot"] as const;

/** The names the runtime passes to every cell, in the order of its function's parameters. */
export const CELL_GLOBALS_PROVIDED = ["console", "display", "progress", "variant"] as const;
export type CellGlobal = (typeof CELL_GLOBALS_PROVIDED)[number];
