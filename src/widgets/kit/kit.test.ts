import { beforeEach, describe, expect, it } from "vitest";
import { drawGrid, linear, tickLabel, ticks } from "./axes.ts";
import { createButtons, createSelect, createSlider, createStatus } from "./controls.ts";
import { createLegend } from "./legend.ts";
import { injectStyle } from "./style.ts";
import { installDocument } from "./test-dom.ts";
import { svg } from "./dom.ts";

let doc: Document;
beforeEach(() => {
  doc = installDocument();
});

describe("controls", () => {
  it("createSlider(id, label, range, onInput) ties its label and reports numbers", () => {
    const got: number[] = [];
    const s = createSlider("w-1", "w₁", { min: -4, max: 4, step: 0.05 }, (v) => got.push(v));
    expect(s.element.querySelector("label")?.getAttribute("for")).toBe("w-1");
    expect(s.input.getAttribute("type")).toBe("range");
    s.set(0.5, "0.50");
    expect(s.input.value).toBe("0.5");
    expect(s.element.querySelector(".nnk-value")?.textContent).toBe("0.50");
    s.input.value = "1.25";
    s.input.dispatchEvent(new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event("input"));
    expect(got).toEqual([1.25]);
  });

  it("createSelect(id, label, options, onChange) fills and sets its options", () => {
    const s = createSelect("f", "Function", [["a", "A"], ["b", "B"]], () => {});
    expect(s.select.querySelectorAll("option").length).toBe(2);
    s.options([["c", "C"]]);
    expect(s.select.querySelectorAll("option").length).toBe(1);
  });

  it("createButtons(specs) marks the primary one and ignores clicks while aria-disabled", () => {
    let clicks = 0;
    const row = createButtons([{ label: "Next", onClick: () => clicks++, primary: true }, { label: "Reset", onClick: () => {} }]);
    expect(row.buttons[0].className).toBe("nnk-primary");
    row.buttons[0].click();
    row.setDisabled(0, true);
    row.buttons[0].click();
    expect(clicks).toBe(1);
    expect(row.buttons[0].getAttribute("aria-disabled")).toBe("true");
  });

  it("createStatus() is one polite role=status line", () => {
    const s = createStatus();
    s.set("Training…");
    expect(s.element.getAttribute("role")).toBe("status");
    expect(s.element.textContent).toBe("Training…");
    s.setLive(false);
    expect(s.element.getAttribute("aria-live")).toBe("off");
  });
});

describe("style", () => {
  it("injectStyle(name, css) adds a stylesheet once per document", () => {
    injectStyle("kit", "a{}", doc);
    injectStyle("kit", "a{}", doc);
    expect(doc.head.querySelectorAll('style[data-nn-style="kit"]').length).toBe(1);
  });
});

describe("axes", () => {
  it("linear(domain, range) maps and reverses", () => {
    const sy = linear([0, 1], [100, 0]);
    expect(sy(0.25)).toBe(75);
  });

  it("ticks(domain, step) gives clean multiples and no −0", () => {
    expect(ticks([-1.5, 1.5], 0.5)).toEqual([-1.5, -1, -0.5, 0, 0.5, 1, 1.5]);
    expect(ticks([0.05, 0.35], 0.1)).toEqual([0.1, 0.2, 0.3]);
    expect(Object.is(ticks([-0.5, 0.5], 0.5)[1], -0)).toBe(false);
    expect([tickLabel(-1), tickLabel(0.5)]).toEqual(["−1", "0.5"]);
  });

  it("drawGrid(g, plot, sx, sy, options) draws a line and a label per tick, the 0 line as the axis", () => {
    const g = svg("g");
    drawGrid(g, { left: 10, right: 110, top: 0, bottom: 100 }, linear([0, 1], [10, 110]), linear([0, 1], [100, 0]), { x: [0, 1], y: [0, 0.5], prefix: "p" });
    expect(g.querySelectorAll("line").length).toBe(4);
    expect(g.querySelectorAll(".p-axis").length).toBe(1);
    expect([...g.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["0", "1", "0", "0.5"]);
  });
});

describe("legend", () => {
  it("createLegend(entries) builds each mark and text without innerHTML", () => {
    const ul = createLegend([
      { mark: { svg: ["circle", { r: 5 }] }, text: "y = 0" },
      { mark: { swatch: "sw" }, text: "forward" },
    ]);
    expect(ul.getAttribute("aria-hidden")).toBe("true");
    expect(ul.querySelectorAll("li").length).toBe(2);
    expect(ul.querySelector("circle")?.getAttribute("r")).toBe("5");
    expect(ul.textContent).toBe("y = 0forward");
  });
});
