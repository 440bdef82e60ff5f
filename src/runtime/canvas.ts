/**
 * Just enough of a 2-D canvas for Plot inside a worker's linkedom document: `fillStyle` +
 * `fillRect` (colour legends) and `createImageData` + `putImageData` (the raster mark), with
 * `toDataURL()` encoding the pixels as an uncompressed PNG. Nothing else of canvas is offered.
 */
type Pixels = { width: number; height: number; data: Uint8ClampedArray };

export function installCanvas(document: Document): void {
  const create = document.createElement.bind(document);
  document.createElement = ((name: string, options?: ElementCreationOptions) => {
    const element = create(name, options);
    if (name.toLowerCase() === "canvas") makeCanvas(element);
    return element;
  }) as typeof document.createElement;
}

function makeCanvas(element: object): void {
  let pixels: Pixels = { width: 300, height: 150, data: new Uint8ClampedArray(300 * 150 * 4) };
  const resize = (width: number, height: number) => {
    pixels = { width, height, data: new Uint8ClampedArray(width * height * 4) };
  };
  let fill: [number, number, number, number] = [0, 0, 0, 255];
  const context = {
    get fillStyle() { return ""; },
    set fillStyle(color: string) { fill = parseColor(color) ?? fill; },
    fillRect(x: number, y: number, w: number, h: number) {
      for (let r = Math.max(0, Math.floor(y)); r < Math.min(pixels.height, Math.floor(y + h)); r++) {
        for (let c = Math.max(0, Math.floor(x)); c < Math.min(pixels.width, Math.floor(x + w)); c++) pixels.data.set(fill, (r * pixels.width + c) * 4);
      }
    },
    createImageData: (width: number, height: number): Pixels => ({ width, height, data: new Uint8ClampedArray(width * height * 4) }),
    putImageData(image: Pixels, dx: number, dy: number) {
      for (let r = 0; r < image.height; r++) {
        const y = r + dy;
        if (y < 0 || y >= pixels.height) continue;
        for (let c = 0; c < image.width; c++) {
          const x = c + dx;
          if (x >= 0 && x < pixels.width) pixels.data.set(image.data.subarray((r * image.width + c) * 4, (r * image.width + c) * 4 + 4), (y * pixels.width + x) * 4);
        }
      }
    },
  };
  Object.defineProperties(element, {
    width: { get: () => pixels.width, set: (w: number) => resize(Math.max(0, Math.floor(w)), pixels.height) },
    height: { get: () => pixels.height, set: (h: number) => resize(pixels.width, Math.max(0, Math.floor(h))) },
    getContext: { value: (kind: string) => (kind === "2d" ? context : null) },
    toDataURL: { value: () => `data:image/png;base64,${base64(encodePng(pixels))}` },
  });
}

/** `rgb(…)`, `rgba(…)` and `#rgb`/`#rrggbb`, the forms d3's interpolators and schemes produce. */
export function parseColor(color: string): [number, number, number, number] | null {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 255 : Math.round(Number(rgb[4]) * 255)];
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim());
  if (!hex) return null;
  const h = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join("") : hex[1];
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 255];
}

/** An RGBA PNG with "stored" (uncompressed) deflate blocks: small code, and figures are small. */
export function encodePng({ width, height, data }: Pixels): Uint8Array {
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const zlib = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  zlib.set([0x78, 0x01]);
  let at = 2;
  for (let b = 0; b < blocks; b++) {
    const chunk = raw.subarray(b * 65535, Math.min(raw.length, (b + 1) * 65535));
    zlib.set([b === blocks - 1 ? 1 : 0, chunk.length & 255, chunk.length >> 8, ~chunk.length & 255, (~chunk.length >> 8) & 255], at);
    zlib.set(chunk, at + 5);
    at += 5 + chunk.length;
  }
  writeU32(zlib, at, adler32(raw));
  const header = new Uint8Array(13);
  writeU32(header, 0, width);
  writeU32(header, 4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlib), chunk("IEND", new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) { png.set(part, offset); offset += part.length; }
  return png;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 12);
  writeU32(out, 0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  writeU32(out, body.length + 8, crc32(out.subarray(4, body.length + 8)));
  return out;
}

function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24; bytes[at + 1] = (value >>> 16) & 255; bytes[at + 2] = (value >>> 8) & 255; bytes[at + 3] = value & 255;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1, b = 0;
  for (const byte of bytes) { a = (a + byte) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}

function base64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
