// The decision surface figure: the model's P(class 1) on the grid of surface.ts as a smoothly
// scaled image (orange for class 0, blue for class 1, paler where unsure), and the points on top:
// training points filled, test points hollow, validation points dashed; class 0 circles, class 1
// squares, so the classes differ by more than colour.
import { linear } from "../kit/axes.ts";
import { svg } from "../kit/dom.ts";
import { round } from "../kit/format.ts";
import type { PointSet } from "./dataset.ts";

const SIZE = 320;
/** The classes' colours, TensorFlow Playground's orange and blue; legible on white and on Starlight's dark grey. */
export const CLASS_COLORS = ["#e8590c", "#1c7ed6"] as const;
const RGB = [[232, 89, 12], [28, 126, 214]] as const;

export interface SurfaceFigure {
  readonly element: SVGSVGElement;
  /** Draws the points of a run (once per run) and the surface (every frame). */
  draw(points: PointSet, probabilities: Float32Array, grid: number): void;
}

/** The image's pixels: class colour with an opacity that grows with the model's confidence. */
export function surfacePixels(probabilities: Float32Array): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(probabilities.length * 4);
  probabilities.forEach((p, i) => {
    const [r, g, b] = RGB[p >= 0.5 ? 1 : 0];
    pixels.set([r, g, b, Math.round(Math.abs(2 * p - 1) * 0.6 * 255)], 4 * i);
  });
  return pixels;
}

export function createSurfaceFigure(): SurfaceFigure {
  const element = svg("svg", { viewBox: `0 0 ${SIZE} ${SIZE}`, class: "nnof-svg nnof-surface", role: "img", "data-testid": "surface" });
  const image = svg("image", { x: 0, y: 0, width: SIZE, height: SIZE, preserveAspectRatio: "none", "data-testid": "surface-image" }, element);
  const axes = svg("g", { class: "nnof-axes" }, element);
  const dots = svg("g", { class: "nnof-points" }, element);
  svg("rect", { class: "nnof-frame", x: 0.5, y: 0.5, width: SIZE - 1, height: SIZE - 1 }, element);
  const canvas = typeof document === "undefined" ? null : document.createElement("canvas");
  let drawnPoints: PointSet | null = null;

  function drawPoints(points: PointSet): void {
    const s = linear(points.extent, [0, SIZE]);
    const sy = linear(points.extent, [SIZE, 0]);
    axes.replaceChildren();
    svg("line", { class: "nnof-zero", x1: s(0), x2: s(0), y1: 0, y2: SIZE }, axes);
    svg("line", { class: "nnof-zero", x1: 0, x2: SIZE, y1: sy(0), y2: sy(0) }, axes);
    const xs = points.X.data;
    // test points first, so the training points the model sees are on top
    const order = [...points.rows.test, ...points.rows.val, ...points.rows.train];
    dots.replaceChildren(...order.map((row) => {
      const label = points.labels[row], role = points.roles[row];
      const x = round(s(xs[2 * row])), y = round(sy(xs[2 * row + 1]));
      const attrs = { class: `nnof-point nnof-${role} nnof-class-${label}`, "data-role": role };
      return label === 1
        ? svg("rect", { ...attrs, x: round(x - 4), y: round(y - 4), width: 8, height: 8 })
        : svg("circle", { ...attrs, cx: x, cy: y, r: 4.5 });
    }));
  }

  return {
    element,
    draw(points, probabilities, grid) {
      if (points !== drawnPoints) {
        drawPoints(points);
        drawnPoints = points;
      }
      const context = canvas?.getContext("2d");
      if (!canvas || !context) return;
      canvas.width = grid;
      canvas.height = grid;
      context.putImageData(new ImageData(surfacePixels(probabilities), grid, grid), 0, 0);
      image.setAttribute("href", canvas.toDataURL());
    },
  };
}
