// The widget's panel: the activation, initialisation, depth and histogram-layer pickers, the
// Play/Pause, Step and Reset buttons, and the status line. It reports what the reader does through
// handlers and never changes the state itself.
import {
  ACTIVATIONS, ACTIVATION_LABELS, INITS, INIT_LABELS, MAX_DEPTH, MIN_DEPTH,
  isActivationName, isInitName, type ActivationName, type Config, type InitName,
} from "./config.ts";
import { html } from "../kit/dom.ts";

export interface ControlHandlers {
  activation(name: ActivationName): void;
  init(name: InitName): void;
  depth(depth: number): void;
  layer(layer: number): void;
  /** Play or Pause, by what the button shows. */
  play(): void;
  step(): void;
  reset(): void;
}

export interface Controls {
  readonly element: HTMLDivElement;
  render(config: Config): void;
  setPlaying(playing: boolean): void;
  /** Disables Play and Step once a run cannot go on. */
  setFinished(finished: boolean): void;
  setStatus(text: string): void;
}

function field(id: string, label: string, options: readonly [string, string][], onChange: (value: string) => void) {
  const select = html("select", { id });
  for (const [value, text] of options) select.append(html("option", { value }, text));
  select.addEventListener("change", () => onChange(select.value));
  const box = html("div", { class: "ngf-field" });
  box.append(html("label", { for: id }, label), select);
  return { box, select };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const activation = field(`${id}-activation`, "Activation", ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]]), (v) => {
    if (isActivationName(v)) on.activation(v);
  });
  const init = field(`${id}-init`, "Initialisation", INITS.map((i) => [i, INIT_LABELS[i]]), (v) => {
    if (isInitName(v)) on.init(v);
  });
  const depth = field(`${id}-depth`, "Hidden layers", range(MIN_DEPTH, MAX_DEPTH).map((d) => [String(d), String(d)]), (v) => on.depth(Number(v)));
  const layer = field(`${id}-layer`, "Histogram of layer", [], (v) => on.layer(Number(v)));

  const playButton = html("button", { type: "button", class: "ngf-primary" }, "Play");
  const stepButton = html("button", { type: "button" }, "Step");
  const resetButton = html("button", { type: "button" }, "Reset");
  playButton.addEventListener("click", () => on.play());
  stepButton.addEventListener("click", () => on.step());
  resetButton.addEventListener("click", () => on.reset());
  const buttons = html("div", { class: "ngf-buttons" });
  buttons.append(playButton, stepButton, resetButton);

  const fields = html("div", { class: "ngf-fields" });
  fields.append(activation.box, init.box, depth.box, layer.box);
  const status = html("p", { class: "ngf-status", role: "status", "aria-live": "polite" });
  const element = html("div", { class: "ngf-controls" });
  element.append(fields, buttons, status);

  return {
    element,
    render(config) {
      activation.select.value = config.activation;
      init.select.value = config.init;
      depth.select.value = String(config.depth);
      if (layer.select.options.length !== config.depth) {
        layer.select.replaceChildren(...range(1, config.depth).map((l) => html("option", { value: String(l) }, String(l))));
      }
      layer.select.value = String(config.layer);
    },
    setPlaying(playing) {
      playButton.textContent = playing ? "Pause" : "Play";
    },
    setFinished(finished) {
      playButton.disabled = finished;
      stepButton.disabled = finished;
    },
    setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    },
  };
}
