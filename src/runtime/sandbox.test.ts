import { test, expect } from "vitest";
import { data } from "@nnbook/nn";
import { lockDown, withBookData, HIDDEN_GLOBALS } from "./sandbox.ts";

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

test("withBookData(engine, load) gives the engine's data.fetchDigits the page's loader and keeps the rest", async () => {
  const engine = { tensor: () => 1, data: { ...data } };
  const asked: string[] = [];
  const wrapped = withBookData(engine, async (url) => (asked.push(url), new Response("", { status: 404 })));
  await expect(wrapped.data.fetchDigits("/missing.bin")).rejects.toThrow("GET /missing.bin failed with HTTP 404");
  expect(asked).toEqual(["/missing.bin"]);
  expect(wrapped.data.xor).toBe(data.xor);
  expect(wrapped.tensor).toBe(engine.tensor);
});
