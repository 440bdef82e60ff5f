/**
 * What reader code must not reach from the cell worker. A dedicated worker already has no DOM,
 * no cookies and no localStorage; these are the rest of the ways out: the origin's storage
 * (IndexedDB, Cache Storage, the origin-private file system), the network, other contexts of
 * the page (BroadcastChannel, nested workers), and script loading.
 */
export const HIDDEN_GLOBALS = [
  "indexedDB",
  "caches",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "WebTransport",
  "EventSource",
  "BroadcastChannel",
  "importScripts",
  "Worker",
  "SharedWorker",
] as const;

/** Properties of `navigator` that open storage. */
const HIDDEN_NAVIGATOR = ["storage"] as const;

/**
 * Removes each name from `scope` and its prototype chain (so `self.fetch` and the prototype's
 * getter are gone too, not just the bare identifier), and pins it to `undefined` where the
 * engine refuses to delete. Call it once, before the first cell runs; returns what was removed.
 */
export function lockDown(scope: object): string[] {
  const removed: string[] = HIDDEN_GLOBALS.filter((name) => remove(scope, name));
  const navigator = (scope as { navigator?: object }).navigator;
  if (navigator) for (const name of HIDDEN_NAVIGATOR) if (remove(navigator, name)) removed.push(`navigator.${name}`);
  return removed;
}

function remove(target: object, name: string): boolean {
  if (!(name in target)) return false;
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    if (!Object.hasOwn(o, name)) continue;
    try {
      delete (o as Record<string, unknown>)[name];
    } catch {
      /* non-configurable: shadowed below */
    }
  }
  if ((target as Record<string, unknown>)[name] !== undefined) {
    // an own property that is neither configurable nor writable cannot be hidden; browsers have none of these
    try {
      Object.defineProperty(target, name, { value: undefined, writable: false, configurable: false, enumerable: false });
    } catch {
      return false;
    }
  }
  return true;
}

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * The worker's own way to load the book's data files, taken before `lockDown`: GET only, same
 * origin only, no cookies. Reader code never holds it; the engine's loaders get it (below).
 */
export function bookFetch(scope: { fetch?: Fetch; location?: { href: string; origin: string } }): Fetch | null {
  const original = scope.fetch?.bind(scope);
  const location = scope.location;
  if (!original || !location) return null;
  return (url) => {
    const target = new URL(String(url), location.href);
    if (target.origin !== location.origin) return Promise.reject(new Error(`only the book's own files can be loaded, not ${target.origin}`));
    return original(target, { method: "GET", credentials: "omit", redirect: "error" });
  };
}

type Engine = { data?: { fetchDigits?: unknown; decodeDigits?: (bytes: ArrayBuffer, options?: object) => unknown } };

/**
 * The engine as a cell sees it in the worker: `data.fetchDigits(url)` loads through `load`
 * (`bookFetch`), since the global `fetch` it would use is gone. Errors read as the engine's own.
 */
export function withBookData<T extends Engine>(engine: T, load: Fetch | null): T {
  const data = engine.data;
  if (!load || !data?.fetchDigits || !data.decodeDigits) return engine;
  const decode = data.decodeDigits;
  const fetchDigits = async (url: string | URL, options: object = {}) => {
    let response: Response;
    try {
      response = await load(url);
    } catch (error) {
      throw new Error(`fetchDigits: could not fetch ${String(url)} — ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (!response.ok) throw new Error(`fetchDigits: GET ${String(url)} failed with HTTP ${response.status} — is data/digits.bin served there? (\`npm run prepare:data\` makes it)`);
    return decode(await response.arrayBuffer(), options);
  };
  return { ...engine, data: { ...data, fetchDigits } };
}
