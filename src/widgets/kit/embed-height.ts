// Inside an embed: tells the host page how tall the content is, whenever that changes, in the
// three forms hosts listen for — the book's own (public/embed.js applies it), Canvas's
// `lti.frameResize`, and the H5P resizer's (`h5p-resizer.js`, as Moodle and WordPress load it).
// A height is no secret, so it goes to any parent; the host checks where it came from.

export const HEIGHT_MESSAGE = "nnbook:height";

/** The messages one height is sent as. */
export function heightMessages(height: number): unknown[] {
  return [
    { type: HEIGHT_MESSAGE, height },
    // Canvas documents a JSON string; it parses strings and objects alike
    JSON.stringify({ subject: "lti.frameResize", height }),
    // the H5P resizer sets the frame to scrollHeight on "resize"; "hello" makes it 100% wide
    { context: "h5p", action: "resize", scrollHeight: height },
  ];
}

/** Posts the height of `content` to the parent window now and whenever it changes; returns a stop. */
export function syncHeight(content: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(height)) win.parent.postMessage(message, "*");
  };
  // an H5P host answers "hello" and asks again with "resize" when its window resizes
  const answer = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const data = event.data as { context?: unknown; action?: unknown } | null;
    if (data && data.context === "h5p" && (data.action === "resize" || data.action === "ready")) {
      last = -1;
      post();
    }
  };
  win.addEventListener("message", answer);
  win.parent.postMessage({ context: "h5p", action: "hello" }, "*");
  const observer = new ResizeObserver(post);
  observer.observe(content);
  post();
  return () => {
    observer.disconnect();
    win.removeEventListener("message", answer);
  };
}
