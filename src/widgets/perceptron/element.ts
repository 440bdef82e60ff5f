// <nn-perceptron>: draws the model in model.ts as an SVG scatter plot with its decision line, and
// wires sliders, a data-set picker and training buttons to it. All state changes go through the
// model; this file only renders and listens.
import {
  ATTRIBUTES,
  DATASETS,
  DATASET_LABELS,
  DEFAULT_CONFIG,
  boundary,
  createState,
  epoch,
  halfPlanes,
  isDatasetName,
  misclassified,
  misclassifiedText,
  parseAttributes,
  setDataset,
  setWeights,
  toAttributes,
  train,
  trainStep,
  trainingText,
  viewDomain,
  type Config,
  type Domain,
  type PerceptronState,
  type Vec,
} from "./model.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const SIZE = 400; // viewBox side
const PAD = { left: 40, right: 14, top: 14, bottom: 40 };
const PLOT = SIZE - PAD.left - PAD.right; // square plot area: PAD.top + PAD.bottom is the same
const MAX_EPOCHS = 40;
const EPOCH_MS = 180; // slow enough to watch the line move
const SLIDER = { min: -4, max: 4, step: 0.05 };

type WeightName = "w1" | "w2" | "b";
const WEIGHTS: readonly { name: WeightName; label: string }[] = [
  { name: "w1", label: "w₁" },
  { name: "w2", label: "w₂" },
  { name: "b", label: "b" },
];

let instances = 0;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent?.append(el);
  return el;
}

function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

const round = (n: number) => Math.round(n * 100) / 100;
const points = (poly: readonly Vec[], sx: (x: number) => number, sy: (y: number) => number) =>
  poly.map(([x, y]) => `${round(sx(x))},${round(sy(y))}`).join(" ");
// A typographic minus reads better than a hyphen next to digits.
const show = (n: number, digits = 2) => n.toFixed(digits).replace(/^-/, "−").replace(/^−(0(?:\.0+)?)$/, "$1");

interface Ui {
  svg: SVGSVGElement;
  halfPositive: SVGPolygonElement;
  halfNegative: SVGPolygonElement;
  grid: SVGGElement;
  line: SVGLineElement;
  normal: SVGGElement;
  dots: SVGGElement;
  sliders: Record<WeightName, { input: HTMLInputElement; output: HTMLSpanElement }>;
  select: HTMLSelectElement;
  stepButton: HTMLButtonElement;
  trainButton: HTMLButtonElement;
  equation: HTMLSpanElement;
  counters: HTMLSpanElement;
  status: HTMLParagraphElement;
}

export class PerceptronElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #state: PerceptronState = createState();
  #initial: Config = DEFAULT_CONFIG; // what Reset returns to: the configured weights
  #highlight: number | null = null; // the point "Train one step" just used
  #ui: Ui | null = null;
  #domain: Domain = [-1, 1];
  #reflecting = false;
  #running = false;
  #runEpochs = 0;
  #raf = 0;
  #lastEpochAt = -Infinity;
  #visible = true;
  #observer: IntersectionObserver | null = null;

  connectedCallback(): void {
    if (!this.#ui) {
      this.#initial = parseAttributes((name) => this.getAttribute(name));
      this.#state = createState(this.#initial);
      this.#ui = this.#build();
      this.#render();
      this.#setStatus(misclassifiedText(this.#state));
    }
    this.classList.add("not-content"); // opt out of Starlight's prose spacing
    if ("IntersectionObserver" in window) {
      this.#observer = new IntersectionObserver((entries) => {
        this.#visible = entries[entries.length - 1].isIntersecting;
        if (this.#visible && this.#running && !this.#raf) this.#raf = requestAnimationFrame(this.#tick);
      });
      this.#observer.observe(this);
    }
  }

  disconnectedCallback(): void {
    if (this.#running) this.#finish(true);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#reflecting || !this.#ui || oldValue === newValue) return;
    // Someone (a page script, an embed route reading the URL) reconfigured the widget.
    this.#stop();
    const config = parseAttributes((name) => this.getAttribute(name));
    this.#initial = config;
    const base = config.dataset === this.#state.dataset ? this.#state : setDataset(this.#state, config.dataset);
    this.#state = { ...base, w1: config.w1, w2: config.w2, b: config.b, learningRate: config.learningRate };
    this.#highlight = null;
    this.#render();
    this.#setStatus(misclassifiedText(this.#state));
  }

  /** The current model state, for scripts and tests. */
  get state(): PerceptronState {
    return this.#state;
  }

  #build(): Ui {
    const id = `nn-perceptron-${++instances}`;
    const root = svg("svg", { viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img", class: "nnp-svg" });
    svg("rect", { class: "nnp-frame", x: PAD.left, y: PAD.top, width: PLOT, height: PLOT }, root);
    const halfPositive = svg("polygon", { class: "nnp-half nnp-half--1" }, root);
    const halfNegative = svg("polygon", { class: "nnp-half nnp-half--0" }, root);
    const grid = svg("g", { class: "nnp-grid" }, root);
    const line = svg("line", { class: "nnp-boundary", "data-testid": "boundary" }, root);
    const normal = svg("g", { class: "nnp-normal" }, root);
    const dots = svg("g", { class: "nnp-points" }, root);

    const sliders = {} as Ui["sliders"];
    const sliderBox = html("div", { class: "nnp-sliders" });
    for (const { name, label } of WEIGHTS) {
      const inputId = `${id}-${name}`;
      const row = html("div", { class: "nnp-slider" });
      // a span, not an <output>: that has role status, and the widget has one status line
      const output = html("span", { class: "nnp-value" });
      const input = html("input", {
        id: inputId,
        type: "range",
        min: String(SLIDER.min),
        max: String(SLIDER.max),
        step: String(SLIDER.step),
      });
      input.addEventListener("input", () => {
        this.#stop();
        this.#highlight = null;
        this.#commit(setWeights(this.#state, { [name]: Number(input.value) }));
        this.#setStatus(misclassifiedText(this.#state));
      });
      row.append(html("label", { for: inputId }, label), output, input);
      sliderBox.append(row);
      sliders[name] = { input, output };
    }

    const selectId = `${id}-dataset`;
    const select = html("select", { id: selectId });
    for (const name of DATASETS) select.append(html("option", { value: name }, DATASET_LABELS[name]));
    select.addEventListener("change", () => {
      if (!isDatasetName(select.value)) return;
      this.#stop();
      this.#highlight = null;
      this.#commit(setDataset(this.#state, select.value));
      this.#setStatus(misclassifiedText(this.#state));
    });
    const field = html("div", { class: "nnp-field" });
    field.append(html("label", { for: selectId }, "Data set"), select);

    const stepButton = html("button", { type: "button" }, "Train one step");
    const trainButton = html("button", { type: "button", class: "nnp-primary" }, "Train");
    const resetButton = html("button", { type: "button" }, "Reset");
    stepButton.addEventListener("click", () => this.#step());
    trainButton.addEventListener("click", () => (this.#running ? this.#finish(true) : this.#start()));
    resetButton.addEventListener("click", () => {
      this.#stop();
      this.#highlight = null;
      this.#commit(createState({ ...this.#initial, dataset: this.#state.dataset }));
      this.#setStatus(misclassifiedText(this.#state));
    });
    const buttons = html("div", { class: "nnp-buttons" });
    buttons.append(stepButton, trainButton, resetButton);

    const readout = html("p", { class: "nnp-readout" });
    const equationText = html("span", { class: "nnp-equation" });
    const counters = html("span");
    readout.append(equationText, counters);
    const status = html("p", { class: "nnp-status", role: "status", "aria-live": "polite" });

    const legend = html("ul", { class: "nnp-legend", "aria-hidden": "true" });
    legend.innerHTML =
      `<li><svg viewBox="-8 -8 16 16"><circle class="nnp-dot nnp-dot--0" r="5.5"/></svg>y = 0</li>` +
      `<li><svg viewBox="-8 -8 16 16"><path class="nnp-dot nnp-dot--1" d="${triangle(0, 1, 7)}"/></svg>y = 1</li>` +
      `<li><svg viewBox="-12 -12 24 24"><circle class="nnp-wrong" r="9"/></svg>misclassified</li>` +
      `<li><svg viewBox="-14 -14 28 28"><circle class="nnp-used" r="11"/></svg>last update</li>`;

    const plot = html("div", { class: "nnp-plot" });
    plot.append(root, legend);
    const panel = html("div", { class: "nnp-panel" });
    panel.append(sliderBox, field, buttons, readout, status);
    const body = html("div", { class: "nnp-body" });
    body.append(plot, panel);
    const style = html("style", {}, STYLE);
    this.replaceChildren(style, body); // drops the server-rendered fallback text

    return { svg: root, halfPositive, halfNegative, grid, line, normal, dots, sliders, select, stepButton, trainButton, equation: equationText, counters, status };
  }

  // Applies a new state, redraws, and mirrors it into the attributes so it can be copied as a link.
  #commit(state: PerceptronState): void {
    this.#state = state;
    this.#render();
    this.#reflecting = true;
    try {
      for (const [k, v] of Object.entries(toAttributes(state))) {
        if (this.getAttribute(k) !== v) this.setAttribute(k, v);
      }
    } finally {
      this.#reflecting = false;
    }
  }

  #setStatus(text: string): void {
    const ui = this.#ui;
    if (ui && ui.status.textContent !== text) ui.status.textContent = text;
  }

  #step(): void {
    this.#stop();
    const { state, index } = trainStep(this.#state);
    this.#highlight = index;
    this.#commit(state);
    if (index === null) {
      this.#setStatus(`Nothing to update: ${misclassifiedText(state)}.`);
    } else {
      const p = state.points[index];
      this.#setStatus(
        `Updated on point ${index + 1} (x₁ = ${show(p.x1)}, x₂ = ${show(p.x2)}, y = ${p.label}): ${misclassifiedText(state)}.`,
      );
    }
  }

  #start(): void {
    this.#highlight = null;
    if (matchMedia("(prefers-reduced-motion: reduce)").matches) {
      const result = train(this.#state, { maxEpochs: MAX_EPOCHS });
      this.#commit(result.state);
      this.#setStatus(trainingText(result));
      return;
    }
    this.#running = true;
    this.#runEpochs = 0;
    this.#lastEpochAt = -Infinity;
    const ui = this.#ui;
    if (ui) ui.trainButton.textContent = "Stop";
    this.#setStatus("Training…");
    this.#render();
    if (this.#visible) this.#raf = requestAnimationFrame(this.#tick);
  }

  #tick = (now: number): void => {
    this.#raf = 0;
    if (!this.#running || !this.#visible) return; // the observer restarts it on screen
    if (now - this.#lastEpochAt >= EPOCH_MS) {
      this.#lastEpochAt = now;
      // the same loop as train() in the model: stop after a clean pass or at MAX_EPOCHS
      const { state, updates } = epoch(this.#state);
      this.#runEpochs++;
      this.#commit(state);
      if (updates === 0 || this.#runEpochs >= MAX_EPOCHS) {
        this.#finish(false);
        return;
      }
    }
    this.#raf = requestAnimationFrame(this.#tick);
  };

  // Ends a Train run: by itself (converged or out of epochs) or because the reader pressed Stop.
  #finish(stopped: boolean): void {
    const epochs = this.#runEpochs;
    this.#stop();
    const converged = misclassified(this.#state).length === 0;
    if (stopped && !converged) {
      this.#setStatus(`Stopped after ${epochs} epoch${epochs === 1 ? "" : "s"}: ${misclassifiedText(this.#state)}.`);
    } else {
      this.#setStatus(trainingText({ state: this.#state, converged, epochs }));
    }
  }

  #stop(): void {
    if (this.#raf) cancelAnimationFrame(this.#raf);
    this.#raf = 0;
    if (!this.#running) return;
    this.#running = false;
    const ui = this.#ui;
    if (ui) ui.trainButton.textContent = "Train";
    this.#render();
  }

  #render(): void {
    const ui = this.#ui;
    if (!ui) return;
    const s = this.#state;
    const domain = viewDomain(s.dataset);
    const [d0, d1] = domain;
    const sx = (x: number) => PAD.left + ((x - d0) / (d1 - d0)) * PLOT;
    const sy = (y: number) => PAD.top + ((d1 - y) / (d1 - d0)) * PLOT;
    if (domain[0] !== this.#domain[0] || domain[1] !== this.#domain[1] || !ui.grid.firstChild) {
      this.#domain = domain;
      drawGrid(ui.grid, domain, sx, sy);
    }

    const halves = halfPlanes(s, domain, domain);
    ui.halfPositive.setAttribute("points", points(halves.positive, sx, sy));
    ui.halfNegative.setAttribute("points", points(halves.negative, sx, sy));

    const seg = boundary(s, domain, domain);
    ui.normal.replaceChildren();
    if (seg) {
      const [[ax, ay], [bx, by]] = seg;
      ui.line.setAttribute("x1", String(round(sx(ax))));
      ui.line.setAttribute("y1", String(round(sy(ay))));
      ui.line.setAttribute("x2", String(round(sx(bx))));
      ui.line.setAttribute("y2", String(round(sy(by))));
      ui.line.removeAttribute("visibility");
      drawNormal(ui.normal, s, [sx((ax + bx) / 2), sy((ay + by) / 2)]);
    } else {
      ui.line.setAttribute("visibility", "hidden");
    }

    const wrong = new Set(misclassified(s));
    const dots: SVGElement[] = [];
    s.points.forEach((p, i) => {
      const cx = sx(p.x1);
      const cy = sy(p.x2);
      if (wrong.has(i)) dots.push(svg("circle", { class: "nnp-wrong", cx: round(cx), cy: round(cy), r: 10, "data-testid": "misclassified" }));
      dots.push(
        p.label === 1
          ? svg("path", { class: "nnp-dot nnp-dot--1", d: triangle(cx, cy, 7.5) })
          : svg("circle", { class: "nnp-dot nnp-dot--0", cx: round(cx), cy: round(cy), r: 5.5 }),
      );
    });
    if (this.#highlight !== null) {
      const p = s.points[this.#highlight];
      dots.push(svg("circle", { class: "nnp-used", cx: round(sx(p.x1)), cy: round(sy(p.x2)), r: 13, "data-testid": "last-update" }));
    }
    ui.dots.replaceChildren(...dots);

    ui.svg.setAttribute(
      "aria-label",
      `Scatter plot of the ${DATASET_LABELS[s.dataset]} data set: ${s.points.length} points, ` +
        `circles for class 0 and triangles for class 1, split by the decision line ` +
        `${equation(s)} = 0; ${misclassifiedText(s)}.`,
    );

    for (const { name } of WEIGHTS) {
      const { input, output } = ui.sliders[name];
      const value = s[name];
      if (document.activeElement !== input || Number(input.value) !== value) input.value = String(value);
      output.textContent = show(value);
    }
    if (ui.select.value !== s.dataset) ui.select.value = s.dataset;
    ui.equation.textContent = `z = ${equation(s)}, ŷ = 1 when z ≥ 0`;
    ui.counters.textContent =
      `η = ${s.learningRate} · ${s.epochs} epoch${s.epochs === 1 ? "" : "s"} · ${s.steps} update${s.steps === 1 ? "" : "s"}`;
  }
}

// "0.50 x₁ − 1.00 x₂ + 0.25"
function equation(s: Pick<Config, "w1" | "w2" | "b">): string {
  const signed = (n: number) => (Math.round(n * 100) < 0 ? `− ${show(-n)}` : `+ ${show(n)}`);
  return `${show(s.w1)} x₁ ${signed(s.w2)} x₂ ${signed(s.b)}`;
}

// An upward triangle centred on (cx, cy) with circumradius r, as path data.
function triangle(cx: number, cy: number, r: number): string {
  const h = r * Math.sqrt(3) / 2;
  return `M${round(cx)},${round(cy - r)}L${round(cx + h)},${round(cy + r / 2)}L${round(cx - h)},${round(cy + r / 2)}Z`;
}

function drawGrid(g: SVGGElement, [d0, d1]: Domain, sx: (x: number) => number, sy: (y: number) => number): void {
  g.replaceChildren();
  const ticks: number[] = [];
  for (let t = Math.ceil(d0 * 2) / 2; t <= d1 + 1e-9; t += 0.5) ticks.push(Math.round(t * 2) / 2);
  const bottom = PAD.top + PLOT;
  for (const t of ticks) {
    const zero = t === 0;
    svg("line", { class: zero ? "nnp-axis" : "nnp-gridline", x1: sx(t), x2: sx(t), y1: PAD.top, y2: bottom }, g);
    svg("line", { class: zero ? "nnp-axis" : "nnp-gridline", y1: sy(t), y2: sy(t), x1: PAD.left, x2: PAD.left + PLOT }, g);
    svg("text", { class: "nnp-tick", x: sx(t), y: bottom + 16, "text-anchor": "middle" }, g).textContent = show(t, t % 1 === 0 ? 0 : 1);
    svg("text", { class: "nnp-tick", x: PAD.left - 6, y: sy(t) + 4, "text-anchor": "end" }, g).textContent = show(t, t % 1 === 0 ? 0 : 1);
  }
  svg("text", { class: "nnp-axis-label", x: PAD.left + PLOT, y: bottom + 34, "text-anchor": "end" }, g).textContent = "x₁ →";
  const label = svg("text", { class: "nnp-axis-label", x: 0, y: 0, "text-anchor": "end", transform: `translate(${PAD.left - 26} ${PAD.top}) rotate(-90)` }, g);
  label.textContent = "x₂ →";
}

// The weight vector (w₁, w₂) drawn from the middle of the line: it is normal to the line and
// points into the half-plane predicted 1.
function drawNormal(g: SVGGElement, s: Pick<Config, "w1" | "w2">, [mx, my]: readonly [number, number]): void {
  const len = Math.hypot(s.w1, s.w2);
  const ux = s.w1 / len;
  const uy = -s.w2 / len; // screen y grows downward
  const L = 34;
  const tx = mx + ux * L;
  const ty = my + uy * L;
  svg("line", { x1: round(mx), y1: round(my), x2: round(tx - ux * 6), y2: round(ty - uy * 6) }, g);
  const head: Vec[] = [
    [tx, ty],
    [tx - ux * 9 - uy * 4.5, ty - uy * 9 + ux * 4.5],
    [tx - ux * 9 + uy * 4.5, ty - uy * 9 - ux * 4.5],
  ];
  svg("polygon", { points: head.map(([x, y]) => `${round(x)},${round(y)}`).join(" ") }, g);
  svg("text", { x: round(tx + ux * 10), y: round(ty + uy * 10 + 4), "text-anchor": "middle" }, g).textContent = "w";
}

const STYLE = `
nn-perceptron {
  --nnp-c0: var(--sl-color-blue, hsl(234, 90%, 60%));
  --nnp-c1: var(--sl-color-orange, hsl(41, 90%, 60%));
  --nnp-c0-tint: var(--sl-color-blue-low, hsl(234, 88%, 90%));
  --nnp-c1-tint: var(--sl-color-orange-low, hsl(41, 90%, 88%));
  --nnp-ink: var(--sl-color-white, hsl(224, 10%, 10%));
  --nnp-text: var(--sl-color-text, hsl(224, 10%, 23%));
  --nnp-muted: var(--sl-color-gray-3, hsl(224, 7%, 36%));
  --nnp-rule: var(--sl-color-gray-5, hsl(224, 6%, 77%));
  --nnp-bg: var(--sl-color-black, #fff);
  --nnp-panel: var(--sl-color-gray-6, hsl(224, 20%, 94%));
  --nnp-accent: var(--sl-color-accent, hsl(234, 90%, 60%));
  --nnp-primary: var(--sl-color-text-accent, hsl(234, 80%, 45%));
  --nnp-on-primary: var(--sl-color-black, #fff);
  display: block;
  max-width: 720px;
  margin-inline: auto;
  color: var(--nnp-text);
  font-size: var(--sl-text-sm, 0.875rem);
  line-height: 1.5;
}
nn-perceptron .nnp-body { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: flex-start; }
nn-perceptron .nnp-plot { flex: 1 1 20rem; min-width: 0; max-width: 28rem; margin-inline: auto; }
nn-perceptron .nnp-panel { flex: 1 1 15rem; min-width: 0; display: flex; flex-direction: column; gap: 0.75rem; }
nn-perceptron .nnp-svg { display: block; width: 100%; height: auto; overflow: visible; }
nn-perceptron .nnp-frame { fill: var(--nnp-bg); stroke: var(--nnp-rule); }
nn-perceptron .nnp-half { stroke: none; }
nn-perceptron .nnp-half--1 { fill: var(--nnp-c1-tint); }
nn-perceptron .nnp-half--0 { fill: var(--nnp-c0-tint); }
nn-perceptron .nnp-gridline { stroke: var(--nnp-rule); stroke-width: 0.75; stroke-opacity: 0.6; }
nn-perceptron .nnp-axis { stroke: var(--nnp-muted); stroke-width: 1.25; }
nn-perceptron .nnp-tick { fill: var(--nnp-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
nn-perceptron .nnp-axis-label { fill: var(--nnp-text); font-size: 14px; font-style: italic; }
nn-perceptron .nnp-boundary { stroke: var(--nnp-ink); stroke-width: 2.5; stroke-linecap: round; }
nn-perceptron .nnp-normal line { stroke: var(--nnp-ink); stroke-width: 1.5; }
nn-perceptron .nnp-normal polygon { fill: var(--nnp-ink); }
nn-perceptron .nnp-normal text { fill: var(--nnp-ink); font-size: 13px; font-weight: 600; font-style: italic; }
nn-perceptron .nnp-dot { stroke: var(--nnp-ink); stroke-width: 1.25; }
nn-perceptron .nnp-dot--0 { fill: var(--nnp-c0); }
nn-perceptron .nnp-dot--1 { fill: var(--nnp-c1); }
nn-perceptron .nnp-wrong { fill: none; stroke: var(--nnp-ink); stroke-width: 1.5; stroke-dasharray: 3 2.5; }
nn-perceptron .nnp-used { fill: none; stroke: var(--nnp-ink); stroke-width: 3; }
nn-perceptron .nnp-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0.5rem 0 0; padding: 0; color: var(--nnp-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-perceptron .nnp-legend li { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0; }
nn-perceptron .nnp-legend svg { width: 1.1rem; height: 1.1rem; overflow: visible; }
nn-perceptron .nnp-sliders { display: flex; flex-direction: column; gap: 0.5rem; }
nn-perceptron .nnp-slider { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 0 0.5rem; }
nn-perceptron .nnp-slider label { font-style: italic; font-weight: 600; color: var(--nnp-ink); }
nn-perceptron .nnp-value { font-variant-numeric: tabular-nums; font-family: var(--__sl-font-mono, ui-monospace, monospace); }
nn-perceptron .nnp-slider input { grid-column: 1 / -1; width: 100%; margin: 0; accent-color: var(--nnp-accent); min-height: 1.5rem; }
nn-perceptron .nnp-field { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
nn-perceptron .nnp-field label { font-weight: 600; color: var(--nnp-ink); }
nn-perceptron select, nn-perceptron button {
  font: inherit; color: var(--nnp-ink); background: var(--nnp-bg);
  border: 1px solid var(--nnp-muted); border-radius: 0.375rem; padding: 0.3rem 0.7rem; min-height: 2.25rem;
}
nn-perceptron button { cursor: pointer; }
nn-perceptron button:hover { background: var(--nnp-panel); }
nn-perceptron button.nnp-primary { background: var(--nnp-primary); border-color: var(--nnp-primary); color: var(--nnp-on-primary); font-weight: 600; }
nn-perceptron button.nnp-primary:hover { filter: brightness(1.1); }
nn-perceptron :is(input, select, button):focus-visible { outline: 2px solid var(--nnp-ink); outline-offset: 2px; }
nn-perceptron .nnp-buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
nn-perceptron .nnp-readout { margin: 0; display: flex; flex-direction: column; color: var(--nnp-muted); font-size: var(--sl-text-xs, 0.8125rem); }
nn-perceptron .nnp-equation { color: var(--nnp-text); font-variant-numeric: tabular-nums; }
nn-perceptron .nnp-status { margin: 0; padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: var(--nnp-panel); color: var(--nnp-ink); min-height: 2.5rem; }
`;

if (typeof customElements !== "undefined" && !customElements.get("nn-perceptron")) {
  customElements.define("nn-perceptron", PerceptronElement);
}

declare global {
  interface HTMLElementTagNameMap {
    "nn-perceptron": PerceptronElement;
  }
}
