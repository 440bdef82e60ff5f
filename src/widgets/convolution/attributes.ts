// The widget's attributes: kernel (a preset name or nine numbers), stride, padding.
import { PRESETS, type Kernel, type PresetName } from "./model.ts";

export const ATTRIBUTES = ["kernel", "stride", "padding"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface ConvolutionConfig {
  kernel: Kernel;
  /** The preset the kernel equals, or null for a reader's own. */
  preset: PresetName | null;
  stride: 1 | 2;
  padding: 0 | 1;
}

export const DEFAULT_CONFIG: ConvolutionConfig = { kernel: PRESETS.vertical, preset: "vertical", stride: 1, padding: 0 };

function presetOf(kernel: Kernel): PresetName | null {
  for (const [name, k] of Object.entries(PRESETS)) if (k.every((v, i) => Math.abs(v - kernel[i]) < 1e-9)) return name as PresetName;
  return null;
}

/** Reads a configuration; a missing or malformed attribute falls back to its default. */
export function parseAttributes(read: (name: AttributeName) => string | null | undefined): ConvolutionConfig {
  const raw = read("kernel")?.trim() ?? "";
  let kernel: Kernel = DEFAULT_CONFIG.kernel;
  if (raw in PRESETS) kernel = PRESETS[raw as PresetName];
  else {
    const numbers = raw.split(",").map((s) => Number(s.trim()));
    if (numbers.length === 9 && numbers.every(Number.isFinite)) kernel = numbers;
  }
  const stride = read("stride")?.trim() === "2" ? 2 : 1;
  const padding = read("padding")?.trim() === "1" ? 1 : 0;
  return { kernel, preset: presetOf(kernel), stride, padding };
}

export function toAttributes(config: ConvolutionConfig): Record<AttributeName, string> {
  return {
    kernel: config.preset ?? config.kernel.map((v) => String(Number(v.toFixed(4)))).join(","),
    stride: String(config.stride),
    padding: String(config.padding),
  };
}
