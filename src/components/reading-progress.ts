/**
 * Reading progress, kept in this browser: a chapter counts as read once its end (the footer) has
 * been on screen; the sidebar ticks read chapters and shows how many of a chapter's graded
 * exercises the reader has passed, and the home page offers the last chapter opened.
 */
import { allProgress } from "~/widgets/exercise/store.ts";
import { stateOf } from "~/exercises/progress.ts";
const READ = "nnbook:read";
const LAST = "nnbook:last";

type Last = { path: string; title: string };

function load<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? "null") as T | null) ?? fallback;
  } catch {
    return fallback; // storage blocked or corrupt: no progress shown
  }
}

function store(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or blocked: progress is not kept */
  }
}

export const readChapters = (): string[] => load<string[]>(READ, []);

function markSidebar(read: string[]): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.sidebar-content a[href^="/chapters/"]')) {
    const done = read.includes(new URL(link.href).pathname);
    if (!done || link.hasAttribute("data-read")) continue;
    link.setAttribute("data-read", "");
    link.append(Object.assign(document.createElement("span"), { className: "sr-only", textContent: " (read)" }));
  }
}

/** "2/4" beside a chapter with graded exercises the reader has passed some of (all: filled). */
function markExercises(): void {
  const passed = new Map<string, number>();
  for (const [id, progress] of Object.entries(allProgress())) {
    if (stateOf(progress) !== "passed") continue;
    const chapter = id.split("/")[0];
    passed.set(chapter, (passed.get(chapter) ?? 0) + 1);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.sidebar-content a[href^="/chapters/"][data-exercises]')) {
    const total = Number(link.dataset.exercises);
    const done = Math.min(total, passed.get(new URL(link.href).pathname.split("/")[2]) ?? 0);
    link.querySelector(".nn-exercises-done")?.remove();
    if (!total || !done) continue;
    const badge = Object.assign(document.createElement("span"), { className: "nn-exercises-done", textContent: `${done}/${total}` });
    badge.toggleAttribute("data-all", done === total);
    badge.setAttribute("aria-label", `, ${done} of ${total} exercises passed`);
    badge.title = `${done} of ${total} graded exercises passed`;
    link.append(badge);
  }
}

function offerToContinue(read: string[]): void {
  const box = document.querySelector<HTMLElement>("#nn-continue");
  const last = load<Last | null>(LAST, null);
  if (!box || !last) return;
  const link = box.querySelector<HTMLAnchorElement>("a")!;
  link.href = last.path;
  link.textContent = last.title;
  const count = box.querySelector<HTMLElement>("[data-read-count]");
  if (count) count.textContent = read.length > 0 ? `You have read ${read.length} chapter${read.length === 1 ? "" : "s"}.` : "";
  box.hidden = false;
}

export function trackReading(): void {
  const read = readChapters();
  markSidebar(read);
  markExercises();
  addEventListener("nnbook:progress", markExercises); // an exercise passed on this page
  offerToContinue(read);
  const path = location.pathname;
  if (!path.startsWith("/chapters/")) return;
  const title = document.querySelector("h1")?.textContent?.trim() ?? path;
  const number = document.querySelector(`.sidebar-content a[href="${path}"]`)?.textContent?.trim();
  store(LAST, { path, title: number && /^\d+\./.test(number) ? number.replace(/\s*\(read\)$/, "") : title } satisfies Last);
  const end = document.querySelector("footer");
  if (!end || read.includes(path)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    const now = readChapters();
    if (!now.includes(path)) store(READ, [...now, path]);
    markSidebar(readChapters());
  });
  observer.observe(end);
}
