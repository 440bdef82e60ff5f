/**
 * Whether an element is really seen: on an embed route, another site decides what sits over the
 * frame, and could make it transparent or cover it to lure a click onto Run (clickjacking). The
 * browser's IntersectionObserver v2 (`trackVisibility`) says whether anything covers, fades or
 * transforms the element; where a browser lacks it the answer is unknown (null), and the cell
 * runs anyway: its code is sandboxed with no network and no storage, so a lured Run can only
 * compute inside its own frame.
 */
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** Starts watching `element`; the function returned says whether it was seen whole and uncovered at the last change. */
export function watchUnobscured(element: Element): () => boolean | null {
  let visible: boolean | null = null;
  try {
    const options = { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1) as VisibilityEntry | undefined;
      if (entry && typeof entry.isVisible === "boolean") visible = entry.isVisible;
    }, options);
    observer.observe(element);
  } catch {
    // no IntersectionObserver v2 here: unknown
  }
  return () => visible;
}

export const COVERED = "The page around this frame covers it or makes it transparent, so its Run does not run code here. Open the cell in the book to run it.";
