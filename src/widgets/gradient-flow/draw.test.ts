import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { DEFAULT_CONFIG } from "./config.ts";
import { createGradientFigures } from "./draw.ts";
import { createHistogramFigure } from "./draw-histogram.ts";
import { createState, trainSteps } from "./model.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  it("createGradientFigures() and createHistogramFigure() match their golden files after 20 steps", async () => {
    const state = createState(DEFAULT_CONFIG);
    trainSteps(state, 20);
    const gradients = createGradientFigures();
    const histogram = createHistogramFigure();
    gradients.draw(state);
    histogram.draw(state);
    await expectFigure(gradients.bars, "./snapshots/bars.html");
    await expectFigure(gradients.history, "./snapshots/history.html");
    await expectFigure(histogram.element, "./snapshots/histogram.html");
  });
});
