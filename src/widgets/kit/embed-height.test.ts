import { describe, expect, it, vi } from "vitest";
import { HEIGHT_MESSAGE, heightMessages, syncHeight } from "./embed-height.ts";

describe("the embed's height messages", () => {
  it("speak the book's, Canvas's and the H5P resizer's forms", () => {
    expect(heightMessages(512)).toEqual([
      { type: HEIGHT_MESSAGE, height: 512 },
      JSON.stringify({ subject: "lti.frameResize", height: 512 }),
      { context: "h5p", action: "resize", scrollHeight: 512 },
    ]);
  });
});

describe("syncHeight", () => {
  function setup(height: () => number) {
    const sent: unknown[] = [];
    const parent = { postMessage: (message: unknown) => sent.push(message) };
    const listeners: ((event: MessageEvent) => void)[] = [];
    const win = {
      parent,
      addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.push(listener),
      removeEventListener: vi.fn(),
    } as unknown as Window;
    let observed: (() => void) | null = null;
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(callback: () => void) {
          observed = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const content = { getBoundingClientRect: () => ({ height: height() }) } as unknown as HTMLElement;
    const stop = syncHeight(content, win);
    return { sent, parent, listeners, resize: () => observed?.(), stop };
  }

  it("says hello to an H5P host, posts the height at once and again only when it changes", () => {
    let h = 400.2;
    const { sent, resize, stop } = setup(() => h);
    expect(sent).toEqual([{ context: "h5p", action: "hello" }, ...heightMessages(401)]);
    resize();
    expect(sent).toHaveLength(4);
    h = 380;
    resize();
    expect(sent.slice(4)).toEqual(heightMessages(380));
    stop();
    vi.unstubAllGlobals();
  });

  it("answers an H5P host's resize request from its parent only", () => {
    const { sent, parent, listeners, stop } = setup(() => 300);
    const before = sent.length;
    listeners[0]!({ source: {}, data: { context: "h5p", action: "resize" } } as unknown as MessageEvent);
    expect(sent).toHaveLength(before);
    listeners[0]!({ source: parent, data: { context: "h5p", action: "resize" } } as unknown as MessageEvent);
    expect(sent.slice(before)).toEqual(heightMessages(300));
    stop();
    vi.unstubAllGlobals();
  });

  it("does nothing in a window that is not framed", () => {
    const win = {} as Window;
    Object.assign(win, { parent: win });
    expect(() => syncHeight({} as HTMLElement, win)()).not.toThrow();
  });
});
