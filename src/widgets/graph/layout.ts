// Where each node of the graph goes: layers by depth, inputs first, the output last. Left to right
// on a wide screen; top to bottom on a narrow one, where the layers are fewer than the nodes in them.
import type { BuiltGraph } from "./build.ts";

export type Orientation = "horizontal" | "vertical";

export const NODE = { width: 92, height: 58 };
const GAP = { horizontal: { layer: 40, cross: 12 }, vertical: { layer: 34, cross: 8 } };
const MARGIN = 6;

export interface Layout {
  /** Size of the drawing, in the SVG's units. */
  width: number;
  height: number;
  /** Top-left corner of each node's box, by id. */
  boxes: { x: number; y: number }[];
  /** Per edge: whether it skips a layer, and so must arc around the nodes in between. */
  skips: boolean[];
  orientation: Orientation;
}

/**
 * Depth of each node: an op sits one layer after the deepest of its inputs; an input or a constant
 * sits just before the first op that uses it, so a bias added late is drawn late.
 */
export function depths(g: BuiltGraph): number[] {
  const depth = g.nodes.map(() => 0);
  for (const n of g.nodes) {
    if (n.kind === "op") depth[n.id] = 1 + Math.max(...n.inputs.map((i) => (g.nodes[i].kind === "op" ? depth[i] : 0)));
  }
  for (const n of g.nodes) {
    if (n.kind === "op") continue;
    const users = g.edges.filter((e) => e.from === n.id).map((e) => depth[e.to]);
    depth[n.id] = users.length > 0 ? Math.min(...users) - 1 : 0;
  }
  return depth;
}

/** Node order within each layer: from the output back, each node near the first node it feeds. */
export function layers(g: BuiltGraph): number[][] {
  const depth = depths(g);
  const count = Math.max(...depth) + 1;
  const byLayer: number[][] = Array.from({ length: count }, () => []);
  for (const n of g.nodes) byLayer[depth[n.id]].push(n.id);
  const position = new Map<number, number>();
  for (let d = count - 1; d >= 0; d--) {
    const key = (id: number) => {
      // the first use in drawing order: the user's position, then which input of it this is
      let best = Infinity;
      for (const n of g.nodes) {
        const k = n.inputs.indexOf(id);
        if (k >= 0 && position.has(n.id)) best = Math.min(best, (position.get(n.id) as number) * 10 + k);
      }
      return best === Infinity ? id : best;
    };
    byLayer[d].sort((a, b) => key(a) - key(b) || a - b);
    byLayer[d].forEach((id, i) => position.set(id, i));
  }
  return byLayer;
}

/** Room left above (or beside) the nodes for the arcs of edges that skip layers. */
export const ARC_ROOM = 44;

export function layout(g: BuiltGraph, orientation: Orientation): Layout {
  const rows = layers(g);
  const depth = depths(g);
  const skips = g.edges.map((e) => depth[e.to] - depth[e.from] > 1);
  const room = skips.some(Boolean) ? ARC_ROOM : 0;
  const gap = GAP[orientation];
  const along = orientation === "horizontal" ? NODE.width : NODE.height; // size in the layer direction
  const across = orientation === "horizontal" ? NODE.height : NODE.width;
  const widest = Math.max(...rows.map((r) => r.length));
  const crossSize = widest * across + (widest - 1) * gap.cross;
  const boxes = g.nodes.map(() => ({ x: 0, y: 0 }));
  rows.forEach((ids, d) => {
    const size = ids.length * across + (ids.length - 1) * gap.cross;
    ids.forEach((id, i) => {
      const a = MARGIN + d * (along + gap.layer);
      const c = MARGIN + room + (crossSize - size) / 2 + i * (across + gap.cross);
      boxes[id] = orientation === "horizontal" ? { x: a, y: c } : { x: c, y: a };
    });
  });
  const alongSize = rows.length * along + (rows.length - 1) * gap.layer;
  const [w, h] = orientation === "horizontal" ? [alongSize, crossSize + room] : [crossSize + room, alongSize];
  return { width: w + 2 * MARGIN, height: h + 2 * MARGIN, boxes, skips, orientation };
}

/**
 * Left to right when that fits in `available` units of width; otherwise whichever orientation
 * needs the smaller reduction.
 */
export function chooseOrientation(g: BuiltGraph, available: number): Orientation {
  const wide = layout(g, "horizontal").width;
  if (wide <= available) return "horizontal";
  return layout(g, "vertical").width < wide ? "vertical" : "horizontal";
}
