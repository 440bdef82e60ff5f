/**
 * Small deterministic hashes, identical in Node and every browser (32-bit integer arithmetic
 * only): the seed of a student's variant of an exercise, and the content hash of a submission.
 */

/** cyrb53: a fast 53-bit string hash (public domain, bryc), as a safe integer. */
export function hashText(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt, h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash as 14 hex digits, for files and headers. */
export function hashHex(text: string): string {
  return hashText(text).toString(16).padStart(14, "0");
}

/**
 * The seed of one student's variant of one exercise: the same student ID and exercise give the
 * same numbers on every device and in the teacher's re-grade; no ID gives the book's variant, 0.
 */
export function variantSeed(studentId: string, exerciseId: string): number {
  const id = studentId.trim();
  return id ? hashText(`${id}\u0000${exerciseId}`) % 2147483647 : 0;
}
