import { expect, test } from "vitest";
import { createModel } from "./model.ts";
import { STORAGE_KEY, decodeModel, encodeModel, forgetModel, fromBase64, loadModel, saveModel, toBase64, type KeyValueStore } from "./saved-model.ts";

function memoryStore(limit = Infinity): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw new Error("The quota has been exceeded.");
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const model = createModel(2);
const weights = model.stateDict();
const sizes = Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w.length]));
const saved = { weights, accuracy: 0.973, epochs: 3, seed: 2, savedAt: 1_700_000_000_000 };

test("float32 values survive base64 exactly", () => {
  const values = Float32Array.from([0, -1.5, 3.1415927, 1e-30, -0]);
  expect([...fromBase64(toBase64(values))]).toEqual([...values]);
});

test("a saved model loads back bit for bit, in about 125 KB of text", () => {
  const store = memoryStore();
  expect(saveModel(store, saved)).toBeNull();
  const text = store.map.get(STORAGE_KEY)!;
  expect(text.length).toBeLessThan(130_000);
  const back = loadModel(store, sizes)!;
  expect(back.accuracy).toBe(0.973);
  expect(back.savedAt).toBe(saved.savedAt);
  for (const [name, w] of Object.entries(weights)) expect([...back.weights[name]]).toEqual([...w]);
  forgetModel(store);
  expect(loadModel(store, sizes)).toBeNull();
});

test("damaged or ill-fitting text reads as no model; a full store is said in words", () => {
  expect(decodeModel("{", sizes)).toBeNull();
  expect(decodeModel(encodeModel(saved), { ...sizes, "0.weight": 3 })).toBeNull();
  expect(decodeModel(JSON.stringify({ weights: { "0.weight": "%%" } }), sizes)).toBeNull();
  expect(saveModel(memoryStore(10), saved)).toMatch(/quota/);
  expect(saveModel(null, saved)).toMatch(/storage/);
});
