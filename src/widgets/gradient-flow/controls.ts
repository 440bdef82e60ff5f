// The widget's panel: the activation, initialisation, depth and histogram-layer pickers, the
// Play/Pause, Step and Reset buttons, and the status line, all from the kit. It reports what the
// reader does through handlers and never changes the state itself.
import {
  ACTIVATIONS, ACTIVATION_LABELS, INITS, INIT_LABELS, MAX_DEPTH, MIN_DEPTH,
  isActivationName, isInitName, type ActivationName, type Config, type InitName,
} from "./config.ts";
import { createSelect, createStatus } from "../kit/controls.ts";
import { createRunButtons } from "../kit/run-buttons.ts";
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
  /** The status line is not read out while a run plays: it changes too often. */
  setLive(live: boolean): void;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const numbers = (list: number[]) => list.map((n) => [String(n), String(n)] as const);

/** Builds the panel; id prefixes the ids that tie labels to their inputs. */
export function createControls(id: string, on: ControlHandlers): Controls {
  const activation = createSelect(`${id}-activation`, "Activation", ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]] as const), (v) => {
    if (isActivationName(v)) on.activation(v);
  });
  const init = createSelect(`${id}-init`, "Initialisation", INITS.map((i) => [i, INIT_LABELS[i]] as const), (v) => {
    if (isInitName(v)) on.init(v);
  });
  const depth = createSelect(`${id}-depth`, "Hidden layers", numbers(range(MIN_DEPTH, MAX_DEPTH)), (v) => on.depth(Number(v)));
  const layer = createSelect(`${id}-layer`, "Histogram of layer", [], (v) => on.layer(Number(v)));
  const buttons = createRunButtons(on);
  const fields = html("div", { class: "ngf-fields" });
  fields.append(activation.element, init.element, depth.element, layer.element);
  const status = createStatus();
  const element = html("div", { class: "ngf-controls nnk-controls" });
  element.append(fields, buttons.element, status.element);

  return {
    element,
    render(config) {
      activation.set(config.activation);
      init.set(config.init);
      depth.set(String(config.depth));
      if (layer.select.options.length !== config.depth) layer.options(numbers(range(1, config.depth)));
      layer.set(String(config.layer));
    },
    setPlaying: buttons.setPlaying,
    setFinished: buttons.setFinished,
    setStatus: status.set,
    setLive: status.setLive,
  };
}
