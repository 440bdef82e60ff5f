// <nn-convolution>: an input (a real digit, or an 8×8 grid the reader paints), an editable 3×3
// kernel with presets, stride and padding; the feature map the engine's Conv2d computes, and its
// 2×2 max pooling. Pointing at (or moving the keyboard cursor to) an output pixel outlines its
// receptive field and writes out its sum. Wired on the kit.
import { createSelect, createStatus, type Select, type StatusLine } from "../kit/controls.ts";
import { html } from "../kit/dom.ts";
import { defineWidget, WidgetElement } from "../kit/element.ts";
import { ATTRIBUTES, GRID_SIZE, parseAttributes, presetOf, toAttributes, type ConvolutionConfig, type InputName } from "./attributes.ts";
import { digitPixels } from "./digits.ts";
import { createPixelGrid, greyColour, signedColour, type Outline, type PixelGrid } from "./draw.ts";
import { createKernelEditor, type KernelEditor } from "./kernel-editor.ts";
import { PRESETS, featureMap, paint, pooled, receptiveField, type ConvolutionState, type PresetName } from "./model.ts";
import { STYLE } from "./styles.ts";
import { TEXT, poolLine, sizeLine, sumLine } from "./text.ts";

type Selection = { map: "feature" | "pooled"; i: number; j: number } | null;
type Maps = { feature: ReturnType<typeof featureMap>; pooled: ReturnType<typeof pooled> };

/** What the engine works on: the chosen input's pixels with the configured kernel, stride and padding. */
export function stateOf(config: ConvolutionConfig): ConvolutionState {
  const size = config.input === "grid" ? GRID_SIZE : 28;
  const input = config.input === "grid" ? config.grid : digitPixels(Number(config.input));
  return { size, input, kernel: config.kernel, stride: config.stride, padding: config.padding };
}

export class ConvolutionElement extends WidgetElement<ConvolutionConfig> {
  static observedAttributes = [...ATTRIBUTES];
  protected readonly stylesheet = STYLE;
  #input: PixelGrid | null = null;
  #feature: PixelGrid | null = null;
  #pooled: PixelGrid | null = null;
  #kernel: KernelEditor | null = null;
  #inputSelect: Select | null = null;
  #preset: Select | null = null;
  #stride: Select | null = null;
  #padding: Select | null = null;
  #status: StatusLine | null = null;
  #size: HTMLParagraphElement | null = null;
  #selection: Selection = null;
  #cursor: [number, number] = [0, 0]; // the keyboard's place on the input grid
  #maps: { key: string; maps: Maps } | null = null;
  #painting: number | null = null; // the value a drag paints (0 or 1)

  protected readState(): ConvolutionConfig {
    return parseAttributes((name) => this.getAttribute(name));
  }

  protected toAttributes(config: ConvolutionConfig): Record<string, string> {
    return toAttributes(config);
  }

  protected build(): Node[] {
    this.#input = createPixelGrid("input", TEXT.inputLabel);
    this.#feature = createPixelGrid("feature-map", TEXT.mapLabel);
    this.#pooled = createPixelGrid("pooled", TEXT.pooledLabel);
    this.#feature.element.setAttribute("tabindex", "0");
    this.#pooled.element.setAttribute("tabindex", "0");
    this.#wireOutput(this.#feature, "feature");
    this.#wireOutput(this.#pooled, "pooled");
    this.#wireInput(this.#input);

    this.#inputSelect = createSelect(`${this.uid}-input`, TEXT.input, TEXT.inputs, (v) => this.#change({ input: v as InputName }));
    this.#preset = createSelect(`${this.uid}-preset`, TEXT.preset, [], (v) => {
      if (v in PRESETS) this.#change({ kernel: PRESETS[v as PresetName], preset: v as PresetName });
    });
    this.#stride = createSelect(`${this.uid}-stride`, TEXT.stride, [["1", "1"], ["2", "2"]], (v) => this.#change({ stride: v === "2" ? 2 : 1 }));
    this.#padding = createSelect(`${this.uid}-padding`, TEXT.padding, [["0", "0"], ["1", "1"]], (v) => this.#change({ padding: v === "1" ? 1 : 0 }));
    this.#kernel = createKernelEditor(this.uid, TEXT.kernel, (kernel) => this.#change({ kernel, preset: presetOf(kernel) }));
    this.#status = createStatus();
    this.#size = html("p", { class: "nncv-size" });

    const figures = html("div", { class: "nncv-figures" });
    for (const [grid, caption] of [[this.#input, TEXT.input], [this.#feature, TEXT.output], [this.#pooled, TEXT.pooled]] as const) {
      const figure = html("figure", { class: "nncv-figure" });
      figure.append(grid.element, html("figcaption", {}, caption));
      figures.append(figure);
    }
    const controls = html("div", { class: "nncv-controls" });
    const fields = html("div", { class: "nncv-fields" });
    fields.append(this.#inputSelect.element, this.#preset.element, this.#stride.element, this.#padding.element);
    controls.append(fields, this.#kernel.element);
    return [figures, this.#size, this.#status.element, controls];
  }

  #change(part: Partial<ConvolutionConfig>): void {
    const next = { ...this.state, ...part };
    if (part.kernel && !("preset" in part)) next.preset = presetOf(part.kernel);
    this.commit(next);
  }

  /** The engine's feature map and pooled map for the current state, computed once per state. */
  #mapsOf(state: ConvolutionState): Maps {
    const key = JSON.stringify([this.state.input, this.state.input === "grid" ? this.state.grid : [], state.kernel, state.stride, state.padding]);
    if (this.#maps?.key !== key) this.#maps = { key, maps: { feature: featureMap(state), pooled: pooled(state) } };
    return this.#maps.maps;
  }

  #wireOutput(grid: PixelGrid, map: "feature" | "pooled"): void {
    const select = (i: number, j: number) => {
      this.#selection = { map, i, j };
      this.#renderSelection();
    };
    grid.element.addEventListener("pointermove", (e) => {
      const at = grid.pixelAt(e.clientX, e.clientY);
      if (at) select(...at);
    });
    grid.element.addEventListener("pointerdown", (e) => {
      const at = grid.pixelAt(e.clientX, e.clientY);
      if (at) select(...at);
    });
    grid.element.addEventListener("focus", () => {
      if (this.#selection?.map !== map) select(0, 0);
    });
    grid.element.addEventListener("keydown", (e) => {
      const side = map === "feature" ? this.#mapsOf(stateOf(this.state)).feature.side : this.#mapsOf(stateOf(this.state)).pooled.side;
      const move = ARROWS[e.key];
      if (!move || side === 0) return;
      e.preventDefault();
      const { i, j } = this.#selection?.map === map ? this.#selection : { i: 0, j: 0 };
      select(clamp(i + move[0], side), clamp(j + move[1], side));
    });
  }

  #wireInput(grid: PixelGrid): void {
    const paintAt = (row: number, col: number, value: number) => {
      const config = this.state;
      if (config.input !== "grid") return;
      const next = paint(stateOf(config), row, col, value).input;
      if (next !== config.grid) this.commit({ ...config, grid: next });
    };
    grid.element.addEventListener("pointerdown", (e) => {
      const at = grid.pixelAt(e.clientX, e.clientY);
      if (!at || this.state.input !== "grid") return;
      e.preventDefault();
      grid.element.setPointerCapture?.(e.pointerId);
      this.#painting = this.state.grid[at[0] * GRID_SIZE + at[1]] > 0.5 ? 0 : 1;
      this.#cursor = at;
      paintAt(...at, this.#painting);
    });
    grid.element.addEventListener("pointermove", (e) => {
      if (this.#painting === null) return;
      const at = grid.pixelAt(e.clientX, e.clientY);
      if (at) paintAt(...at, this.#painting);
    });
    const stop = () => (this.#painting = null);
    grid.element.addEventListener("pointerup", stop);
    grid.element.addEventListener("pointercancel", stop);
    grid.element.addEventListener("keydown", (e) => {
      if (this.state.input !== "grid") return;
      const move = ARROWS[e.key];
      if (move) {
        e.preventDefault();
        this.#cursor = [clamp(this.#cursor[0] + move[0], GRID_SIZE), clamp(this.#cursor[1] + move[1], GRID_SIZE)];
        this.render();
      } else if (e.key === " " || e.key === "Enter") {
        e.preventDefault();
        const [row, col] = this.#cursor;
        paintAt(row, col, this.state.grid[row * GRID_SIZE + col] > 0.5 ? 0 : 1);
      }
    });
    grid.element.addEventListener("focus", () => this.render());
    grid.element.addEventListener("blur", () => this.render());
  }

  protected render(): void {
    const config = this.state;
    const state = stateOf(config);
    const { feature, pooled: pool } = this.#mapsOf(state);
    const scale = Math.max(1e-9, ...feature.values.map(Math.abs));
    this.#input?.draw(state.size, state.input, greyColour, state.padding);
    this.#feature?.draw(feature.side, feature.values, signedColour(scale));
    this.#pooled?.draw(pool.side, pool.values, signedColour(scale));
    const paintable = config.input === "grid";
    this.#input?.element.toggleAttribute("tabindex", paintable);
    if (paintable) this.#input?.element.setAttribute("tabindex", "0");
    this.classList.toggle("nncv-paintable", paintable);

    this.#inputSelect?.set(config.input);
    const presets = Object.entries(TEXT.presets) as [PresetName, string][];
    this.#preset?.options(config.preset ? presets : [["own", TEXT.ownKernel], ...presets]);
    this.#preset?.set(config.preset ?? "own");
    this.#stride?.set(String(config.stride));
    this.#padding?.set(String(config.padding));
    this.#kernel?.set(config.kernel);
    if (this.#size) this.#size.textContent = sizeLine(state, feature.side);
    // a selection that no longer fits the maps (a smaller input, stride 2) starts over
    const sel = this.#selection;
    if (sel && (sel.i >= (sel.map === "feature" ? feature.side : pool.side) || sel.j >= (sel.map === "feature" ? feature.side : pool.side))) this.#selection = null;
    this.#renderSelection();
  }

  #renderSelection(): void {
    const state = stateOf(this.state);
    const { feature, pooled: pool } = this.#mapsOf(state);
    const sel = this.#selection;
    const input: Outline[] = [], map: Outline[] = [], pooledOutlines: Outline[] = [];
    if (this.state.input === "grid" && this.#input?.element.matches(":focus-visible")) {
      input.push({ row: this.#cursor[0], col: this.#cursor[1], size: 1, kind: "cursor" });
    }
    let text: string = TEXT.explore;
    if (sel?.map === "feature") {
      const { terms, sum } = receptiveField(state, sel.i, sel.j);
      input.push({ row: terms[0].row, col: terms[0].col, size: 3, kind: "field" });
      map.push({ row: sel.i, col: sel.j, size: 1, kind: "cursor" });
      text = sumLine(sel.i, sel.j, terms, sum);
    } else if (sel?.map === "pooled" && pool.side > 0) {
      const k = sel.i * pool.side + sel.j;
      const winner = pool.winners[k];
      pooledOutlines.push({ row: sel.i, col: sel.j, size: 1, kind: "cursor" });
      map.push({ row: 2 * sel.i, col: 2 * sel.j, size: 2, kind: "field" });
      map.push({ row: Math.floor(winner / feature.side), col: winner % feature.side, size: 1, kind: "winner" });
      text = poolLine(sel.i, sel.j, pool.values[k], winner, feature.side);
    }
    this.#input?.outline(input);
    this.#feature?.outline(map);
    this.#pooled?.outline(pooledOutlines);
    this.#status?.set(text);
  }
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

function clamp(n: number, side: number): number {
  return Math.min(side - 1, Math.max(0, n));
}

defineWidget("nn-convolution", ConvolutionElement);

declare global {
  interface HTMLElementTagNameMap {
    "nn-convolution": ConvolutionElement;
  }
}
