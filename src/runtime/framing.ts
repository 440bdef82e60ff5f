/**
 * Chapter pages must not be used inside another site's frame: a transparent frame could put Run
 * under a bait button (clickjacking). A host stops that with headers (`frame-ancestors 'self'`,
 * `X-Frame-Options: SAMEORIGIN`; README, "Deploying the book"); a page cannot set those itself,
 * so cells also refuse to run when they find themselves framed by another origin.
 *
 * Embed routes (`/embed/<widget>/`, src/pages/embed/) are framed by design: they may run the book's own code, and
 * must not run code from a shared link without a visible, unobscured Run — that route decides, here.
 */
export const EMBED_ROUTE = /^\/embed\//;

/** Whether this window sits in a frame whose top page is another origin (or cannot be read). */
export function framedByOtherSite(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top!.location.origin !== win.location.origin;
  } catch {
    return true; // reading a cross-origin top's location throws
  }
}

/** Why cells may not run on this page, or null when they may. */
export function refusalToRun(win: Window = window): string | null {
  if (EMBED_ROUTE.test(win.location.pathname)) return null; // the embed route's own rules apply (see above)
  return framedByOtherSite(win)
    ? "This page is shown inside another site's frame, so its cells do not run here. Open the book itself to run them."
    : null;
}
