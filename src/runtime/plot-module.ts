/**
 * `@observablehq/plot` as a cell imports it. A worker has no DOM, so Plot draws into a linkedom
 * document here and the figure crosses to the page as markup, which the page sanitises
 * (cell/output/figure.ts). Rendering where the data is lets a cell use the whole ordinary API —
 * accessor functions, transforms, `mark.plot()` — which sending data to the page could not.
 * linkedom has no canvas, so `canvas.ts` stands in for the two places Plot draws pixels:
 * continuous colour legends and the `raster` mark.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom/worker"; // the self-contained build: the default one trips the bundler
import { installCanvas } from "./canvas.ts";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
installCanvas(document as unknown as Document);

type Options = Record<string, unknown> & { marks?: unknown[] };

/** Plot's default is 640 px; a figure in a narrow cell (a phone) is drawn at the cell's width. */
let width: number | undefined;
export function setFigureWidth(pixels: number | undefined): void {
  width = pixels !== undefined && Number.isFinite(pixels) && pixels >= 200 ? Math.min(Math.round(pixels), 640) : undefined;
}

const plot = (options: Options = {}) => Plot.plot({ document, ...(width ? { width } : {}), ...options } as Plot.PlotOptions);
const legend = (options: Options = {}) => Plot.legend({ document, ...options } as Plot.LegendOptions);
// `Plot.line(data).plot()` goes through Mark.prototype.plot, which calls Plot's own `plot`
Plot.Mark.prototype.plot = function (this: Plot.Mark, { marks = [], ...options }: Options = {}) {
  return plot({ ...options, marks: [...marks, this] });
} as typeof Plot.Mark.prototype.plot;

export const plotModule: Record<string, unknown> = { ...Plot, plot, legend };
