import { describe, test, expect } from "vitest";
import { DOMParser, parseHTML } from "linkedom";
import { sanitizeFigure, cleanStyle, FigureTooLarge, MAX_ELEMENTS } from "./figure.ts";
import { plotModule } from "../../../runtime/plot-module.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const clean = (markup: string) => sanitizeFigure(markup, document as unknown as Document, new DOMParser() as unknown as globalThis.DOMParser, "f1");
const html = (markup: string) => clean(markup)?.node.outerHTML ?? "";

describe("sanitizeFigure(markup, doc, parser, prefix)", () => {
  test("drops <script>, <foreignObject>, <iframe> and unknown elements with their content", () => {
    const out = html('<svg><script>alert(1)</script><foreignObject><div>x</div></foreignObject><iframe src="x"></iframe><circle r="2"/></svg>');
    expect(out).not.toMatch(/script|foreignObject|iframe|alert|<div/i);
    expect(out).toContain("<circle");
  });

  test("drops every on* attribute, whatever its case", () => {
    const out = html('<svg onload="alert(1)"><rect ONCLICK="x()" onMouseOver="y()" width="3"/></svg>');
    expect(out).not.toMatch(/on(load|click|mouseover)|alert/i);
    expect(out).toContain('width="3"');
  });

  test("keeps data:image pictures and #id references, drops javascript: and other links", () => {
    const out = html('<svg><image href="data:image/png;base64,iVBORw0KGgo="/><image href="data:image/svg+xml;base64,PHN2Zz4="/>' +
      '<image xlink:href="javascript:alert(1)"/><use href="#clip"/><use href="https://evil.example/x.svg#a"/><a href="javascript:alert(1)"><circle r="1"/></a></svg>');
    expect(out).toContain("data:image/png;base64,iVBORw0KGgo=");
    expect(out).not.toMatch(/svg\+xml|javascript|evil/);
    expect(out).not.toContain("<use"); // <use> is dropped: references could multiply a figure
    expect(out).not.toContain("<a");
    expect(out).toContain("<circle"); // a link's drawing stays, the link goes
  });

  test("prefixes ids and rewrites url(#id) references to them; drops other url()", () => {
    const out = html('<svg><clipPath id="c1"><rect/></clipPath><g clip-path="url(#c1)" fill="url(https://evil.example/a)"><path d="M0,0"/></g></svg>');
    expect(out).toContain('id="f1-c1"');
    expect(out).toContain('clip-path="url(#f1-c1)"');
    expect(out).not.toContain("evil");
  });

  test("keeps style attributes that cannot fetch, drops those that can", () => {
    expect(html('<figure style="max-width:initial"><svg></svg></figure>')).toContain('style="max-width: initial"');
    expect(html('<figure style="background:url(https://evil.example/)"><svg></svg></figure>')).not.toContain("evil");
  });

  test("strips aria-label from inner groups and names the figure from its marks and axes", () => {
    const result = clean('<svg><g aria-label="line"><path d="M0,0L1,1"/></g><g aria-label="x-axis label"><text>epoch →</text></g><g aria-label="y-axis tick"/></svg>')!;
    expect(result.node.outerHTML).not.toContain("aria-label");
    expect(result.label).toBe("Chart of line marks (x: epoch)");
  });

  test("an HTML element inside SVG is dropped; nothing drawable gives null", () => {
    expect(html("<svg><div>hi</div></svg>")).not.toContain("div");
    expect(clean("<script>alert(1)</script>")).toBeNull();
    expect(clean("")).toBeNull();
  });

  test("a real Plot figure survives with its marks, axes and legend image", () => {
    const Plot = plotModule as any;
    const data = [{ epoch: 1, loss: 0.9 }, { epoch: 2, loss: 0.5 }, { epoch: 3, loss: 0.3 }];
    const line = Plot.plot({ marks: [Plot.line(data, { x: "epoch", y: "loss" }), Plot.dot(data, { x: (d: { epoch: number }) => d.epoch, y: "loss" })] });
    const result = clean(line.outerHTML)!;
    expect(result.node.localName).toBe("svg");
    expect(result.node.getAttribute("viewBox")).toBe("0 0 640 400");
    expect(result.node.querySelectorAll("circle").length).toBe(3);
    expect(result.node.querySelector("style")).toBeNull(); // the page styles Plot's classes itself
    expect(result.node.getAttribute("class")).toMatch(/^plot-/);
    expect(result.label).toMatch(/line, dot marks/);
    const ramp = Plot.plot({ color: { legend: true }, marks: [Plot.cell(data, { x: "epoch", fill: "loss" })] });
    expect(clean(ramp.outerHTML)!.node.outerHTML).toContain("data:image/png;base64,");
  });
});

describe("sanitizeFigure: the attacks of issue 17", () => {
  test("CSS that fetches is dropped, in style attributes and presentation attributes (image-set, url, mask, cursor)", () => {
    const out = html('<svg><rect style="fill: red; background: image-set(\'https://evil.example/a.png\' 1x)" mask="image-set(\'https://evil.example/m\')" cursor="url(https://evil.example/c), auto" fill="blue"/></svg>');
    expect(out).not.toMatch(/evil|image-set|mask=|cursor=/);
    expect(out).toContain('style="fill: red"');
    expect(out).toContain('fill="blue"');
  });

  test("<style> never survives, so :has() selectors cannot watch the page", () => {
    const out = html('<svg><style>body:has(nn-cell[data-edited]) .plot-a { fill: red }</style><circle r="1"/></svg>');
    expect(out).not.toMatch(/style|has\(/);
  });

  test("position, z-index and the book's own classes are dropped: a figure cannot cover the page", () => {
    const out = html('<div class="sl-banner plot-a" style="position: fixed; inset: 0; z-index: 99999; color: red"><svg></svg></div>');
    expect(out).not.toMatch(/fixed|z-index|sl-banner|inset/);
    expect(out).toContain('class="plot-a"');
  });

  test("<use> and <symbol> are dropped, so references cannot multiply a figure", () => {
    const out = html('<svg><symbol id="a"><circle r="1"/></symbol><use href="#a"/><use href="#a"/></svg>');
    expect(out).not.toMatch(/<use|<symbol/);
  });

  test("a figure with too many elements, or nested too deep, is refused before it is rebuilt", () => {
    expect(() => clean(`<svg>${"<g></g>".repeat(MAX_ELEMENTS + 1)}</svg>`)).toThrow(FigureTooLarge);
    expect(() => clean(`<svg>${"<g>".repeat(60)}${"</g>".repeat(60)}</svg>`)).toThrow(FigureTooLarge);
  });

  test("a selector or value of 200,000 spaces is refused at once (no backtracking)", () => {
    const start = performance.now();
    expect(cleanStyle(`fill:${" ".repeat(200_000)}red`)).toBeNull();
    expect(cleanStyle(`${" ".repeat(1000)}fill${" ".repeat(1000)}: red(${" ".repeat(1000)}`)).toBeNull();
    expect(html(`<svg><rect fill="rgb(${" ".repeat(150)}1,2,3${" ".repeat(40)}" /></svg>`)).toBeDefined();
    expect(performance.now() - start).toBeLessThan(200);
  });
});
