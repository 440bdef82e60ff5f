/**
 * A cell's code in a link: `#cell-the-step-function-1=<payload>`, several cells joined by `&`. The payload is the
 * code's UTF-8 bytes, deflated (the browser's own CompressionStream, no library) when that is
 * shorter, in base64url: `z…` for deflated, `t…` for plain. The hash never reaches the server.
 */

/** A decoded link never yields more than this much code, however small its payload (zip bombs). */
export const MAX_CODE_BYTES = 256 * 1024;
/** Payloads longer than this are not even looked at; browsers cap URLs near 2 MB anyway. */
const MAX_PAYLOAD_CHARS = 512 * 1024;

export type SharedCell = { id: string; code: string };

export async function encodeCode(code: string): Promise<string> {
  const bytes = new TextEncoder().encode(code);
  const packed = await pipe(bytes, new CompressionStream("deflate-raw"), Number.POSITIVE_INFINITY);
  return packed.length < bytes.length ? `z${toBase64Url(packed)}` : `t${toBase64Url(bytes)}`;
}

/** The code in a payload, or null when it is damaged, unknown or too large. */
export async function decodeCode(payload: string): Promise<string | null> {
  if (payload.length > MAX_PAYLOAD_CHARS) return null;
  const bytes = fromBase64Url(payload.slice(1));
  if (!bytes) return null;
  try {
    const raw = payload[0] === "z" ? await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_CODE_BYTES) : payload[0] === "t" ? bytes : null;
    if (!raw || raw.length > MAX_CODE_BYTES) return null;
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return null; // corrupt deflate data or invalid UTF-8
  }
}

/** `cell-3=z…&cell-5=t…` for the cells given (a cell whose code is the book's own is just its id). */
export async function formatShareHash(cells: { id: string; code: string | null }[]): Promise<string> {
  const parts = await Promise.all(cells.map(async ({ id, code }) => (code === null ? id : `${id}=${await encodeCode(code)}`)));
  return parts.join("&");
}

/** The cells a location hash carries, in order; anything that is not `cell-<id>=payload` is ignored. */
export function parseShareHash(hash: string): { id: string; payload: string }[] {
  return hash
    .replace(/^#/, "")
    .split("&")
    .map((part) => /^(cell-[a-z0-9-]+)=([zt][A-Za-z0-9_-]*)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1], payload: m[2] }));
}

/** The hash without the entry of one cell (what is left after the reader makes it their own). */
export function withoutCell(hash: string, id: string): string {
  return hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part !== id && !part.startsWith(`${id}=`))
    .join("&");
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError("too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
