import { beforeEach, describe, expect, it } from "vitest";
import { installDocument } from "./test-dom.ts";
import { createSelect, createSlider } from "./controls.ts";
import { applyControlLocks, namedControls, parseNames } from "./control-locks.ts";

describe("locking and hiding a widget's controls", () => {
  let root: HTMLElement;
  beforeEach(() => {
    const document = installDocument();
    Object.assign(globalThis, { CSS: { escape: (s: string) => s } });
    root = document.createElement("div");
    const w1 = createSlider("nn-x-1-w1", "w₁", { min: -2, max: 2, step: 0.1 }, () => {});
    const data = createSelect("nn-x-1-dataset", "Data set", [["and", "AND"], ["xor", "XOR"]], () => {});
    const embed = document.createElement("details");
    embed.className = "nnk-embed";
    embed.innerHTML = '<input id="nn-x-1-embed-hide" type="checkbox">';
    root.append(w1.element, data.element, embed);
  });

  it("names the widget's own inputs and selects by what follows its uid, with their labels, not the Embed control's", () => {
    expect(namedControls(root, "nn-x-1").map(({ name, label }) => [name, label])).toEqual([["w1", "w₁"], ["dataset", "Data set"]]);
    expect(namedControls(root, "nn-x-2")).toEqual([]);
  });

  it("reads names separated by commas or spaces", () => {
    expect([...parseNames("w1, b dataset")]).toEqual(["w1", "b", "dataset"]);
    expect(parseNames(null).size).toBe(0);
  });

  it("disables and marks the locked, hides the hidden, and frees them again", () => {
    const controls = namedControls(root, "nn-x-1");
    applyControlLocks(controls, new Set(["w1"]), new Set(["dataset"]));
    const [w1, dataset] = controls;
    expect(w1.element.disabled).toBe(true);
    expect(w1.element.closest(".nnk-slider")!.classList.contains("nnk-locked")).toBe(true);
    expect(dataset.element.disabled).toBe(false);
    expect((dataset.element.closest(".nnk-field") as HTMLElement).hidden).toBe(true);
    applyControlLocks(controls, new Set(["all"]), new Set());
    expect(dataset.element.disabled).toBe(true);
    expect((dataset.element.closest(".nnk-field") as HTMLElement).hidden).toBe(false);
    applyControlLocks(controls, new Set(), new Set());
    expect(controls.every((c) => !c.element.disabled)).toBe(true);
  });
});
