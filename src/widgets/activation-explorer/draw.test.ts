import { beforeEach, describe, it } from "vitest";
import { expectFigure } from "../kit/snapshot.ts";
import { installDocument } from "../kit/test-dom.ts";
import { createFigure } from "./draw.ts";
import { createState } from "./model.ts";

beforeEach(() => {
  installDocument();
});

describe("draw", () => {
  for (const fn of ["sigmoid", "leaky-relu"] as const) {
    it(`createFigure(id, onPick).draw(state) matches its golden file for ${fn} at x = −1.5`, async () => {
      const figure = createFigure("test", () => {});
      figure.draw(createState({ fn, x: -1.5 }));
      await expectFigure(figure.element, `./snapshots/${fn}.html`);
    });
  }
});
