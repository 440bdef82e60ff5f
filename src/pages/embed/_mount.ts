// The embed page's one script: load the widget, create it with the attributes the address names
// (set with setAttribute only; nothing from the address becomes markup), say which parameters
// were ignored, and keep the host told of the page's height.
import { attributesFromQuery, unusedParameters } from "~/widgets/kit/embed-query.ts";
import { syncHeight } from "~/widgets/kit/embed-height.ts";
import { findWidget } from "~/widgets/registry.ts";

const page = document.querySelector<HTMLElement>(".nn-embed")!;
const slot = page.querySelector(".nn-embed-widget")!;
const note = page.querySelector<HTMLElement>(".nn-embed-note")!;
const entry = findWidget(page.dataset.tag ?? "");

syncHeight(page);

if (entry) {
  await entry.load();
  const observed = (customElements.get(entry.tag) as { observedAttributes?: readonly string[] } | undefined)?.observedAttributes ?? [];
  const { attributes, ignored } = attributesFromQuery(location.search, observed);
  const element = document.createElement(entry.tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  slot.replaceChildren(element);
  // what the address asked for and the widget could not show: unknown names, and values it did not take
  const shown = (element as HTMLElement & { shownAttributes?: Record<string, string> }).shownAttributes ?? {};
  const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  const notes = [
    ...(ignored.length > 0 ? [`Ignored: ${ignored.map(short).join(", ")}`] : []),
    ...unusedParameters(attributes, shown).map(([name, value, now]) => `Not used: ${short(name)}=${short(value)} (shows ${short(now)})`),
  ];
  if (notes.length > 0) {
    note.textContent = notes.join(" · ");
    note.hidden = false;
  }
}
