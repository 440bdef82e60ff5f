import type { CellOutput } from "~/runtime/runner.ts";
import type { Display } from "~/runtime/display.ts";

/** Draws one output of a cell run into the cell's output region. */
export function renderOutput(output: CellOutput): HTMLElement {
  if (output.kind === "log") {
    const pre = element("pre", `nn-out nn-out-log nn-out-${output.level}`);
    pre.textContent = output.text;
    return pre;
  }
  if (output.kind === "error") {
    const box = element("div", "nn-out nn-out-error");
    const where = output.line ? ` on line ${output.line}${output.column ? `, column ${output.column}` : ""}` : "";
    box.append(strong(`${output.name}${where}: `), output.message);
    return box;
  }
  return renderDisplay(output.display);
}

function renderDisplay(display: Display): HTMLElement {
  if (display.type === "text") {
    const pre = element("pre", "nn-out nn-out-value");
    pre.textContent = display.text;
    return pre;
  }
  const figure = element("figure", "nn-out nn-out-tensor");
  const caption = element("figcaption", "");
  caption.textContent = `tensor · shape [${display.shape.join(", ")}] · float32${display.requiresGrad ? " · requiresGrad" : ""}`;
  const rank = display.shape.length;
  if (display.values.length === display.size && rank <= 2) {
    figure.append(tensorTable(display), caption);
  } else {
    const pre = element("pre", "");
    pre.textContent = display.text;
    figure.append(pre, caption);
  }
  return figure;
}

/** Scalars, vectors (one row) and matrices as a table of values rounded to 4 decimals. */
function tensorTable(display: Display & { type: "tensor" }): HTMLElement {
  const [rows, cols] = display.shape.length === 2 ? display.shape : [1, display.shape[0] ?? 1];
  const table = element("table", "");
  const body = element("tbody", "");
  for (let r = 0; r < rows; r++) {
    const tr = element("tr", "");
    for (let c = 0; c < cols; c++) {
      const td = element("td", "");
      td.textContent = formatNumber(display.values[r * cols + c]);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs !== 0 && (abs < 1e-4 || abs >= 1e6) ? x.toExponential(3) : String(Number(x.toFixed(4)));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

function strong(text: string): HTMLElement {
  const b = element("strong", "");
  b.textContent = text;
  return b;
}
