import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { parseAttributes } from "./attributes.ts";
import { createFigure } from "./draw.ts";
import { layout } from "./layout.ts";
import { createState, current } from "./model.ts";
import { figureLabel } from "./text.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  it("createFigure().draw(graph, layout, snapshot, label) matches its golden file halfway through backward", async () => {
    const s = createState({ ...parseAttributes(() => null), step: 8 });
    const figure = createFigure();
    figure.draw(s.graph!, layout(s.graph!, "horizontal"), current(s)!, figureLabel(s.graph!, s.expr));
    await expectFigure(figure.element, "./snapshots/step-8.html");
  });
});
