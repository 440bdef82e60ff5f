/**
 * Where reader code runs: a Web Worker owned by a sandboxed iframe (`sandbox="allow-scripts"`,
 * no `allow-same-origin`), so the worker has an opaque origin — no cookies, no IndexedDB, no Cache
 * Storage, no storage buckets, nothing of the book's origin — and a Content-Security-Policy that
 * allows no network at all (`connect-src`, fonts, images: 'none'; scripts only from Blob URLs it
 * makes itself). That holds by construction, whatever globals a cell finds or replaces: a blob
 * worker inherits its creator's policy. The book's own files (its code, the digits) are fetched
 * by the page and handed in as text or bytes (worker-runner.ts).
 *
 * One sandbox serves one run: removing the iframe ends its worker at once, so a stranger's code
 * never shares a worker with what the reader runs next.
 */
import { sandboxLoader } from "./sandbox-loader.ts";

/** The frame's policy; a worker made from a Blob URL inside it inherits it. */
export const SANDBOX_CSP = "default-src 'none'; script-src 'nonce-NONCE' blob: 'unsafe-eval'; worker-src blob:; connect-src 'none'; img-src 'none'; font-src 'none'; style-src 'none'; base-uri 'none'; form-action 'none'";

export type CellSandbox = { port: MessagePort; dispose(): void };

/**
 * Starts a sandbox whose worker loads `entry` (a file name next to the worker's built code) and
 * talks to the page over the returned port. `onFailure` hears if the worker cannot start.
 */
export function openSandbox(entry: string, onFailure: (message: string) => void): CellSandbox {
  const channel = new MessageChannel();
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Cell sandbox";
  frame.className = "nn-cell-sandbox";
  frame.style.cssText = "display:none";
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
  const loader = `(${sandboxLoader.toString()})()`;
  // the frame's script: make the worker from the loader's text and give it the page's port
  const boot = `onmessage = (e) => {
  if (e.source !== parent || !e.ports[0]) return;
  onmessage = null;
  const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(loader).replace(/</g, "\\u003c")}], { type: "text/javascript" })), { name: "nnbook-cell" });
  worker.onerror = (event) => { event.preventDefault(); parent.postMessage({ nnbookSandbox: "error", message: String(event.message || "the worker did not start") }, "*"); };
  worker.postMessage({ port: e.ports[0], entry: e.data.entry }, [e.ports[0]]);
};`;
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP.replace("NONCE", nonce)}"><script nonce="${nonce}">${boot}</script>`;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || typeof event.data !== "object" || event.data === null) return;
    if ((event.data as { nnbookSandbox?: unknown }).nnbookSandbox === "error") onFailure(String((event.data as { message?: unknown }).message).slice(0, 300));
  };
  window.addEventListener("message", onMessage);
  frame.addEventListener("load", () => frame.contentWindow?.postMessage({ entry }, "*", [channel.port2]), { once: true });
  document.body.append(frame);
  return {
    port: channel.port1,
    dispose() {
      window.removeEventListener("message", onMessage);
      channel.port1.close();
      frame.remove(); // ends the frame's worker, whatever it is doing
    },
  };
}
