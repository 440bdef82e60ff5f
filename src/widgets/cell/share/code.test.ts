import { describe, test, expect } from "vitest";
import { encodeCode, decodeCode, formatShareHash, parseShareHash, withoutCell, MAX_CODE_BYTES } from "./code.ts";

const CELL = `import { tensor } from "@nnbook/nn";
const x = tensor([1, 2, 3]), w = tensor([0.5, -1, 2]);
// the weighted sum, wᵀx + b
x.mul(w).sum().add(0.1)
`;

describe("encodeCode(code) / decodeCode(payload)", () => {
  test("round-trips a typical cell, deflated to less than its plain base64", async () => {
    const payload = await encodeCode(CELL);
    const bytes = new TextEncoder().encode(CELL).length;
    expect(payload[0]).toBe("z");
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/); // safe in a URL as is
    expect(payload.length).toBeLessThan(Math.ceil((bytes * 4) / 3));
    expect(await decodeCode(payload)).toBe(CELL);
  });

  test("round-trips unicode: subscripts, Greek, CJK, emoji, lone combining marks", async () => {
    const code = "const η = 0.5; // x₁, x₂ · σ(z) ≥ ½\nconsole.log('重み', '🧠', 'e\u0301')\n";
    expect(await decodeCode(await encodeCode(code))).toBe(code);
  });

  test("round-trips the empty string and very short code (stored plain when deflate does not help)", async () => {
    expect(await decodeCode(await encodeCode(""))).toBe("");
    const short = await encodeCode("1+1");
    expect(short[0]).toBe("t");
    expect(await decodeCode(short)).toBe("1+1");
  });

  test("round-trips large code (200 KB) in a payload much smaller than it", async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `const v${i} = ${(i * 7919) % 1000} * w[${i % 3}]; // line ${i}`);
    const code = lines.join("\n");
    expect(code.length).toBeGreaterThan(150_000);
    const payload = await encodeCode(code);
    expect(payload.length).toBeLessThan(code.length / 3);
    expect(await decodeCode(payload)).toBe(code);
  });

  test("returns null for damaged, unknown or oversized payloads", async () => {
    const payload = await encodeCode(CELL);
    expect(await decodeCode(payload.slice(0, payload.length - 9))).toBeNull();
    expect(await decodeCode("q" + payload.slice(1))).toBeNull();
    expect(await decodeCode("z!!!")).toBeNull();
    expect(await decodeCode("t_w")).toBeNull(); // bytes that are not UTF-8
    // a small payload that inflates past the limit is refused, not expanded
    const bomb = await encodeCode("a".repeat(MAX_CODE_BYTES + 10));
    expect(bomb.length).toBeLessThan(2000);
    expect(await decodeCode(bomb)).toBeNull();
  });
});

describe("formatShareHash(cells) / parseShareHash(hash)", () => {
  test("carries several cells; a cell with the book's code is only named", async () => {
    const hash = await formatShareHash([{ id: "cell-3", code: "1 + 1" }, { id: "cell-5", code: CELL }, { id: "cell-7", code: null }]);
    const entries = parseShareHash(`#${hash}`);
    expect(entries.map((e) => e.id)).toEqual(["cell-3", "cell-5"]);
    expect(await Promise.all(entries.map((e) => decodeCode(e.payload)))).toEqual(["1 + 1", CELL]);
    expect(hash.split("&")[2]).toBe("cell-7");
  });

  test("ignores heading anchors and malformed entries", () => {
    expect(parseShareHash("#the-perceptron-learning-rule")).toEqual([]);
    expect(parseShareHash("#cell-2=x123&cell=tAA&cell-4=tMQ")).toEqual([{ id: "cell-4", payload: "tMQ" }]);
  });

  test("withoutCell(hash, id) drops one cell's entry and keeps the others", () => {
    expect(withoutCell("#cell-3=tMQ&cell-5=tMg", "cell-3")).toBe("cell-5=tMg");
    expect(withoutCell("#cell-3=tMQ", "cell-3")).toBe("");
    expect(withoutCell("#cell-30=tMQ", "cell-3")).toBe("cell-30=tMQ");
  });
});
