// The widget's figure: the 2-3-2 network as an SVG diagram, drawn one viewBox unit per pixel. Each
// edge carries a label (its weight, or weight × input), each neuron its value, its name above and
// its bias below. Neurons are focusable; hovering or focusing one lights its incoming edges.
import { ACTIVATION_SYMBOLS } from "./activations.ts";
import { html, svg } from "../kit/dom.ts";
import { LABEL_BOX, biasAt, edgeEnds, edgeLabelAt, layout, type Layout } from "./layout.ts";
import { SIZES, getParameter, type Forward, type NeuronRef, type ParameterRef, type State } from "./model.ts";
import { arithmetic, figureLabel, neuronName, neuronTitle, show } from "./text.ts";

export interface View {
  /** The neuron whose arithmetic is shown; its incoming edges are lit. */
  readonly shown: NeuronRef;
  /** The parameter the editor is on. */
  readonly selected: ParameterRef;
}

export interface FigureHandlers {
  /** The pointer entered (a neuron) or left (null) a neuron. */
  hover(n: NeuronRef | null): void;
  /** A neuron was focused or clicked. */
  pin(n: NeuronRef): void;
  /** An edge or a bias was clicked. */
  select(p: ParameterRef): void;
}

export interface Figure {
  readonly element: HTMLDivElement;
  /** Lays the diagram out for a width in pixels (and redraws if it changed). */
  resize(width: number): void;
  draw(state: State, f: Forward, view: View): void;
}

const r = (n: number) => Math.round(n * 10) / 10;
const key = (p: ParameterRef) => `${p.layer}-${p.row}-${p.col ?? "b"}`;
const neuronKey = (n: NeuronRef) => `${n.layer}-${n.unit}`;

interface Parts {
  layout: Layout;
  headings: SVGTextElement[];
  edges: Map<string, { line: SVGLineElement; label: SVGGElement; text: SVGTextElement; rect: SVGRectElement }>;
  neurons: Map<string, { group: SVGGElement; value: SVGTextElement; bias: SVGTextElement | null }>;
}

export function createFigure(on: FigureHandlers): Figure {
  const root = svg("svg", { class: "nnf-svg", role: "group" });
  const element = html("div", { class: "nnf-plot" });
  element.append(root, legend());
  let parts: Parts | null = null;
  let last: [State, Forward, View] | null = null;

  function build(width: number): Parts {
    const l = layout(width);
    root.setAttribute("viewBox", `0 0 ${l.width} ${l.height}`);
    root.setAttribute("width", String(l.width));
    root.setAttribute("height", String(l.height));
    root.classList.toggle("is-compact", l.compact);
    const lines = svg("g", { class: "nnf-lines" });
    const labels = svg("g", { class: "nnf-labels", "aria-hidden": "true" });
    const units = svg("g", { class: "nnf-units" });
    const texts = svg("g", { class: "nnf-texts", "aria-hidden": "true" });
    const headings = [0, 1, 2].map((i) =>
      svg("text", { class: "nnf-heading", x: r(l.columns[i]), y: 16, "text-anchor": ["start", "middle", "end"][i], "aria-hidden": "true" }),
    );
    headings[0].setAttribute("x", String(r(l.columns[0] - l.radius)));
    headings[2].setAttribute("x", String(r(l.columns[2] + l.radius)));
    const edges: Parts["edges"] = new Map();
    for (const layer of [1, 2] as const) {
      for (let to = 0; to < SIZES[layer]; to++) {
        for (let from = 0; from < SIZES[layer - 1]; from++) {
          const p: ParameterRef = { layer, row: to, col: from };
          const [[x1, y1], [x2, y2]] = edgeEnds(l, layer, from, to);
          const ends = { x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2) };
          const line = svg("line", { class: "nnf-edge", ...ends }, lines);
          const hit = svg("line", { class: "nnf-hit", ...ends }, lines);
          const [lx, ly] = edgeLabelAt(l, layer, from, to);
          const label = svg("g", { class: "nnf-edge-label", transform: `translate(${r(lx)} ${r(ly)})` }, labels);
          const rect = svg("rect", { x: -LABEL_BOX.width / 2, y: -LABEL_BOX.height / 2, width: LABEL_BOX.width, height: LABEL_BOX.height, rx: 4 }, label);
          const text = svg("text", { y: 4, "text-anchor": "middle" }, label);
          for (const el of [hit, label]) el.addEventListener("click", () => on.select(p));
          edges.set(key(p), { line, label, text, rect });
        }
      }
    }
    const neurons: Parts["neurons"] = new Map();
    SIZES.forEach((count, layer) => {
      for (let unit = 0; unit < count; unit++) {
        const n: NeuronRef = { layer: layer as 0 | 1 | 2, unit };
        const [cx, cy] = l.centres[layer][unit];
        // the button holds only its circle; its texts sit in a layer above that ignores the pointer,
        // so the button's accessible name is its aria-label alone
        const group = svg("g", { class: `nnf-neuron nnf-neuron--${layer}`, tabindex: 0, role: "button", "data-neuron": neuronName(n) }, units);
        svg("circle", { cx: r(cx), cy: r(cy), r: l.radius }, group);
        svg("text", { class: "nnf-name", x: r(cx), y: r(cy - l.radius - 6), "text-anchor": "middle" }, texts).textContent = neuronName(n);
        const value = svg("text", { class: "nnf-value", x: r(cx), y: r(cy + 4.5), "text-anchor": "middle" }, texts);
        let bias: SVGTextElement | null = null;
        if (layer > 0) {
          const at = biasAt(l, n);
          bias = svg("text", { class: "nnf-bias", x: r(at.x), y: r(at.y), "text-anchor": at.anchor }, texts);
          const p: ParameterRef = { layer: layer as 1 | 2, row: unit, col: null };
          bias.addEventListener("click", () => on.select(p));
        }
        group.addEventListener("pointerenter", () => on.hover(n));
        group.addEventListener("pointerleave", () => on.hover(null));
        group.addEventListener("focus", () => on.pin(n));
        group.addEventListener("click", () => on.pin(n));
        neurons.set(neuronKey(n), { group, value, bias });
      }
    });
    root.replaceChildren(lines, labels, ...headings, units, texts);
    return { layout: l, headings, edges, neurons };
  }

  function draw(state: State, f: Forward, view: View): void {
    last = [state, f, view];
    if (!parts) parts = build(element.clientWidth || 600);
    const { headings, edges, neurons } = parts;
    const compact = parts.layout.compact;
    const hidden = ACTIVATION_SYMBOLS[state.activation];
    const out = state.output === "linear" ? "z⁽²⁾" : `${ACTIVATION_SYMBOLS[state.output]}(z⁽²⁾)`;
    const texts = compact ? ["input x", "hidden h", "output ŷ"] : ["input x", `hidden h = ${hidden ? `${hidden}(z⁽¹⁾)` : "z⁽¹⁾"}`, `output ŷ = ${out}`];
    headings.forEach((h, i) => (h.textContent = texts[i]));

    for (const [k, e] of edges) {
      const [layer, row, col] = k.split("-").map(Number) as [1 | 2, number, number];
      const w = getParameter(state, { layer, row, col });
      const shown = state.edges === "weight" ? w : f.products[layer - 1][row][col];
      const sign = w < 0 ? "neg" : "pos";
      e.line.setAttribute("stroke-width", String(r(1 + 2.5 * Math.min(Math.abs(w), 1.6))));
      e.line.setAttribute("class", `nnf-edge nnf-edge--${sign}`);
      const lit = view.shown.layer === layer && view.shown.unit === row;
      const selected = view.selected.layer === layer && view.selected.row === row && view.selected.col === col;
      e.line.classList.toggle("is-lit", lit);
      e.line.classList.toggle("is-selected", selected);
      e.label.setAttribute("class", `nnf-edge-label nnf-edge-label--${sign}${lit ? " is-lit" : ""}${selected ? " is-selected" : ""}`);
      e.text.textContent = show(shown, 2);
    }
    for (const [k, n] of neurons) {
      const [layer, unit] = k.split("-").map(Number) as [0 | 1 | 2, number];
      const ref: NeuronRef = { layer, unit };
      n.value.textContent = show(f.activations[layer][unit], 2);
      const active = view.shown.layer === layer && view.shown.unit === unit;
      n.group.classList.toggle("is-active", active);
      n.group.setAttribute("aria-pressed", String(active));
      n.group.setAttribute("aria-label", `${neuronTitle(ref)}: ${arithmetic(state, f, ref).join(" ")}`);
      if (n.bias) {
        const b = getParameter(state, { layer: layer as 1 | 2, row: unit, col: null });
        n.bias.textContent = `b ${show(b, 2)}`;
        const selected = view.selected.col === null && view.selected.layer === layer && view.selected.row === unit;
        n.bias.classList.toggle("is-selected", selected);
      }
    }
    root.setAttribute("aria-label", figureLabel(state, f));
  }

  function resize(width: number): void {
    if (parts && layout(width).width === parts.layout.width) return;
    const focused = parts ? [...parts.neurons.entries()].find(([, n]) => n.group === document.activeElement)?.[0] : undefined;
    parts = build(width);
    if (last) draw(...last);
    if (focused) parts.neurons.get(focused)?.group.focus({ preventScroll: true });
  }

  return { element, resize, draw };
}

// The key to the marks; hidden from assistive technology, since the figure's label says it all.
function legend(): HTMLParagraphElement {
  const p = html("p", { class: "nnf-legend", "aria-hidden": "true" });
  p.innerHTML =
    `<span><svg viewBox="0 0 24 8"><line class="nnf-edge nnf-edge--pos" x1="0" y1="4" x2="24" y2="4" stroke-width="3"/></svg>positive weight</span>` +
    `<span><svg viewBox="0 0 24 8"><line class="nnf-edge nnf-edge--neg" x1="0" y1="4" x2="24" y2="4" stroke-width="3"/></svg>negative weight</span>` +
    `<span>thicker = larger |w| · click an edge or a bias to edit it</span>`;
  return p;
}
