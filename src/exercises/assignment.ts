/**
 * An assignment: a title, a due date and a list of exercises, carried whole in a link's `#…`
 * part (no server). The teacher makes it on /assign/; the student who opens the link sees just
 * those exercises and exports a submission for it.
 */
export type Assignment = { title: string; due: string; exercises: string[] };

const MAX_EXERCISES = 200;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeAssignment(assignment: Assignment): string {
  return toBase64Url(JSON.stringify({ t: assignment.title, d: assignment.due, e: assignment.exercises }));
}

/** The assignment in a link's hash, checked field by field; null when it is not one. */
export function decodeAssignment(hash: string): Assignment | null {
  try {
    const data = JSON.parse(fromBase64Url(hash.replace(/^#/, ""))) as { t?: unknown; d?: unknown; e?: unknown };
    if (typeof data.t !== "string" || typeof data.d !== "string" || !Array.isArray(data.e)) return null;
    const exercises = data.e.filter((id): id is string => typeof id === "string" && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)).slice(0, MAX_EXERCISES);
    return { title: data.t.slice(0, 200), due: /^\d{4}-\d{2}-\d{2}$/.test(data.d) ? data.d : "", exercises };
  } catch {
    return null;
  }
}
