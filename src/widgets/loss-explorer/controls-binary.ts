// The binary part's panel: sliders for the prediction p and the target y, a table of both losses
// with their slopes in p and in z, and the status line. It reports what the reader does through
// handlers and never changes the state itself.
import { html } from "../kit/dom.ts";
import { RANGES, type BinaryReading } from "./model.ts";
import { createSlider, createStatus } from "../kit/controls.ts";
import { short, show } from "./text.ts";

export interface BinaryControls {
  readonly element: HTMLDivElement;
  render(r: BinaryReading): void;
  setStatus(text: string): void;
}

export function createBinaryControls(id: string, on: { p(v: number): void; y(v: number): void }): BinaryControls {
  const p = createSlider(`${id}-p`, "prediction ŷ", RANGES.p, on.p);
  const y = createSlider(`${id}-y`, "target y", RANGES.y, on.y);

  const table = html("table", { class: "nnle-table" });
  const head = html("tr");
  for (const text of ["", "loss", "∂L/∂ŷ", "∂L/∂z"]) head.append(html("th", { scope: "col" }, text));
  table.append(html("caption", {}, "Both losses at ŷ, and their slopes in ŷ and in the logit z, where ŷ = σ(z)"), head);
  const cells = (["mse", "bce"] as const).map((key) => {
    const row = html("tr");
    const name = html("th", { scope: "row" });
    name.append(html("span", { class: `nnle-swatch nnle-${key}`, "aria-hidden": "true" }), key.toUpperCase());
    const tds = [html("td"), html("td"), html("td")];
    tds.forEach((td, i) => td.setAttribute("data-testid", `${key}-${["value", "grad-p", "grad-z"][i]}`));
    row.append(name, ...tds);
    table.append(row);
    return { key, tds };
  });
  const status = createStatus({ "data-testid": "binary-status" });

  const element = html("div", { class: "nnle-panel nnk-controls" });
  element.append(p.element, y.element, table, status.element);
  return {
    element,
    render(r) {
      p.set(r.p, `${short(r.p)}  (z = ${show(r.z, 2)})`);
      y.set(r.y, short(r.y));
      for (const { key, tds } of cells) {
        const values = key === "mse" ? [r.mse, r.mseGradP, r.mseGradZ] : [r.bce, r.bceGradP, r.bceGradZ];
        values.forEach((v, i) => (tds[i].textContent = show(v)));
      }
    },
    setStatus: status.set,
  };
}
