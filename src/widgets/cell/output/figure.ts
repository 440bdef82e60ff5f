/**
 * Figures made in the worker arrive as markup, and a cell's code may be a stranger's (shared
 * links), so the markup is never inserted as it came. It is parsed inert (DOMParser runs no
 * script) and rebuilt element by element from an allowlist: SVG drawing elements and the few
 * HTML elements Plot wraps a figure in. Gone: <script>, <foreignObject>, <use>/<symbol>/<pattern>/
 * <mask> (which multiply what they reference), <style> (the page styles Plot's classes itself,
 * cell.css), anything unknown, every on* attribute, links other than in-figure `#id` references
 * and `data:image/…` pictures. CSS is kept by allowlist: known properties with plain values, no
 * functions but colours, so nothing can fetch (`url()`, `image-set()`) or select (`:has()`).
 * Size is bounded before any work that grows with it: markup with too many tags is not parsed,
 * and at most `MAX_ELEMENTS` elements `MAX_DEPTH` deep are rebuilt. Ids get a per-figure prefix
 * so two figures on a page do not share clip paths; the output box clips whatever is drawn.
 */
import { countText } from "~/runtime/count-text.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

const SVG_ELEMENTS = new Map(
  ["svg", "g", "path", "line", "polyline", "polygon", "rect", "circle", "ellipse", "text", "tspan", "title", "desc", "defs",
    "clipPath", "linearGradient", "radialGradient", "stop", "marker", "image"].map((n) => [n.toLowerCase(), n]),
);
const HTML_ELEMENTS = new Set(["figure", "figcaption", "div", "span", "h2", "h3", "p", "b", "i", "em", "strong", "small", "br", "sub", "sup"]);
/** A figure with more elements than this is not drawn (Plot draws one element per mark, plus axes). */
export const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 40;

/** Thrown when a figure is past the bounds; the page says so instead of drawing it. */
export class FigureTooLarge extends Error {}
/** Kept out, but their children are kept (Plot's `href` channel wraps marks in links). */
const UNWRAP = new Set(["a"]);
const SVG_ATTRIBUTES = new Map(
  ["viewBox", "preserveAspectRatio", "gradientUnits", "gradientTransform", "patternUnits", "patternContentUnits", "patternTransform",
    "clipPathUnits", "maskUnits", "maskContentUnits", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "textLength",
    "lengthAdjust", "startOffset", "spreadMethod"].map((n) => [n.toLowerCase(), n]),
);
const DROPPED_ATTRIBUTES = new Set(["tabindex", "autofocus", "contenteditable", "src", "srcdoc", "action", "formaction", "srcset", "ping", "target", "download", "attributename", "values", "from", "to", "by", "begin"]);
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** Attributes that may point at an element of the same figure, `url(#id)`. */
const URL_REFERENCES = new Set(["fill", "stroke", "clip-path", "marker-start", "marker-mid", "marker-end"]);
/** CSS properties a figure may set, inline or as presentation attributes. */
const STYLE_PROPERTIES = new Set(["fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
  "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity", "color", "background", "background-color",
  "font", "font-family", "font-size", "font-style", "font-variant", "font-weight", "text-anchor", "dominant-baseline", "paint-order",
  "white-space", "max-width", "width", "height", "margin", "margin-left", "margin-right", "margin-top", "margin-bottom", "padding",
  "display", "overflow", "columns", "vertical-align", "text-decoration", "letter-spacing", "shape-rendering", "mix-blend-mode",
  "image-rendering", "vector-effect", "visibility", "pointer-events", "clip-rule", "font-stretch", "--plot-background", "stop-color", "stop-opacity", "line-height", "align-items", "gap"]);
/**
 * A CSS value with nothing that fetches or selects: words, numbers, units, `#hex`, commas, quotes-free
 * font lists, and colour functions over numbers. Linear: no nested quantifiers, so no backtracking.
 */
const SAFE_VALUE = /^(?:[-\w.#%, /]|(?:rgba?|hsla?)\([-\d.,% /]*\))*$/i;
/** Attributes whose values are geometry or text, checked only for length, not as CSS. */
const GEOMETRY = new Set(["d", "points", "transform", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy",
  "width", "height", "offset", "class", "title", "font-family", "textlength", "gradienttransform", "refx", "refy", "markerwidth", "markerheight",
  "orient", "preserveaspectratio", "text-anchor", "aria-hidden", "lang", "dir", "stroke-dasharray"]);

export type CleanFigure = { node: Element; label: string };

/**
 * The figure in `markup`, rebuilt in `doc` from the allowlist, with an accessible name drawn
 * from its title or its marks; null when nothing drawable is left.
 */
export function sanitizeFigure(markup: string, doc: Document, parser: DOMParser, idPrefix: string): CleanFigure | null {
  // count tags before parsing: parsing is the costly part, and it grows with them
  let tags = 0;
  for (let at = markup.indexOf("<"); at !== -1; at = markup.indexOf("<", at + 1)) {
    if (++tags > MAX_ELEMENTS * 2 + 10) throw new FigureTooLarge(`more than ${countText(MAX_ELEMENTS)} elements`);
  }
  let elements = 0;
  const parsed = parser.parseFromString(`<!doctype html><html><body>${markup}</body></html>`, "text/html");
  const root = parsed.body?.firstElementChild;
  if (!root) return null;
  const marks: string[] = [];
  const node = copy(root, false);
  if (!node) return null;
  const title = root.querySelector("h2, h3")?.textContent?.trim() ?? "";
  const rootLabel = root.getAttribute("aria-label") ?? root.querySelector("svg")?.getAttribute("aria-label") ?? "";
  const axes = axisLabels(root);
  const label = title || rootLabel || `Chart${marks.length ? ` of ${[...new Set(marks)].join(", ")} marks` : ""}${axes.length ? ` (${axes.join(", ")})` : ""}`;
  return { node, label };

  function copy(source: Element, inSvg: boolean, depth = 0): Element | null {
    const name = source.localName.toLowerCase();
    const svgName = SVG_ELEMENTS.get(name);
    if (++elements > MAX_ELEMENTS) throw new FigureTooLarge(`more than ${countText(MAX_ELEMENTS)} elements`);
    if (depth > MAX_DEPTH) throw new FigureTooLarge(`elements nested more than ${MAX_DEPTH} deep`);
    const isSvg = name === "svg" || (inSvg && svgName !== undefined);
    if (!isSvg && (inSvg || !HTML_ELEMENTS.has(name))) return null;
    const out = isSvg ? doc.createElementNS(SVG_NS, svgName!) : doc.createElement(name);
    for (const attribute of Array.from(source.attributes)) {
      const kept = cleanAttribute(attribute.name.toLowerCase(), attribute.value, name);
      if (kept) out.setAttribute(isSvg ? (SVG_ATTRIBUTES.get(kept[0]) ?? kept[0]) : kept[0], kept[1]);
    }
    if (name === "g" && source.getAttribute("aria-label")) {
      const what = source.getAttribute("aria-label")!;
      if (!/axis|grid|frame|tip/.test(what)) marks.push(what);
    }
    appendChildren(source, out, isSvg, depth + 1);
    return out;
  }

  function appendChildren(source: Element, out: Element, inSvg: boolean, depth: number) {
    for (const child of Array.from(source.childNodes)) {
      if (child.nodeType === 3) out.appendChild(doc.createTextNode(child.textContent ?? ""));
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (UNWRAP.has(element.localName.toLowerCase())) appendChildren(element, out, inSvg, depth + 1);
        else {
          const clean = copy(element, inSvg, depth);
          if (clean) out.appendChild(clean);
        }
      }
    }
  }

  function cleanAttribute(name: string, value: string, element: string): [string, string] | null {
    if (name.startsWith("on") || DROPPED_ATTRIBUTES.has(name) || !/^[a-z][a-z0-9_.:-]*$/.test(name)) return null;
    if (name.startsWith("xmlns")) return null;
    // the figure as a whole is labelled (role="img"); labels on inner groups trip axe
    if (name === "aria-label" || name === "aria-description" || name === "role") return null;
    if (name === "id") return ["id", `${idPrefix}-${value}`];
    if (name === "href" || name === "xlink:href") {
      if (element === "use" && /^#[\w-]+$/.test(value)) return ["href", `#${idPrefix}-${value.slice(1)}`];
      if (element === "image" && DATA_IMAGE.test(value)) return ["href", value.replace(/\s/g, "")];
      return null;
    }
    if (name === "style") {
      const style = cleanStyle(value);
      return style ? ["style", style] : null;
    }
    if (name === "class") {
      // only Plot's own classes, which cell.css styles; never the book's (some of them position things)
      const classes = value.split(/\s+/).filter((c) => /^plot-[\w-]{1,60}$/.test(c));
      return classes.length ? ["class", classes.join(" ")] : null;
    }
    if (value.length > 100_000) return null;
    const local = /^url\(\s*["']?#([\w-]+)["']?\s*\)$/.exec(value.trim());
    if (local) return URL_REFERENCES.has(name) ? [name, `url(#${idPrefix}-${local[1]})`] : null;
    if (GEOMETRY.has(name) || SVG_ATTRIBUTES.has(name) || name.startsWith("aria-") || name.startsWith("data-")) return /[()]/.test(value) && name !== "transform" ? null : [name, value];
    // anything else is a presentation attribute, that is CSS: the same allowlist as style
    return STYLE_PROPERTIES.has(name) && value.length <= 200 && SAFE_VALUE.test(value) ? [name, value] : null;
  }
}

/** `declarations` (an inline style) with only allowlisted properties and safe values; null if none. */
export function cleanStyle(declarations: string): string | null {
  if (declarations.length > 2_000) return null;
  const kept: string[] = [];
  for (const declaration of declarations.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (STYLE_PROPERTIES.has(property) && SAFE_VALUE.test(value)) kept.push(`${property}: ${value}`);
  }
  return kept.length ? kept.join("; ") : null;
}

function axisLabels(root: Element): string[] {
  const labels: string[] = [];
  for (const g of Array.from(root.querySelectorAll("g"))) {
    const what = g.getAttribute("aria-label") ?? "";
    if (/^[xy]-axis label$/.test(what) && g.textContent?.trim()) labels.push(`${what[0]}: ${g.textContent.trim().replace(/\s*[→←↑↓]\s*/g, "")}`);
  }
  return labels;
}
