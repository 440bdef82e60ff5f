// The reader's trained weights kept across a reload: the model's stateDict as base64 float32
// (23,466 numbers ≈ 94 KB raw, 125 KB as text), with its held-out accuracy and how it was
// trained, in localStorage under a versioned key. A saved model from another version, or one
// that does not fit the network, reads as none.

/** Bump when the network or its input changes: old weights are then ignored. */
export const STORAGE_KEY = "nnbook:digit-reader:v1";

export interface SavedModel {
  weights: Record<string, Float32Array>;
  accuracy: number;
  epochs: number;
  seed: number;
  /** When it was trained, ms since 1970. */
  savedAt: number;
}

/** What of `Storage` this needs (a test passes a Map-backed one). */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function toBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Float32Array {
  const binary = atob(text);
  if (binary.length % 4 !== 0) throw new Error("not float32 data");
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

export function encodeModel(model: SavedModel): string {
  const weights = Object.fromEntries(Object.entries(model.weights).map(([name, w]) => [name, toBase64(w)]));
  return JSON.stringify({ ...model, weights });
}

/** The saved model in `text`, or null if it is not one (damaged, or of another shape: `sizes` gives each tensor's length). */
export function decodeModel(text: string, sizes: Record<string, number>): SavedModel | null {
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof SavedModel, unknown>>;
    const encoded = raw.weights as Record<string, unknown> | undefined;
    if (!encoded || typeof encoded !== "object") return null;
    const names = Object.keys(sizes);
    if (Object.keys(encoded).length !== names.length) return null;
    const weights: Record<string, Float32Array> = {};
    for (const name of names) {
      const value = encoded[name];
      if (typeof value !== "string") return null;
      const w = fromBase64(value);
      if (w.length !== sizes[name] || !w.every(Number.isFinite)) return null;
      weights[name] = w;
    }
    const number = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
    return { weights, accuracy: number(raw.accuracy), epochs: number(raw.epochs), seed: number(raw.seed), savedAt: number(raw.savedAt) };
  } catch {
    return null;
  }
}

/** Saves the model; returns an error sentence when the browser refuses (storage full or off). */
export function saveModel(store: KeyValueStore | null, model: SavedModel): string | null {
  try {
    if (!store) return "this browser keeps no storage for the page";
    store.setItem(STORAGE_KEY, encodeModel(model));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function loadModel(store: KeyValueStore | null, sizes: Record<string, number>): SavedModel | null {
  try {
    const text = store?.getItem(STORAGE_KEY);
    return text ? decodeModel(text, sizes) : null;
  } catch {
    return null;
  }
}

export function forgetModel(store: KeyValueStore | null): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // storage that cannot be read had nothing of ours in it
  }
}

/** The page's localStorage, or null where reading it throws (storage blocked). */
export function pageStore(): KeyValueStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
