import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { createFigure } from "./draw.ts";
import { createState, trainStep } from "./model.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  it("createFigure().draw(state, highlight) matches its golden file for the default state after one step", async () => {
    const figure = createFigure();
    const { state, index } = trainStep(createState());
    figure.draw(state, index);
    await expectFigure(figure.element, "./snapshots/after-one-step.html");
  });

  it("createFigure().draw(state) on XOR matches its golden file", async () => {
    const figure = createFigure();
    figure.draw(createState({ dataset: "xor" }), null);
    await expectFigure(figure.element, "./snapshots/xor.html");
  });
});
