// The figure: the graph as SVG, a box per node with its name, data and grad, an arrow per edge,
// the current node and the edges of the current step highlighted.
import type { BuiltGraph } from "./build.ts";
import { html, svg } from "../kit/dom.ts";
import { NODE, type Layout } from "./layout.ts";
import type { Snapshot } from "./steps.ts";
import { show } from "./text.ts";

/** The drawing may shrink to this fraction of its natural size before the figure scrolls. */
const MIN_SCALE = 0.75;

let figures = 0;

export interface Figure {
  readonly element: HTMLDivElement;
  draw(g: BuiltGraph, at: Layout, snap: Snapshot, label: string): void;
  /** Greys out the last graph while the expression does not parse. */
  setStale(stale: boolean): void;
}

export function createFigure(): Figure {
  const id = `nng-arrow-${++figures}`;
  const root = svg("svg", { role: "img", class: "nng-svg" });
  const defs = svg("defs", {}, root);
  for (const [suffix, cls] of [["", "nng-arrowhead"], ["-on", "nng-arrowhead nng-arrowhead--on"]]) {
    const marker = svg("marker", { id: id + suffix, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, defs);
    svg("path", { d: "M0,0L10,5L0,10z", class: cls }, marker);
  }
  const edgeLayer = svg("g", { class: "nng-edges" }, root);
  const nodeLayer = svg("g", { class: "nng-nodes" }, root);
  // the drawing scrolls sideways, rather than shrink its text out of reach, on a narrow screen
  const scroller = html("div", { class: "nng-scroll" });
  scroller.append(root);
  const element = html("div", { class: "nng-figure" });
  element.append(scroller, legend());

  function draw(g: BuiltGraph, at: Layout, snap: Snapshot, label: string): void {
    root.setAttribute("viewBox", `0 0 ${at.width} ${at.height}`);
    root.setAttribute("width", String(at.width));
    root.style.minWidth = `${Math.round(at.width * MIN_SCALE)}px`;
    root.setAttribute("aria-label", label);
    const active = new Set(snap.edges);
    const backward = snap.phase === "backward";
    const horizontal = at.orientation === "horizontal";

    edgeLayer.replaceChildren(
      ...g.edges.map((e, i) => {
        const from = at.boxes[e.from], to = at.boxes[e.to];
        const inputs = g.nodes[e.to].inputs;
        // each input of an op arrives at its own point, so x·x shows two arrows
        const k = g.edges.slice(0, i).filter((f) => f.to === e.to).length;
        const spread = (k - (inputs.length - 1) / 2) * 16;
        const [x1, y1, x2, y2] = horizontal
          ? [from.x + NODE.width, from.y + NODE.height / 2, to.x, to.y + NODE.height / 2 + spread]
          : [from.x + NODE.width / 2, from.y + NODE.height, to.x + NODE.width / 2 + spread, to.y];
        const bend = horizontal ? (x2 - x1) / 2 : (y2 - y1) / 2;
        // an edge that skips a layer arcs around the nodes in between instead of hiding behind them
        const arc = at.skips[i] ? -1.2 * (horizontal ? NODE.height : NODE.width) : 0;
        const d = horizontal
          ? `M${x1},${y1}C${x1 + bend},${y1 + arc} ${x2 - bend},${y2 + arc} ${x2},${y2}`
          : `M${x1},${y1}C${x1 + arc},${y1 + bend} ${x2 + arc},${y2 - bend} ${x2},${y2}`;
        const on = active.has(i);
        const marker = `url(#${id}${on ? "-on" : ""})`;
        return svg("path", {
          d,
          class: `nng-edge${on ? " is-active" : ""}`,
          "data-testid": on ? "active-edge" : "edge",
          // while gradients flow, the highlighted arrows point back to the inputs
          ...(on && backward ? { "marker-start": marker } : { "marker-end": marker }),
        });
      }),
    );

    const receiving = new Set(backward && snap.current !== null ? g.nodes[snap.current].inputs : []);
    nodeLayer.replaceChildren(
      ...g.nodes.map((n) => {
        const { x, y } = at.boxes[n.id];
        const value = snap.values[n.id], grad = snap.grads[n.id];
        const classes = ["nng-node", `nng-node--${n.kind}`];
        if (n.id === g.output) classes.push("is-output");
        if (n.id === snap.current) classes.push("is-current");
        if (receiving.has(n.id)) classes.push("is-receiving");
        const group = svg("g", {
          class: classes.join(" "),
          transform: `translate(${x} ${y})`,
          "data-testid": "graph-node",
          "data-name": n.name,
          "data-value": value === null ? "" : String(value),
          "data-grad": grad === null ? "" : String(grad),
        });
        svg("rect", { width: NODE.width, height: NODE.height, rx: n.kind === "op" ? 14 : 4 }, group);
        const name = svg("text", { x: NODE.width / 2, y: 17, class: "nng-name", "text-anchor": "middle" }, group);
        name.textContent = n.name;
        line(group, 34, "data", show(value), "nng-data");
        line(group, 50, "grad", show(grad), "nng-grad");
        return group;
      }),
    );
    // a drawing wider than the screen scrolls: then the keyboard must be able to reach it
    if (scroller.scrollWidth > scroller.clientWidth + 1) {
      scroller.tabIndex = 0;
      scroller.setAttribute("role", "region");
      scroller.setAttribute("aria-label", "The graph, which scrolls sideways");
    } else {
      scroller.removeAttribute("tabindex");
      scroller.removeAttribute("role");
      scroller.removeAttribute("aria-label");
    }
  }

  return {
    element,
    draw,
    setStale(stale) {
      element.classList.toggle("is-stale", stale);
    },
  };
}

function line(group: SVGGElement, y: number, label: string, value: string, cls: string): void {
  const text = svg("text", { x: 7, y, class: `nng-line ${cls}` }, group);
  const key = svg("tspan", { class: "nng-key" }, text);
  key.textContent = label;
  const v = svg("tspan", { x: NODE.width - 7, "text-anchor": "end" }, text);
  v.textContent = value;
}

// The key to the drawing; hidden from assistive technology, which reads the status line instead.
function legend(): HTMLParagraphElement {
  const p = html("p", { class: "nng-legend", "aria-hidden": "true" });
  p.textContent = "data: the value, from the forward pass · grad: ∂output/∂node, from the backward pass · — not computed yet";
  return p;
}
