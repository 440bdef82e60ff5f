// The ten class probabilities as labelled bars, the most probable one marked.
import { html } from "../kit/dom.ts";
import { probability } from "./text.ts";

export interface ProbabilityBars {
  readonly element: HTMLElement;
  /** Shows probabilities, or empty bars for null (no model or no drawing). */
  set(probabilities: readonly number[] | null): void;
}

export function createBars(heading: string): ProbabilityBars {
  const element = html("figure", { class: "nndr-bars", "data-testid": "probabilities" });
  const list = html("ol", { class: "nndr-bar-list", start: "0" });
  const rows = Array.from({ length: 10 }, (_, d) => {
    const item = html("li", { "data-digit": String(d) });
    const fill = html("span", { class: "nndr-bar-fill" });
    const track = html("span", { class: "nndr-bar-track", "aria-hidden": "true" });
    const value = html("span", { class: "nndr-bar-value" });
    track.append(fill);
    item.append(html("span", { class: "nndr-bar-digit" }, String(d)), track, value);
    list.append(item);
    return { item, fill, value };
  });
  element.append(html("figcaption", {}, heading), list);
  return {
    element,
    set(probabilities) {
      const best = probabilities ? probabilities.indexOf(Math.max(...probabilities)) : -1;
      rows.forEach(({ item, fill, value }, d) => {
        const p = probabilities?.[d] ?? 0;
        fill.style.width = `${(100 * p).toFixed(1)}%`;
        value.textContent = probabilities ? probability(p) : "–";
        item.classList.toggle("nndr-best", d === best);
      });
    },
  };
}
