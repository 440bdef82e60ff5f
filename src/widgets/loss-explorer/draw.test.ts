import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { createGradientFigure, createLossFigure } from "./draw-losses.ts";
import { createSoftmaxFigure } from "./draw-softmax.ts";
import { binaryReading, createState, softmaxReading } from "./model.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  it("createLossFigure(id) and createGradientFigure() match their golden files for the default state", async () => {
    const r = binaryReading(createState());
    const plot = createLossFigure("test");
    const gradients = createGradientFigure();
    plot.draw(r);
    gradients.draw(r);
    await expectFigure(plot.element, "./snapshots/losses.html");
    await expectFigure(gradients.element, "./snapshots/gradients.html");
  });

  it("createSoftmaxFigure() matches its golden file at T = 2", async () => {
    const s = createState({ temperature: 2 });
    const bars = createSoftmaxFigure();
    bars.draw(s, softmaxReading(s));
    await expectFigure(bars.element, "./snapshots/softmax.html");
  });
});
