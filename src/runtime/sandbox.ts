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
  "FontFace",
  "webkitRequestFileSystem",
  "webkitResolveLocalFileSystemURL",
] as const;

/** Properties of `navigator` that open storage. */
const HIDDEN_NAVIGATOR = ["storage", "storageBuckets"] as const;

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

/** What the engine's `fetchDigits` takes as its `fetch` option. */
type Fetch = (url: string) => Promise<Response>;

/**
 * The worker's way to load the book's data files: it asks the page over `port`, which checks the
 * address (book-files.ts), fetches it and answers with the bytes. Reader code could post the same
 * request itself; the page's checks, not this function, are what keep it to the book's files.
 */
export function pageFetch(port: MessagePort): Fetch {
  let next = 0;
  return (url) => new Promise((resolve, reject) => {
    const id = ++next;
    const listen = (event: MessageEvent) => {
      const answer = event.data as { type?: string; id?: number; status?: number; bytes?: ArrayBuffer; error?: string };
      if (answer?.type !== "data" || answer.id !== id) return;
      port.removeEventListener("message", listen);
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(new Response(answer.bytes ?? null, { status: answer.status ?? 200 }));
    };
    port.addEventListener("message", listen);
    port.postMessage({ type: "data", id, url: String(url) });
  });
}

type Engine = { data?: { fetchDigits?: (url: string, options?: object) => Promise<unknown> } };

/** The engine as a cell sees it in the worker: `data.fetchDigits(url)` loads through `load`. */
export function withBookData<T extends Engine>(engine: T, load: Fetch): T {
  const data = engine.data;
  if (!data?.fetchDigits) return engine;
  const fetchDigits = data.fetchDigits;
  return { ...engine, data: { ...data, fetchDigits: (url: string, options: object = {}) => fetchDigits(url, { ...options, fetch: load }) } };
}
