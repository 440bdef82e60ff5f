// The animation loop of a widget that plays (a training run): one callback per animation frame
// while it runs and the element is on screen; off screen it waits, and goes on when scrolled
// back. Under prefers-reduced-motion a widget does not animate: it asks `reducedMotion()` and
// jumps to the result instead.

/** The reader asked for less motion: no autoplay, no animated runs. */
export function reducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

export interface FrameLoop {
  /** True between start() and stop(), on screen or not. */
  readonly running: boolean;
  /** True while the element is on screen (always, without IntersectionObserver). */
  readonly visible: boolean;
  start(): void;
  stop(): void;
  /** Stops, and stops watching the element. */
  disconnect(): void;
}

/**
 * Calls `frame(now)` each animation frame while started and `element` is on screen; `frame`
 * returns false to end the run. `onVisible` is told when the element first comes on screen
 * (for a widget that autoplays once seen).
 */
export function createFrameLoop(element: Element, frame: (now: number) => boolean, onVisible?: () => void): FrameLoop {
  let running = false;
  let visible = !("IntersectionObserver" in globalThis);
  let raf = 0;
  const tick = (now: number) => {
    raf = 0;
    if (!running || !visible) return; // the observer restarts it on screen
    if (frame(now) === false) {
      running = false;
      return;
    }
    if (running) raf = requestAnimationFrame(tick);
  };
  const schedule = () => {
    if (running && visible && !raf) raf = requestAnimationFrame(tick);
  };
  const observer = visible
    ? null
    : new IntersectionObserver((entries) => {
        visible = entries[entries.length - 1].isIntersecting;
        if (visible) onVisible?.();
        schedule();
      });
  observer?.observe(element);
  const stop = () => {
    running = false;
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
  };
  return {
    get running() {
      return running;
    },
    get visible() {
      return visible;
    },
    start() {
      running = true;
      schedule();
    },
    stop,
    disconnect() {
      stop();
      observer?.disconnect();
    },
  };
}
