/**
 * Loads a widget's code when the first of its elements comes within `margin` of the viewport, so
 * a chapter page ships only small scripts until the reader gets near a widget (the page budget
 * is 40 KB of gzipped JavaScript before any interaction). Until then the element shows its
 * server-rendered fallback. A page being printed loads every widget, so each prints drawn at its
 * default state even if the reader never scrolled to it.
 */
export function loadNear(selector: string, load: () => Promise<unknown>, margin = "800px"): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  let loaded = false;
  const loadOnce = () => {
    if (loaded) return;
    loaded = true;
    observer.disconnect();
    removeEventListener("beforeprint", loadOnce);
    void load();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) loadOnce();
  }, { rootMargin: `${margin} 0px` });
  for (const element of elements) observer.observe(element);
  addEventListener("beforeprint", loadOnce);
  const print = matchMedia("print");
  if (print.matches) loadOnce();
  else print.addEventListener("change", (event) => event.matches && loadOnce());
}
