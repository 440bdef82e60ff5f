// The book's service worker, completed by src/plugins/offline.ts at build time (version, files).
// Pages: the network first, so a reader online always gets the newest book; the cache when offline.
// Everything else is content-hashed or data: the cache first.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `nnbook-${VERSION}`;

const OFFLINE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Offline — nnbook</title><body style="font:1.1rem/1.5 system-ui;max-width:34rem;margin:3rem auto;padding:0 1rem">
<h1>This page is not available offline</h1><p>You are offline, and this page was not saved on this device.
The book's chapters are: <a href="/">open the contents</a>, or try again once you are back online.</p></body></html>`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("nnbook-") && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(async () => {
        const cached = await caches.match(url.pathname, { ignoreSearch: true, cacheName: CACHE });
        return cached ?? new Response(OFFLINE_PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
      }),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true, cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
});
