import { describe, expect, it } from "vitest";
import { nn, noGrad, tensor } from "@nnbook/nn";
import { DEFAULT_CONFIG } from "./config.ts";
import { surfacePixels } from "./draw-surface.ts";
import { createRun, trainSteps } from "./model.ts";
import { GRID, cellCentre, decisionSurface } from "./surface.ts";

describe("decision surface", () => {
  it("is σ of the engine's forward pass in evaluation mode on the grid, top row first", () => {
    const run = trainSteps(createRun({ ...DEFAULT_CONFIG, dropout: 0.3 }), 5);
    const p = decisionSurface(run.network, run.points.extent);
    expect(p.length).toBe(GRID * GRID);
    run.network.model.eval();
    const [lo, hi] = run.points.extent;
    const corner = noGrad(() => run.network.model.forward(tensor([[cellCentre(0, GRID, [lo, hi]), cellCentre(GRID - 1, GRID, [lo, hi])]])).sigmoid().item());
    run.network.model.train();
    expect(p[0]).toBeCloseTo(corner, 5);
    expect(run.network.model.training).toBe(true);
    expect(nn.Sequential).toBeDefined();
  });

  it("paints each cell in its class's colour, more opaque where the model is surer, and never NaN", () => {
    const px = surfacePixels(Float32Array.from([0, 0.5, 1, Number.NaN]));
    expect(Array.from(px.slice(0, 4))).toEqual([232, 89, 12, 153]);
    expect(px[7]).toBe(0);
    expect(Array.from(px.slice(8, 12))).toEqual([28, 126, 214, 153]);
    expect(px.every((v) => Number.isFinite(v))).toBe(true);
  });
});
