// The first layer for the current drawing: each of the 16 kernels (5×5, signed) above its
// feature map (24×24 after ReLU, all maps on one scale, so the strong responses stand out).
import { html } from "../kit/dom.ts";
import { createImage, drawGrey, drawSigned, inkOf } from "./images.ts";
import { KERNEL, KERNELS, MAP, type FirstLayer } from "./model.ts";

export interface LayerView {
  readonly element: HTMLElement;
  /** Draws the layer, or says there is none yet. */
  set(layer: FirstLayer | null): void;
}

export function createLayerView(caption: string, empty: string): LayerView {
  const element = html("figure", { class: "nndr-layer", "data-testid": "first-layer" });
  const grid = html("div", { class: "nndr-layer-grid" });
  const note = html("p", { class: "nndr-layer-empty" }, empty);
  const pairs = Array.from({ length: KERNELS }, (_, k) => {
    const pair = html("div", { class: "nndr-pair" });
    const kernel = createImage(KERNEL, { class: "nndr-kernel", "data-testid": `kernel-${k}`, role: "img", "aria-label": `kernel ${k + 1}` });
    const map = createImage(MAP, { class: "nndr-map", "data-testid": `map-${k}`, role: "img", "aria-label": `feature map ${k + 1}` });
    pair.append(kernel, map);
    grid.append(pair);
    return { kernel, map };
  });
  element.append(html("figcaption", {}, caption), grid, note);
  return {
    element,
    set(layer) {
      grid.hidden = layer === null;
      note.hidden = layer !== null;
      if (!layer) return;
      const kernelScale = Math.max(1e-6, ...layer.kernels.map((w) => Math.max(...w.map(Math.abs))));
      const mapScale = Math.max(1e-6, ...layer.maps.map((m) => Math.max(...m)));
      const ink = inkOf(element);
      pairs.forEach(({ kernel, map }, k) => {
        drawSigned(kernel, layer.kernels[k], kernelScale);
        drawGrey(map, layer.maps[k], ink, mapScale);
      });
    },
  };
}
