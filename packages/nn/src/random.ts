/**
 * The one seeded random generator behind `rand`, `randn`, initialisation, data noise and
 * shuffles. Chapter 2, The forward pass (random initial weights) and Chapter 7, Batching
 * (shuffles).
 *
 * The bits come from sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128-bit
 * state), seeded through a 32-bit integer mixer (MurmurHash3's finaliser). It uses only 32-bit integer arithmetic (`Math.imul`, shifts,
 * `| 0`), which every JavaScript engine computes identically, so the same seed gives the same
 * numbers in Node and in every browser. Normals use Marsaglia's polar method, which needs only
 * `Math.log` and `Math.sqrt` (no `Math.cos`), to keep platform-approximated functions to one.
 */
export class Generator {
  #a = 0;
  #b = 0;
  #c = 0;
  #d = 0;
  /** The second normal of the last polar-method pair, kept for the next call. */
  #spare: number | null = null;

  constructor(seed = 0) {
    this.manualSeed(seed);
  }

  /** Reset the state from an integer seed (any safe integer, negative ones included). */
  manualSeed(seed: number): this {
    if (!Number.isSafeInteger(seed)) {
      throw new Error(`seed must be a safe integer (e.g. 42), got ${seed}`);
    }
    // Mix both 32-bit halves, so seeds that differ only above bit 32 still differ.
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 0x100000000) >>> 0;
    let s = mix32(lo ^ mix32(hi));
    this.#a = s;
    s = mix32(s);
    this.#b = s;
    s = mix32(s);
    this.#c = s;
    this.#d = 1;
    this.#spare = null;
    for (let i = 0; i < 12; i++) this.nextUint32(); // let the state diffuse
    return this;
  }

  /** A uniform integer in [0, 2^32). */
  nextUint32(): number {
    const a = this.#a, b = this.#b, c = this.#c, d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.#c = (r + t) | 0;
    return t >>> 0;
  }

  /** A uniform float64 in [0, 1) with 32 random bits. */
  random(): number {
    return this.nextUint32() / 0x100000000;
  }

  /**
   * A uniform number in [0, 1) that stays below 1 after rounding to float32
   * (24 random bits, the float32 mantissa).
   */
  random24(): number {
    return (this.nextUint32() >>> 8) / 0x1000000;
  }

  /** A uniform number in [low, high). */
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.random();
  }

  /**
   * A standard normal N(0, 1), by Marsaglia's polar method: draw (u, v) uniform in the unit
   * disc, s = u² + v², then u·√(−2 ln s / s) and v·√(−2 ln s / s) are independent normals.
   */
  normal(mean = 0, std = 1): number {
    if (this.#spare !== null) {
      const z = this.#spare;
      this.#spare = null;
      return mean + std * z;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.random() - 1;
      v = 2 * this.random() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spare = v * f;
    return mean + std * u * f;
  }

  /** A uniform integer in [0, n), without modulo bias. */
  randint(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 0x100000000) {
      throw new Error(`randint: n must be an integer in [1, 2^32], got ${n}`);
    }
    const limit = 0x100000000 - (0x100000000 % n); // reject the incomplete last block
    let x: number;
    do x = this.nextUint32();
    while (x >= limit);
    return x % n;
  }

  /** Shuffle an array in place (Fisher–Yates) and return it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.randint(i + 1);
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}

/** MurmurHash3's 32-bit finaliser after a golden-ratio step: a bijective mixer that spreads a seed over the state. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The global generator: `manualSeed` resets it; `rand`, `randn`, `init.*` draw from it. */
export const defaultGenerator = new Generator(0);

/**
 * Seed the global generator, so every later `rand`, `randn`, initialisation and shuffle repeats.
 * Like `torch.manual_seed`. Chapter 2, The forward pass.
 */
export function manualSeed(seed: number): Generator {
  return defaultGenerator.manualSeed(seed);
}
