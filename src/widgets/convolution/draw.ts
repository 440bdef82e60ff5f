// The convolution widget's pictures: a square of pixels drawn as SVG rects (the input, the
// feature map, the pooled map), with outlines for what the reader is looking at, and the colours
// of grey levels (input) and of signed responses (feature maps).
import { svg } from "../kit/dom.ts";

export interface Outline {
  readonly row: number;
  readonly col: number;
  /** Side of the outlined square, in pixels of this grid. */
  readonly size: number;
  readonly kind: "field" | "cursor" | "winner";
}

export interface PixelGrid {
  readonly element: SVGSVGElement;
  /** Draws `side`×`side` pixels coloured by `colour`, with a ring of `pad` padding pixels drawn empty. */
  draw(side: number, values: readonly number[], colour: (v: number) => string, pad?: number): void;
  outline(outlines: readonly Outline[]): void;
  /** The pixel under a pointer, or null outside the image (padding included as outside). */
  pixelAt(clientX: number, clientY: number): [number, number] | null;
}

export function createPixelGrid(testId: string, label: string): PixelGrid {
  const element = svg("svg", { class: "nncv-grid", "data-testid": testId, role: "img", "aria-label": label, preserveAspectRatio: "xMidYMid meet" });
  const pixels = svg("g", { "shape-rendering": "crispEdges" }, element);
  const overlay = svg("g", {}, element);
  let drawn = { side: 0, pad: -1 };
  let rects: SVGRectElement[] = [];
  return {
    element,
    draw(side, values, colour, pad = 0) {
      if (drawn.side !== side || drawn.pad !== pad) {
        drawn = { side, pad };
        element.setAttribute("viewBox", `${-pad - 0.1} ${-pad - 0.1} ${side + 2 * pad + 0.2} ${side + 2 * pad + 0.2}`);
        pixels.replaceChildren();
        if (pad > 0) svg("rect", { class: "nncv-padding", x: -pad, y: -pad, width: side + 2 * pad, height: side + 2 * pad }, pixels);
        rects = Array.from({ length: side * side }, (_, k) =>
          svg("rect", { x: k % side, y: Math.floor(k / side), width: 1, height: 1 }, pixels));
      }
      rects.forEach((rect, k) => rect.setAttribute("fill", colour(values[k])));
    },
    outline(outlines) {
      overlay.replaceChildren(...outlines.map((o) => svg("rect", {
        class: `nncv-${o.kind}`, "data-testid": `${testId}-${o.kind}`, x: o.col, y: o.row, width: o.size, height: o.size,
      })));
    },
    pixelAt(clientX, clientY) {
      const box = element.getBoundingClientRect();
      const view = element.viewBox.baseVal;
      // the image is square and centred in the box (xMidYMid meet)
      const scale = Math.min(box.width / view.width, box.height / view.height);
      const x = view.x + (clientX - box.left - (box.width - view.width * scale) / 2) / scale;
      const y = view.y + (clientY - box.top - (box.height - view.height * scale) / 2) / scale;
      const col = Math.floor(x), row = Math.floor(y);
      return row >= 0 && col >= 0 && row < drawn.side && col < drawn.side ? [row, col] : null;
    },
  };
}

/** A grey level in [0, 1]: the background at 0, the ink at 1 (so dark mode draws light strokes on dark). */
export function greyColour(v: number): string {
  return `color-mix(in srgb, var(--nnk-ink) ${Math.round(Math.min(1, Math.max(0, v)) * 100)}%, var(--nnk-bg))`;
}

/** A signed response, scaled by the largest magnitude on the map: warm for positive, cool for negative. */
export function signedColour(scale: number): (v: number) => string {
  const s = scale > 1e-9 ? scale : 1;
  return (v) => {
    const t = Math.round(Math.min(1, Math.abs(v) / s) * 100);
    return `color-mix(in srgb, var(${v >= 0 ? "--nncv-positive" : "--nncv-negative"}) ${t}%, var(--nnk-bg))`;
  };
}
