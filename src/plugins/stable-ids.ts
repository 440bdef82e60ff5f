/**
 * Ids that outlast edits to a chapter: a link a teacher pasted into a course page (`#cell-…`,
 * `#exercise-…`) must still point at the same cell when the chapter gains one elsewhere, and a
 * reader's saved edits stay with their cell. An id is authored (```` ```ts cell id=xor-truth-table ````)
 * or derived from the section it sits in: the slug of the nearest heading above and the cell's
 * place in that section only, so a new cell moves the ids of its own section at most.
 */
import type { MdNode } from "./cell-fences.ts";

/** "The step function" → "the-step-function"; "What $b$ does" → "what-b-does". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 48).replace(/-+$/, "") || "section";
}

/** The text of a heading or list item, formulas included as their source. */
export function plainText(node: MdNode): string {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "inlineMath") return node.value ?? "";
  return (node.children ?? []).map(plainText).join("");
}

/** `id=xor-truth-table` in a fence's meta, if the author gave one. */
export function authoredId(meta: string | null | undefined): string | null {
  const match = /(?:^|\s)id=([A-Za-z0-9][A-Za-z0-9-]*)(?=\s|$)/.exec(meta ?? "");
  return match ? match[1].toLowerCase() : null;
}

/**
 * Hands out ids for one page: `next("cell", heading)` gives `cell-<heading>-1`, `-2`, … within each
 * heading; `claim` records an authored id. Both fail on a duplicate, naming it.
 */
export class IdRegistry {
  #taken = new Set<string>();
  #counts = new Map<string, number>();

  claim(id: string, where: string): string {
    if (this.#taken.has(id)) throw new Error(`Duplicate id "${id}" at ${where}: ids of cells, exercises and widgets must be unique in a chapter.`);
    this.#taken.add(id);
    return id;
  }

  next(kind: string, section: string, where: string): string {
    const base = section ? `${kind}-${section}` : kind;
    let n = (this.#counts.get(base) ?? 0) + 1;
    while (this.#taken.has(`${base}-${n}`)) n++;
    this.#counts.set(base, n);
    return this.claim(`${base}-${n}`, where);
  }
}
