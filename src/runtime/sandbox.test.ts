import { test, expect } from "vitest";
import { lockDown, bookFetch, withBookData, HIDDEN_GLOBALS } from "./sandbox.ts";

/** A stand-in for a worker's global: some names own, some on the prototype, one not deletable. */
function fakeScope() {
  const proto = { fetch: () => "net", indexedDB: {}, get caches() { return {}; } };
  Object.defineProperty(proto, "BroadcastChannel", { value: class {}, configurable: false, writable: false });
  const navigatorProto = { get storage() { return { getDirectory: () => "opfs" }; }, userAgent: "test" };
  const scope = Object.create(proto) as Record<string, unknown>;
  scope.XMLHttpRequest = class {};
  scope.postMessage = () => undefined;
  scope.navigator = Object.create(navigatorProto);
  return scope;
}

test("lockDown(scope) removes storage and network names from the scope and its prototypes", () => {
  const scope = fakeScope();
  const removed = lockDown(scope);
  expect(removed).toEqual(expect.arrayContaining(["fetch", "indexedDB", "caches", "XMLHttpRequest", "navigator.storage"]));
  for (const name of ["fetch", "indexedDB", "caches", "XMLHttpRequest", "WebSocket", "importScripts"]) {
    expect(scope[name], name).toBeUndefined();
    expect(Object.getPrototypeOf(scope)[name], `prototype ${name}`).toBeUndefined();
  }
  expect((scope.navigator as Record<string, unknown>).storage).toBeUndefined();
  // what cells need stays
  expect(typeof scope.postMessage).toBe("function");
  expect((scope.navigator as Record<string, unknown>).userAgent).toBe("test");
});

test("lockDown(scope) pins a name it cannot delete to undefined", () => {
  const scope = fakeScope();
  expect(lockDown(scope)).toContain("BroadcastChannel");
  expect(scope.BroadcastChannel).toBeUndefined();
});

test("lockDown(globalThis-like) lists every name it hides", () => {
  expect(HIDDEN_GLOBALS).toEqual(expect.arrayContaining(["indexedDB", "caches", "fetch", "XMLHttpRequest", "WebSocket", "importScripts", "EventSource", "BroadcastChannel"]));
});

test("bookFetch(scope) loads same-origin files without cookies and refuses other origins", async () => {
  const calls: [string, RequestInit | undefined][] = [];
  const scope = {
    location: { href: "https://book.example/chapters/cnn/", origin: "https://book.example" },
    fetch: async (url: string | URL, init?: RequestInit) => (calls.push([String(url), init]), new Response("ok")),
  };
  const load = bookFetch(scope)!;
  expect(await (await load("/data/digits.bin")).text()).toBe("ok");
  expect(calls).toEqual([["https://book.example/data/digits.bin", { method: "GET", credentials: "omit", redirect: "error" }]]);
  await expect(load("https://elsewhere.example/?leak=1")).rejects.toThrow("only the book's own files");
  expect(calls).toHaveLength(1);
  expect(bookFetch({})).toBeNull();
});

test("withBookData(engine, load) gives data.fetchDigits the worker's loader and keeps the rest", async () => {
  const decodeDigits = (bytes: ArrayBuffer, options?: object) => ({ n: bytes.byteLength, options });
  const engine = { tensor: () => 1, data: { fetchDigits: (async () => "global fetch") as (url: string, options?: object) => Promise<unknown>, decodeDigits, xor: () => "xor" } };
  const wrapped = withBookData(engine, async (url) => (String(url).includes("missing") ? new Response("", { status: 404 }) : new Response(new Uint8Array(3))));
  expect(await wrapped.data.fetchDigits("/data/digits.bin", { n: 2 })).toEqual({ n: 3, options: { n: 2 } });
  await expect(wrapped.data.fetchDigits("/missing.bin")).rejects.toThrow("HTTP 404");
  expect(wrapped.data.xor()).toBe("xor");
  expect(wrapped.tensor).toBe(engine.tensor);
  expect(withBookData(engine, null)).toBe(engine);
});
