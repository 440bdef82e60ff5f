/** The `metrics` namespace: how good a classifier's predictions are. Chapter 10, Practice. */
export { accuracy } from "./metrics/accuracy.ts";
export { precision } from "./metrics/precision.ts";
export { recall } from "./metrics/recall.ts";
export { f1 } from "./metrics/f1.ts";
export type { ClassMetricOptions } from "./metrics/counts.ts";
export { confusionMatrix } from "./metrics/confusion-matrix.ts";
export type { ConfusionMatrixOptions } from "./metrics/confusion-matrix.ts";
