import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { createDiagram } from "./draw.ts";
import { createLossChart } from "./history.ts";
import { createState, next, type BackpropState } from "./model.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  it("createDiagram() and createLossChart() match their golden files in iteration 2, step 5", async () => {
    let s: BackpropState = createState();
    for (let i = 0; i < 13; i++) s = next(s);
    const diagram = createDiagram();
    const chart = createLossChart();
    diagram.draw(s);
    chart.draw(s);
    await expectFigure(diagram.element, "./snapshots/diagram.html");
    await expectFigure(chart.element, "./snapshots/history.html");
  });
});
