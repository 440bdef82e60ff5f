import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { parseAttributes } from "./attributes.ts";
import { createFigure } from "./draw.ts";
import { forward } from "./model.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  for (const width of [720, 360]) {
    it(`createFigure(on).draw(state, forward, view) matches its golden file at ${width} px`, async () => {
      const state = parseAttributes(() => null);
      const figure = createFigure({ hover() {}, pin() {}, select() {} });
      figure.resize(width);
      figure.draw(state, forward(state), { shown: { layer: 1, unit: 0 }, selected: { layer: 1, row: 0, col: 0 } });
      await expectFigure(figure.element, `./snapshots/width-${width}.html`);
    });
  }
});
