import { describe, expect, it } from "vitest";
import { BIAS_BOX, LABEL_BOX, MAX_WIDTH, MIN_WIDTH, biasAt, edgeEnds, edgeLabelAt, layout, type Point } from "./layout.ts";
import { SIZES } from "./model.ts";

// Every edge label's centre, layer by layer.
function labels(width: number): Point[][] {
  const l = layout(width);
  return ([1, 2] as const).map((layer) => {
    const points: Point[] = [];
    for (let to = 0; to < SIZES[layer]; to++) for (let from = 0; from < SIZES[layer - 1]; from++) points.push(edgeLabelAt(l, layer, from, to));
    return points;
  });
}

describe("layout", () => {
  it("layout(width) clamps the width and keeps every neuron inside the figure", () => {
    expect(layout(100).width).toBe(MIN_WIDTH);
    expect(layout(5000).width).toBe(MAX_WIDTH);
    for (const w of [MIN_WIDTH, 358, 500, MAX_WIDTH]) {
      const l = layout(w);
      for (const [x, y] of l.centres.flat()) {
        expect(x - l.radius).toBeGreaterThanOrEqual(0);
        expect(x + l.radius).toBeLessThanOrEqual(l.width);
        expect(y + l.radius).toBeLessThan(l.height);
      }
    }
  });

  it("edge labels never overlap one another, even where edges cross, from 340 px up", () => {
    for (const w of [340, 358, 420, 560, MAX_WIDTH]) {
      for (const points of labels(w)) {
        for (let i = 0; i < points.length; i++) {
          for (let j = i + 1; j < points.length; j++) {
            const apart = Math.abs(points[i][0] - points[j][0]) >= LABEL_BOX.width || Math.abs(points[i][1] - points[j][1]) >= LABEL_BOX.height + 4;
            expect(apart, `width ${w}: labels ${i} and ${j}`).toBe(true);
          }
        }
      }
    }
  });

  it("edge labels stay clear of the neurons from 340 px up", () => {
    for (const w of [340, 358, 500, MAX_WIDTH]) {
      const l = layout(w);
      for (const [lx, ly] of labels(w).flat()) {
        for (const [cx, cy] of l.centres.flat()) {
          // nearest point of the label box to the circle's centre
          const nx = Math.max(lx - LABEL_BOX.width / 2, Math.min(cx, lx + LABEL_BOX.width / 2));
          const ny = Math.max(ly - LABEL_BOX.height / 2, Math.min(cy, ly + LABEL_BOX.height / 2));
          expect(Math.hypot(nx - cx, ny - cy), `width ${w}`).toBeGreaterThanOrEqual(l.radius);
        }
      }
    }
  });

  it("biasAt(layout, unit) keeps each bias inside the figure and clear of every edge label, from 340 px up", () => {
    for (const w of [340, 358, 420, 480, 519, 520, 560, 632, MAX_WIDTH]) {
      const l = layout(w);
      for (const layer of [1, 2] as const) {
        for (let unit = 0; unit < SIZES[layer]; unit++) {
          const at = biasAt(l, { layer, unit });
          const left = at.anchor === "end" ? at.x - BIAS_BOX.width : at.x - BIAS_BOX.width / 2;
          const box = { left, right: left + BIAS_BOX.width, top: at.y - BIAS_BOX.ascent, bottom: at.y + BIAS_BOX.descent };
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(l.width);
          expect(box.bottom).toBeLessThanOrEqual(l.height);
          for (const [lx, ly] of labels(w).flat()) {
            const apart =
              box.right <= lx - LABEL_BOX.width / 2 || box.left >= lx + LABEL_BOX.width / 2 ||
              box.bottom <= ly - LABEL_BOX.height / 2 || box.top >= ly + LABEL_BOX.height / 2;
            expect(apart, `width ${w}: bias of unit ${unit} in layer ${layer} and the label at ${lx}, ${ly}`).toBe(true);
          }
        }
      }
    }
  });

  it("edgeEnds(layout, layer, from, to) stops at the circles' rims", () => {
    const l = layout(500);
    const [a, b] = edgeEnds(l, 1, 0, 2);
    const [ca, cb] = [l.centres[0][0], l.centres[1][2]];
    expect(Math.hypot(a[0] - ca[0], a[1] - ca[1])).toBeCloseTo(l.radius, 6);
    expect(Math.hypot(b[0] - cb[0], b[1] - cb[1])).toBeCloseTo(l.radius, 6);
  });
});
