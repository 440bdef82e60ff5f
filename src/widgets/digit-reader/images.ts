// Small images drawn on canvases, in the page's colours: grey levels as the ink colour over the
// background (so dark mode draws light ink on dark), signed values as red (+) and blue (−).
import { html } from "../kit/dom.ts";

const POSITIVE: readonly [number, number, number] = [214, 51, 108];
const NEGATIVE: readonly [number, number, number] = [28, 126, 214];

/** A canvas of `side`×`side` pixels, shown as a square scaled to its box. */
export function createImage(side: number, attrs: Record<string, string> = {}): HTMLCanvasElement {
  const canvas = html("canvas", { width: String(side), height: String(side), ...attrs });
  return canvas;
}

/** The element's computed text colour as [r, g, b] (the ink token resolved). */
export function inkOf(element: Element): [number, number, number] {
  const match = getComputedStyle(element).color.match(/[\d.]+/g);
  return match && match.length >= 3 ? [Number(match[0]), Number(match[1]), Number(match[2])] : [0, 0, 0];
}

/** Draws grey levels in [0, 1] (divided by `scale`) as the ink colour's opacity. */
export function drawGrey(canvas: HTMLCanvasElement, values: ArrayLike<number>, ink: readonly number[], scale = 1): void {
  fill(canvas, values, (v) => [ink[0], ink[1], ink[2], Math.min(1, Math.max(0, v / (scale || 1)))]);
}

/** Draws signed values, |v| / scale as opacity, red for positive and blue for negative. */
export function drawSigned(canvas: HTMLCanvasElement, values: ArrayLike<number>, scale: number): void {
  fill(canvas, values, (v) => {
    const [r, g, b] = v >= 0 ? POSITIVE : NEGATIVE;
    return [r, g, b, Math.min(1, Math.abs(v) / (scale || 1))];
  });
}

function fill(canvas: HTMLCanvasElement, values: ArrayLike<number>, colour: (v: number) => readonly [number, number, number, number]): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const image = context.createImageData(canvas.width, canvas.height);
  for (let k = 0; k < canvas.width * canvas.height; k++) {
    const [r, g, b, a] = colour(values[k] ?? 0);
    image.data.set([r, g, b, Math.round(a * 255)], 4 * k);
  }
  context.putImageData(image, 0, 0);
}
