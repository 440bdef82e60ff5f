import type { Page } from "@playwright/test";

/**
 * Measures the page's main-thread responsiveness: a timer chain in the page every 10 ms records
 * the longest gap between ticks beyond those 10 ms, and a long-task observer the longest task.
 * `resetStall` starts a measurement (after the page has loaded); `worstStall` reads it.
 */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __stall: number; __longTask: number };
    w.__stall = 0;
    w.__longTask = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__stall = Math.max(w.__stall, now - last - 10);
      last = now;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTask = Math.max(w.__longTask, entry.duration);
      }).observe({ type: "longtask", buffered: false });
    } catch {
      /* no long-task timing: the timer chain still measures */
    }
  });
}

export async function resetStall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stall: number; __longTask: number };
    w.__stall = 0;
    w.__longTask = 0;
  });
}

/**
 * The worst main-thread stall since the last reset, in ms: the longest task (what blocks input),
 * and the longest timer gap (which also counts a flood of small tasks ahead of the timer).
 */
export function worstStall(page: Page): Promise<{ longTask: number; timerGap: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __stall: number; __longTask: number };
    return { longTask: w.__longTask, timerGap: w.__stall };
  });
}
