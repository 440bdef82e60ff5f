// The drawing pad: a canvas the reader inks with a mouse, pen or finger (a soft brush along the
// stroke), or from the keyboard on a 14×14 grid of cells (arrows move, Space inks, Shift+arrow
// inks as it moves, Delete erases). It owns the raster and says when it changed.
import { html } from "../kit/dom.ts";
import { CELLS, PAD, blankRaster, paintCell, strokeSegment, type Raster } from "./brush.ts";
import { createImage, drawGrey, inkOf } from "./images.ts";

export interface DrawingPad {
  readonly element: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly raster: Raster;
  clear(): void;
  /** Redraws the ink (after a theme change). */
  redraw(): void;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** `onChange(final)` after every change; `final` is true when a stroke or key press is done. */
export function createPad(label: string, onChange: (final: boolean) => void): DrawingPad {
  const element = html("div", { class: "nndr-pad" });
  const canvas = createImage(PAD, { "data-testid": "pad", role: "img", "aria-label": label, tabindex: "0" });
  const cursor = html("div", { class: "nndr-cursor", "aria-hidden": "true" });
  element.append(canvas, cursor);
  const raster = blankRaster();
  let last: [number, number] | null = null;
  let cell: [number, number] = [Math.floor(CELLS / 2), Math.floor(CELLS / 2)];

  const redraw = () => drawGrey(canvas, raster, inkOf(canvas));
  const changed = (final: boolean) => {
    redraw();
    onChange(final);
  };
  const at = (e: PointerEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    return [((e.clientX - box.left) / box.width) * PAD, ((e.clientY - box.top) / box.height) * PAD];
  };
  canvas.addEventListener("pointerdown", (e) => {
    e.preventDefault();
    canvas.setPointerCapture?.(e.pointerId);
    last = at(e);
    strokeSegment(raster, ...last, ...last);
    changed(false);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (!last) return;
    const next = at(e);
    strokeSegment(raster, ...last, ...next);
    last = next;
    changed(false);
  });
  const end = () => {
    if (!last) return;
    last = null;
    onChange(true);
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);

  const showCursor = () => {
    cursor.style.left = `${(100 * cell[1]) / CELLS}%`;
    cursor.style.top = `${(100 * cell[0]) / CELLS}%`;
  };
  canvas.addEventListener("keydown", (e) => {
    const move = ARROWS[e.key];
    if (move) {
      e.preventDefault();
      cell = [Math.min(CELLS - 1, Math.max(0, cell[0] + move[0])), Math.min(CELLS - 1, Math.max(0, cell[1] + move[1]))];
      showCursor();
      if (e.shiftKey) {
        paintCell(raster, ...cell);
        changed(true);
      }
    } else if (e.key === " " || e.key === "Enter" || e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      paintCell(raster, ...cell, e.key === "Delete" || e.key === "Backspace");
      changed(true);
    }
  });
  showCursor();
  return {
    element,
    canvas,
    raster,
    clear() {
      raster.fill(0);
      changed(true);
    },
    redraw,
  };
}
