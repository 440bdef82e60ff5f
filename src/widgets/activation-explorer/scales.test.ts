import { describe, expect, test } from "vitest";
import { X_DOMAIN } from "./model.ts";
import { BOTTOM_PANEL, PAD, PLOT_WIDTH, pathData, sx, ticks, xAt, yScale } from "./scales.ts";

describe("scales", () => {
  test("sx(x) maps the domain onto the plot width and xAt inverts it", () => {
    expect(sx(X_DOMAIN[0])).toBe(PAD.left);
    expect(sx(X_DOMAIN[1])).toBe(PAD.left + PLOT_WIDTH);
    for (const x of [-5, -1.3, 0, 2.7, 5]) expect(xAt(sx(x))).toBeCloseTo(x, 10);
  });

  test("yScale(panel) puts the top of the domain at the panel's top", () => {
    const sy = yScale(BOTTOM_PANEL);
    expect(sy(BOTTOM_PANEL.domain[1])).toBe(BOTTOM_PANEL.top);
    expect(sy(BOTTOM_PANEL.domain[0])).toBe(BOTTOM_PANEL.top + BOTTOM_PANEL.height);
  });

  test("ticks(domain) picks steps of 0.5, 1 or 2 inside the domain", () => {
    expect(ticks([-0.25, 1.25])).toEqual([0, 0.5, 1]);
    expect(ticks([-1.5, 1.5])).toEqual([-1, 0, 1]);
    expect(ticks([-5, 5])).toEqual([-4, -2, 0, 2, 4]);
    expect(ticks([-1.5, 5])).toEqual([0, 2, 4]);
  });

  test("pathData(points, maxJump) breaks the path at a jump", () => {
    expect(pathData([[0, 0], [1, 1], [2, 1]])).toBe("M0,0L1,1L2,1");
    expect(pathData([[0, 10], [1, 10], [2, 50], [3, 50]], 20)).toBe("M0,10L1,10M2,50L3,50");
  });
});
