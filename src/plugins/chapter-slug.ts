/** `01-perceptron` → `perceptron`: the number orders the folders, the URL drops it. */
export function chapterSlug(folder: string): string {
  return folder.replace(/^\d+-/, "");
}

/** The folder's number, or Infinity for an unnumbered folder. */
export function chapterNumber(folder: string): number {
  const match = /^(\d+)-/.exec(folder);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}
