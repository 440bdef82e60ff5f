/**
 * Reading progress, kept in this browser: a chapter counts as read once its end (the footer) has
 * been on screen; the sidebar ticks read chapters, and the home page offers the last chapter opened.
 */
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
