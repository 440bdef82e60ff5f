// The network diagram: inputs, two hidden units, one output, with the values of the current
// training step written on it — activations after the forward pass, δ at the nodes and gradients
// on the edges after the backward pass, the new weights after the update. What the current step
// computes is lit: blue going forward, orange going backward.
import { svg } from "../kit/dom.ts";
import { setRichText } from "./rich.ts";
import { STEPS, currentParams, currentTrace, type BackpropState, type StepId } from "./model.ts";
import { figureLabel, show, short } from "./text.ts";

const WIDTH = 460;
const HEIGHT = 300;
const R = 26; // node radius
const INPUTS = [[44, 64], [44, 208]] as const;
const HIDDEN = [[232, 64], [232, 208]] as const;
const OUTPUT = [402, 124] as const;
const SUB = ["₁", "₂"];

type Lit = "" | "forward" | "backward";

/** Whether the current step is one of ids. */
function litOf(step: StepId, ...ids: StepId[]): boolean {
  return ids.includes(step);
}

export interface Diagram {
  readonly element: SVGSVGElement;
  draw(state: BackpropState): void;
}

export function createDiagram(): Diagram {
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", class: "nnbs-diagram" });
  const edges = svg("g", { class: "nnbs-edges" }, root);
  const labels = svg("g", { class: "nnbs-edge-labels" }, root);
  const nodes = svg("g", { class: "nnbs-nodes" }, root);

  function draw(state: BackpropState): void {
    const p = currentParams(state);
    const t = currentTrace(state);
    const id = STEPS[state.step];
    const reached = (s: StepId) => state.step >= STEPS.indexOf(s);
    const update = id === "update";
    const W1 = update ? t.next.W1 : p.W1;
    const W2 = update ? t.next.W2 : p.W2;
    const b1 = update ? t.next.b1 : p.b1;
    const b2 = update ? t.next.b2 : p.b2;

    edges.replaceChildren();
    labels.replaceChildren();
    nodes.replaceChildren();
    // layer 1: edge from input i to hidden unit k carries W⁽¹⁾[k, i]; labels near the inputs, where the edges are apart
    for (let k = 0; k < 2; k++) {
      for (let i = 0; i < 2; i++) {
        edge(INPUTS[i], HIDDEN[k], litOf(id, "forward1") ? "forward" : litOf(id, "grad1") ? "backward" : "");
        const grad = reached("grad1") ? t.gradW1[2 * k + i] : null;
        edgeLabel(INPUTS[i], HIDDEN[k], 0.3, W1[2 * k + i], grad, update, litOf(id, "grad1"), `w${k + 1}${i + 1}-1`);
      }
    }
    for (let k = 0; k < 2; k++) {
      const lit: Lit = litOf(id, "forward2") ? "forward" : litOf(id, "delta1", "grad2") ? "backward" : "";
      edge(HIDDEN[k], OUTPUT, lit);
      const grad = reached("grad2") ? t.gradW2[k] : null;
      edgeLabel(HIDDEN[k], OUTPUT, 0.5, W2[k], grad, update, litOf(id, "grad2"), `w1${k + 1}-2`);
    }

    INPUTS.forEach(([cx, cy], i) => {
      node(cx, cy, "", "nnbs-node nnbs-node--input");
      text(cx, cy - R - 10, `x${SUB[i]}`, "nnbs-name");
      text(cx, cy + 6, short(state.config.example.x[i]), "nnbs-act");
    });
    HIDDEN.forEach(([cx, cy], k) => {
      node(cx, cy, litOf(id, "forward1") ? "forward" : litOf(id, "delta1") ? "backward" : "", "nnbs-node");
      nodeValues(cx, cy, {
        z: reached("forward1") ? `z${SUB[k]}⁽¹⁾ = ${show(t.z1[k])}` : `z${SUB[k]}⁽¹⁾`,
        a: reached("forward1") ? show(t.a1[k]) : `a${SUB[k]}⁽¹⁾`,
        known: reached("forward1"),
        b: `b${SUB[k]}⁽¹⁾ = ${show(b1[k])}`,
        delta: reached("delta1") ? `δ${SUB[k]}⁽¹⁾ = ${show(t.delta1[k])}` : null,
      }, id, "delta1", `hidden-${k + 1}`);
    });
    const [ox, oy] = OUTPUT;
    node(ox, oy, litOf(id, "forward2") ? "forward" : litOf(id, "delta2") ? "backward" : "", "nnbs-node");
    const below = nodeValues(ox, oy, {
      z: reached("forward2") ? `z⁽²⁾ = ${show(t.z2)}` : "z⁽²⁾",
      a: reached("forward2") ? show(t.a2) : "ŷ",
      known: reached("forward2"),
      b: `b⁽²⁾ = ${show(b2[0])}`,
      delta: reached("delta2") ? `δ⁽²⁾ = ${show(t.delta2)}` : null,
    }, id, "delta2", "output");
    text(ox, below + 20, `y = ${short(state.config.example.y)}`, "nnbs-note");
    const loss = reached("loss") ? `𝓛 = ${show(t.loss)}` : "𝓛 = ?";
    text(ox, below + 40, loss, `nnbs-loss${reached("loss") ? "" : " nnbs-unknown"}${litOf(id, "loss") ? " is-lit" : ""}`, "loss");

    root.setAttribute("aria-label", figureLabel(state));
  }

  function edge([x1, y1]: readonly number[], [x2, y2]: readonly number[], lit: Lit): void {
    svg("line", { x1: x1 + R, y1, x2: x2 - R, y2, class: `nnbs-edge${lit ? ` is-lit is-lit--${lit}` : ""}` }, edges);
  }

  // A weight's label on its edge, at fraction f from the source: the weight, and its gradient once known.
  function edgeLabel(from: readonly number[], to: readonly number[], f: number, w: number, grad: number | null, isNew: boolean, gradLit: boolean, testId: string): void {
    const x = from[0] + R + (to[0] - from[0] - 2 * R) * f;
    const y = from[1] + (to[1] - from[1]) * f;
    const g = svg("g", { class: "nnbs-edge-label", "data-testid": testId }, labels);
    const h = grad === null ? 22 : 40;
    svg("rect", { x: x - 33, y: y - 12, width: 66, height: h, rx: 4, class: `nnbs-label-box${isNew ? " is-new" : gradLit ? " is-lit--backward" : ""}` }, g);
    svg("text", { x, y: y + 4, class: `nnbs-weight${isNew ? " is-new" : ""}` }, g).textContent = show(w);
    if (grad !== null) {
      svg("text", { x, y: y + 22, class: `nnbs-grad${gradLit ? " is-lit" : ""}` }, g).textContent = `∂ ${show(grad)}`;
    }
  }

  function node(cx: number, cy: number, lit: Lit, cls: string): void {
    svg("circle", { cx, cy, r: R, class: `${cls}${lit ? ` is-lit is-lit--${lit}` : ""}` }, nodes);
  }

  function text(x: number, y: number, content: string, cls: string, testId?: string): SVGTextElement {
    const el = svg("text", { x, y, class: cls, ...(testId ? { "data-testid": testId } : {}) }, nodes);
    setRichText(el, content, cls.includes("nnbs-act") || cls.includes("nnbs-loss") ? 16 : 14);
    return el;
  }

  // z above the node, a inside, then b and δ below; returns the y of the last line below.
  function nodeValues(cx: number, cy: number, v: { z: string; a: string; known: boolean; b: string; delta: string | null }, id: StepId, deltaStep: StepId, testId: string): number {
    text(cx, cy - R - 10, v.z, v.known ? "nnbs-note" : "nnbs-name");
    text(cx, cy + 6, v.a, v.known ? "nnbs-act" : "nnbs-act nnbs-unknown", `${testId}-a`);
    text(cx, cy + R + 19, v.b, `nnbs-note${id === "update" ? " is-new" : ""}`);
    if (v.delta !== null) text(cx, cy + R + 38, v.delta, `nnbs-delta${id === deltaStep ? " is-lit" : ""}`, `${testId}-delta`);
    return cy + R + 38;
  }

  return { element: root, draw };
}
