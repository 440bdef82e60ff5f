// Stylesheets go into the document's <head> once, keyed by name: a chapter with two copies of a
// widget ships its CSS once, and a widget's stylesheet outlives any one instance.

/** Adds `css` to the document as `<style data-nn-style="name">`, unless it is there already. */
export function injectStyle(name: string, css: string, doc: Document = document): void {
  if (doc.head.querySelector(`style[data-nn-style="${name}"]`)) return;
  const style = doc.createElement("style");
  style.dataset.nnStyle = name;
  style.textContent = css;
  doc.head.append(style);
}
