/**
 * Figures made in the worker arrive as markup, and a cell's code may be a stranger's (shared
 * links), so the markup is never inserted as it came. It is parsed inert (DOMParser runs no
 * script) and rebuilt element by element from an allowlist: SVG drawing elements and the few
 * HTML elements Plot wraps a figure in. Gone: <script>, <foreignObject>, anything unknown,
 * every on* attribute, links other than in-figure `#id` references and `data:image/…` pictures,
 * style that could fetch (url(), @import), and <style> rules not scoped to Plot's own classes.
 * Ids get a per-figure prefix so two figures on a page do not share clip paths.
 */
const SVG_NS = "http://www.w3.org/2000/svg";

const SVG_ELEMENTS = new Map(
  ["svg", "g", "path", "line", "polyline", "polygon", "rect", "circle", "ellipse", "text", "tspan", "title", "desc", "defs",
    "clipPath", "linearGradient", "radialGradient", "stop", "pattern", "mask", "marker", "symbol", "image", "use"].map((n) => [n.toLowerCase(), n]),
);
const HTML_ELEMENTS = new Set(["figure", "figcaption", "div", "span", "h2", "h3", "p", "b", "i", "em", "strong", "small", "br", "sub", "sup", "style"]);
/** Kept out, but their children are kept (Plot's `href` channel wraps marks in links). */
const UNWRAP = new Set(["a"]);
const SVG_ATTRIBUTES = new Map(
  ["viewBox", "preserveAspectRatio", "gradientUnits", "gradientTransform", "patternUnits", "patternContentUnits", "patternTransform",
    "clipPathUnits", "maskUnits", "maskContentUnits", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "textLength",
    "lengthAdjust", "startOffset", "spreadMethod"].map((n) => [n.toLowerCase(), n]),
);
const DROPPED_ATTRIBUTES = new Set(["tabindex", "autofocus", "contenteditable", "src", "srcdoc", "action", "formaction", "srcset", "ping", "target", "download", "attributename", "values", "from", "to", "by", "begin"]);
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const UNSAFE_STYLE = /url\s*\(|image-set|expression|@|\\|javascript:|behaviou?r|-moz-binding|<|>/i;

export type CleanFigure = { node: Element; label: string };

/**
 * The figure in `markup`, rebuilt in `doc` from the allowlist, with an accessible name drawn
 * from its title or its marks; null when nothing drawable is left.
 */
export function sanitizeFigure(markup: string, doc: Document, parser: DOMParser, idPrefix: string): CleanFigure | null {
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

  function copy(source: Element, inSvg: boolean): Element | null {
    const name = source.localName.toLowerCase();
    const svgName = SVG_ELEMENTS.get(name);
    if (name === "style") return cleanStyle(source.textContent ?? "");
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
    appendChildren(source, out, isSvg);
    return out;
  }

  function appendChildren(source: Element, out: Element, inSvg: boolean) {
    for (const child of Array.from(source.childNodes)) {
      if (child.nodeType === 3) out.appendChild(doc.createTextNode(child.textContent ?? ""));
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (UNWRAP.has(element.localName.toLowerCase())) appendChildren(element, out, inSvg);
        else {
          const clean = copy(element, inSvg);
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
    if (name === "style") return UNSAFE_STYLE.test(value) ? null : ["style", value];
    if (/url\s*\(/i.test(value) || /[a-z]+script\s*:/i.test(value)) {
      const local = /^url\(\s*["']?#([\w-]+)["']?\s*\)$/.exec(value.trim());
      return local ? [name, `url(#${idPrefix}-${local[1]})`] : null;
    }
    return [name, value];
  }

  function cleanStyle(css: string): Element | null {
    const rules = scopedRules(css);
    if (!rules) return null;
    const style = doc.createElement("style");
    style.textContent = rules;
    return style;
  }
}

/**
 * Plot's own stylesheet, kept only if every rule is a plain `selectors { declarations }` whose
 * selectors all target Plot's generated classes, with nothing that fetches; else null.
 */
export function scopedRules(css: string): string | null {
  const out: string[] = [];
  const body = css.trim();
  if (body === "") return null;
  if (/@|\\|url\s*\(|expression|<\//i.test(body)) return null;
  const pattern = /([^{}]+)\{([^{}]*)\}/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = pattern.exec(body))) {
    const selectors = match[1].split(",").map((s) => s.trim());
    if (!selectors.every((s) => /^(?::where\()?\.plot-[\w-]+(?:[\s>+~]*[\w.:()\-\s>=[\]"]*)?\)?$/.test(s))) return null;
    out.push(`${selectors.join(", ")} {${match[2]}}`);
    end = pattern.lastIndex;
    while (/\s/.test(body[end] ?? "")) end++;
    pattern.lastIndex = end;
  }
  return end === body.length && out.length > 0 ? out.join("\n") : null;
}

function axisLabels(root: Element): string[] {
  const labels: string[] = [];
  for (const g of Array.from(root.querySelectorAll("g"))) {
    const what = g.getAttribute("aria-label") ?? "";
    if (/^[xy]-axis label$/.test(what) && g.textContent?.trim()) labels.push(`${what[0]}: ${g.textContent.trim().replace(/\s*[→←↑↓]\s*/g, "")}`);
  }
  return labels;
}
