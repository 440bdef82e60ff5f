import type { Heatmap, TensorStats } from "~/runtime/tensor-display.ts";

/** Draws each side at this many CSS pixels at most, and each cell at 2 pixels at least. */
const TARGET_PX = 224;

/**
 * A tensor as a grayscale picture (low → black, high → white, as `imshow(cmap="gray")`), one
 * canvas pixel per value, scaled up with crisp edges so an MNIST digit reads as a digit.
 * Non-finite values are red.
 */
export function heatmapCanvas(map: Heatmap, stats: TensorStats, label: string): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = map.cols;
  canvas.height = map.rows;
  canvas.className = "nn-heatmap";
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", label);
  const scale = Math.max(2, Math.floor(TARGET_PX / Math.max(map.rows, map.cols)));
  canvas.style.width = `${map.cols * scale}px`;
  canvas.style.aspectRatio = `${map.cols} / ${map.rows}`;
  const context = canvas.getContext("2d");
  if (!context) return canvas;
  const image = context.createImageData(map.cols, map.rows);
  image.data.set(grayscale(map.values, stats.min, stats.max));
  context.putImageData(image, 0, 0);
  return canvas;
}

/** RGBA bytes for values between `min` and `max` (a constant tensor is mid-gray). */
export function grayscale(values: ArrayLike<number>, min: number, max: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(values.length * 4);
  const span = max - min;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const o = i * 4;
    if (!Number.isFinite(v)) out.set([220, 40, 40, 255], o);
    else {
      const g = span > 0 ? Math.round(((v - min) / span) * 255) : 128;
      out[o] = out[o + 1] = out[o + 2] = g;
      out[o + 3] = 255;
    }
  }
  return out;
}
