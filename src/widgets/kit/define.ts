/** Defines a custom element once, even when its module is loaded twice (a page and an embed bundle). */
export function defineWidget(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== "undefined" && !customElements.get(tag)) customElements.define(tag, element);
}
