/**
 * Modules a cell may import that load only when a cell imports them: Plot and linkedom are most
 * of the worker's weight, and a cell that only computes should not wait for them.
 */
type Settings = { figureWidth?: number };
const LAZY: Record<string, (settings: Settings) => Promise<unknown>> = {
  "@observablehq/plot": () => import("./plot-module.ts").then((m) => m.plotModule),
};
let plotModule: typeof import("./plot-module.ts") | null = null;

/**
 * `modules` plus every lazy module `code` imports (loaded once; later runs reuse it), set up for
 * this run: Plot figures default to the width of the cell's output area.
 */
export async function withLazyModules(code: string, modules: Record<string, unknown>, settings: Settings = {}): Promise<Record<string, unknown>> {
  if (code.includes("@observablehq/plot")) {
    plotModule ??= await import("./plot-module.ts").catch(() => null);
    plotModule?.setFigureWidth(settings.figureWidth);
  }
  for (const [name, load] of Object.entries(LAZY)) {
    if (name in modules || !(code.includes(`"${name}"`) || code.includes(`'${name}'`))) continue;
    try {
      modules[name] = await load(settings);
    } catch (error) {
      // the cell then fails where it first uses the module, with this reason
      const reason = `${name} could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the connection and run the cell again.`;
      return { ...modules, [name]: new Proxy({}, { get: () => { throw new Error(reason); } }) };
    }
  }
  return modules;
}
