import { describe, test, expect } from "vitest";
import { DOMParser, parseHTML } from "linkedom";
import { sanitizeFigure, scopedRules } from "./figure.ts";
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
    expect(out).toContain('href="#f1-clip"');
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
    expect(html('<figure style="max-width:initial"><svg></svg></figure>')).toContain('style="max-width:initial"');
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
    expect(result.node.querySelector("style")?.textContent).toContain(":where(.plot-");
    expect(result.label).toMatch(/line, dot marks/);
    const ramp = Plot.plot({ color: { legend: true }, marks: [Plot.cell(data, { x: "epoch", fill: "loss" })] });
    expect(clean(ramp.outerHTML)!.node.outerHTML).toContain("data:image/png;base64,");
  });
});

describe("scopedRules(css)", () => {
  test("keeps rules scoped to Plot's classes", () => {
    expect(scopedRules(":where(.plot-d6a7b5) {\n  display: block;\n}\n:where(.plot-d6a7b5 text),\n:where(.plot-d6a7b5 tspan) {\n  white-space: pre;\n}")).toContain("white-space: pre");
  });
  test("refuses at-rules, url(), escapes and unscoped selectors", () => {
    expect(scopedRules("@import 'https://evil.example/a.css';")).toBeNull();
    expect(scopedRules(".plot-a { background: url(https://evil.example/) }")).toBeNull();
    expect(scopedRules("body { display: none }")).toBeNull();
    expect(scopedRules(".plot-a, input[value^=a] { color: red }")).toBeNull();
    expect(scopedRules(".plot-a { content: '\\41' }")).toBeNull();
  });
});
