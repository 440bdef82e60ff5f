/**
 * Loads a widget's code when the first of its elements comes within `margin` of the viewport, so
 * a chapter page ships only small scripts until the reader gets near a widget (the page budget
 * is 40 KB of gzipped JavaScript before any interaction). Until then the element shows its
 * server-rendered fallback.
 */
export function loadNear(selector: string, load: () => Promise<unknown>, margin = "800px"): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void load();
  }, { rootMargin: `${margin} 0px` });
  for (const element of elements) observer.observe(element);
}
