// The 3×3 kernel as nine number inputs, each labelled by its place (w₀,₀ … w₂,₂, the chapter's
// W_{u,v}); a typed value that is not a number leaves the kernel as it was until it is one.
import { html } from "../kit/dom.ts";
import type { Kernel } from "./model.ts";

const SUB = "₀₁₂";

export interface KernelEditor {
  readonly element: HTMLFieldSetElement;
  set(kernel: Kernel): void;
}

export function createKernelEditor(uid: string, legend: string, onChange: (kernel: number[]) => void): KernelEditor {
  const element = html("fieldset", { class: "nncv-kernel" });
  element.append(html("legend", {}, legend));
  const grid = html("div", { class: "nncv-kernel-grid" });
  let current: number[] = Array(9).fill(0);
  const inputs = Array.from({ length: 9 }, (_, k) => {
    const [u, v] = [Math.floor(k / 3), k % 3];
    const input = html("input", { id: `${uid}-w${k}`, type: "number", step: "0.1", inputmode: "decimal", "aria-label": `weight W${SUB[u]},${SUB[v]} (row ${u + 1}, column ${v + 1})` });
    input.addEventListener("input", () => {
      const value = input.value.trim() === "" ? NaN : Number(input.value);
      input.toggleAttribute("aria-invalid", !Number.isFinite(value));
      if (!Number.isFinite(value)) return;
      current = current.map((w, i) => (i === k ? value : w));
      onChange(current);
    });
    grid.append(input);
    return input;
  });
  element.append(grid);
  return {
    element,
    set(kernel) {
      current = [...kernel];
      inputs.forEach((input, k) => {
        // the reader's own typing ("0.", "-") is left alone while it means the same number
        if (input.ownerDocument.activeElement === input && Number(input.value) === kernel[k]) return;
        const text = String(Number(kernel[k].toFixed(4)));
        if (input.value !== text) input.value = text;
        input.removeAttribute("aria-invalid");
      });
    },
  };
}
