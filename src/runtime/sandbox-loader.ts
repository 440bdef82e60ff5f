/**
 * The first script of a cell's worker inside the sandbox (sandbox-frame.ts). The worker has no
 * network, so it cannot load its own code: it asks the page for each file's text over its port
 * and links the files itself, as Blob URLs of its own opaque origin. Relative imports between the
 * built files (`from "./x.js"`, `import("./x.js")`) are pointed at those Blob URLs.
 * Stringified into the sandbox, so it must use nothing from outside its own body.
 */
export function sandboxLoader(): void {
  const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; nnbookPort?: MessagePort; nnbookImport?: (name: string) => Promise<unknown> };
  scope.onmessage = (event: MessageEvent) => {
    scope.onmessage = null;
    const port = event.data.port as MessagePort;
    const entry = String(event.data.entry);
    const texts = new Map<string, (text: string) => void>();
    const urls = new Map<string, Promise<string>>();
    const fail = (message: string) => {
      port.postMessage({ type: "outputs", outputs: [{ kind: "error", name: "LoadError", message }], skipped: 0 });
      port.postMessage({ type: "done", result: { ok: false, ms: 0 } });
    };
    port.addEventListener("message", (reply: MessageEvent) => {
      const data = reply.data;
      if (data?.type !== "chunk") return;
      if (typeof data.text === "string") texts.get(data.name)?.(data.text);
      else fail(String(data.error));
    });
    port.start();
    const request = (name: string) => new Promise<string>((resolve) => {
      texts.set(name, resolve);
      port.postMessage({ type: "chunk", name });
    });
    const link = (name: string): Promise<string> => {
      let url = urls.get(name);
      if (!url) {
        url = request(name).then(async (source) => {
          let text = source.replace(/\bimport\((["'`])\.\/([\w.-]+\.js)\1\)/g, (_m, _q, file) => `self.nnbookImport(${JSON.stringify(file)})`);
          const statics = [...text.matchAll(/\b(from|import)\s*(["'`])\.\/([\w.-]+\.js)\2/g)].map((m) => m[3]);
          const linked = new Map<string, string>();
          for (const file of statics) linked.set(file, await link(file));
          text = text.replace(/\b(from|import)\s*(["'`])\.\/([\w.-]+\.js)\2/g, (_m, word, _q, file) => `${word}${JSON.stringify(linked.get(file))}`);
          return URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
        });
        urls.set(name, url);
      }
      return url;
    };
    scope.nnbookImport = async (name: string) => import(await link(name));
    scope.nnbookPort = port;
    link(entry).then((url) => import(url)).catch((error) => fail(`The cell's code could not start: ${error instanceof Error ? error.message : String(error)}`));
  };
}
