/**
 * Keeps a widget's state in its attributes, so a configured widget can be copied as a link. The
 * element writes its state through `write`; its `attributeChangedCallback` ignores the calls that
 * writing causes (`reflecting`) and reacts only to attributes a page script or a link set.
 */
export class AttributeMirror {
  /** True while `write` is setting attributes. */
  reflecting = false;

  /** Sets each attribute of `attributes` on `element` whose value differs. */
  write(element: Element, attributes: Record<string, string>): void {
    this.reflecting = true;
    try {
      for (const [name, value] of Object.entries(attributes)) {
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    } finally {
      this.reflecting = false;
    }
  }
}
