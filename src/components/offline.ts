/**
 * The book offline: the built site's service worker (/sw.js, written by src/plugins/offline.ts)
 * caches every page, script and the digits data on the first visit. Only in the built site: in
 * `npm run dev` a cache would serve stale modules.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  addEventListener("load", () => void navigator.serviceWorker.register("/sw.js").catch(() => undefined), { once: true });
}
