// Every sentence the digit reader says.
import { show } from "../kit/format.ts";
import type { Progress } from "./train.ts";

const pct = (p: number) => `${(100 * p).toFixed(1)} %`;

/** A probability to one decimal of a percent, never rounded to a certain 100 % or 0 %. */
export function probability(p: number): string {
  if (p >= 0.9995 && p < 1) return "> 99.9 %";
  if (p > 0 && p < 0.0005) return "< 0.1 %";
  return pct(p);
}

export const TEXT = {
  train: "Train the network",
  retrain: "Train again",
  stop: "Stop",
  clear: "Clear drawing",
  forget: "Forget saved model",
  padLabel: "Drawing pad: draw a digit with the mouse or a finger; or focus it, move with the arrow keys, press Space to ink a cell (Shift with an arrow inks as it moves), Delete to erase one",
  seenLabel: "The drawing as the network sees it: scaled into 20×20 and centred by its mass in 28×28",
  padCaption: "Draw a digit here",
  seenCaption: "What the network reads (28×28)",
  probabilities: "Class probabilities",
  layer: "First layer: its 16 kernels (5×5; red +, blue −) and each one's feature map for your drawing (after ReLU)",
  noModel: "Train the network (or load one) to see its kernels and feature maps.",
  progressLabel: "Training progress",
  intro: "Press “Train the network”: it learns from the book's digits in a background thread (about 15 s), then reads what you draw.",
  loading: "Loading the 10,000 digits (7.8 MB)…",
  stopping: "Stopping after this batch…",
  interrupted: "Training was interrupted (the widget left the page). Press Train to start again.",
  fallback: "A digit reader: a convolutional network trained in your browser on the book's handwritten digits reads a digit you draw, and shows its class probabilities, its first layer's kernels and their feature maps. It needs JavaScript.",
};

/** "Epoch 1 of 2 · batch 120 of 250 · loss 0.312 · accuracy 91.2 % (held-out after epoch 1: 95.1 %)" */
export function progressLine(p: Progress): string {
  const held = p.heldOut === null ? "" : ` · held-out after epoch ${p.epoch - 1}: ${pct(p.heldOut)}`;
  return `Training: epoch ${p.epoch} of ${p.epochs} · batch ${p.batch} of ${p.batches} · loss ${show(p.loss, 3)} · accuracy ${pct(p.accuracy)}${held}`;
}

export function trainedLine(accuracy: number, epochs: number, seconds: number, stopped: boolean, saveError: string | null): string {
  const how = stopped ? "Stopped early" : `Trained ${epochs} epoch${epochs === 1 ? "" : "s"} in ${seconds.toFixed(1)} s`;
  const saved = saveError ? ` It could not be saved for next time: ${saveError}.` : " Saved in this browser for next time.";
  return `${how}: ${pct(accuracy)} right on 2,000 held-out digits.${saved} Draw a digit.`;
}

export function loadedLine(accuracy: number, savedAt: number): string {
  const when = savedAt > 0 ? ` on ${new Date(savedAt).toLocaleDateString()}` : "";
  return `Loaded the model you trained${when} (${pct(accuracy)} held-out), without training again. Draw a digit, train again, or forget it.`;
}

export function readingLine(probabilities: readonly number[], accuracy: number): string {
  const best = probabilities.indexOf(Math.max(...probabilities));
  return `It reads a ${best} (${probability(probabilities[best])} sure). Model: ${pct(accuracy)} held-out.`;
}

export function emptyLine(hasModel: boolean): string {
  return hasModel ? "Draw a digit on the pad: the probabilities update as you draw." : TEXT.intro;
}

export function errorLine(message: string): string {
  const what = /fetchDigits/.test(message) ? "The digits file failed to load" : "Training failed";
  return `${what}: ${message.replace(/^fetchDigits: /, "")}. Press Train to try again.`;
}
