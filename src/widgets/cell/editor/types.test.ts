import { describe, expect, it } from "vitest";
import { boostOf, positionInfo } from "./types.ts";

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const view = null as never;

describe("editor types", () => {
  it("boostOf(sortText) ranks members over globals and keeps CodeMirror's range", () => {
    expect(boostOf("11")).toBeGreaterThan(boostOf("15"));
    expect(boostOf("0")).toBeLessThanOrEqual(99);
    expect(boostOf("zz")).toBe(0);
  });

  it("positionInfo(…) puts the documentation beside the list when it fits", () => {
    const placed = positionInfo(view, rect(100, 200, 300, 300), rect(100, 220, 300, 240), rect(0, 0, 250, 80), rect(0, 0, 1280, 900));
    expect(placed.class).toBe("cm-completionInfo-right");
    expect(placed.style).toContain("top: 20px");
  });

  it("positionInfo(…) on a phone puts it under the whole list, not over the options", () => {
    const placed = positionInfo(view, rect(60, 480, 310, 570), rect(60, 480, 310, 498), rect(0, 0, 320, 80), rect(0, 0, 390, 900));
    expect(placed.class).toBe("cm-completionInfo-right-narrow");
    expect(placed.style).toContain("top: 90px"); // the list's height
  });
});
