import { afterEach, describe, expect, test, vi } from "vitest";
import { data } from "../../src/index.ts";
import { encodeDigits } from "../../src/data/digits.ts";

/** Two 2×2 images, labels 3 and 8. */
const bytes = encodeDigits(Uint8Array.of(0, 51, 102, 255, 255, 0, 0, 0), Uint8Array.of(3, 8), 2, 2);

/** Replace the global fetch by one that records its URL and answers `response`. */
function mockFetch(response: () => Response | Promise<Response>): string[] {
  const urls: string[] = [];
  vi.stubGlobal("fetch", async (url: string | URL) => {
    urls.push(String(url));
    return response();
  });
  return urls;
}

describe("fetchDigits", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test("fetchDigits(url, { shape: \"image\", n }) fetches the .bin and decodes it like decodeDigits", async () => {
    const urls = mockFetch(() => new Response(bytes.slice().buffer, { status: 200 }));
    const { X, y } = await data.fetchDigits("/data/digits.bin", { shape: "image", n: 2 });
    expect(urls).toEqual(["/data/digits.bin"]);
    expect(X.shape).toEqual([2, 1, 2, 2]);
    expect([...y.data]).toEqual([3, 8]);
    expect(X.data).toEqual(data.decodeDigits(bytes, { shape: "image" }).X.data);
    expect((await data.fetchDigits(new URL("https://example.org/d.bin"), { n: 1 })).X.shape).toEqual([1, 4]);
  });

  test("fetchDigits(url) names the URL and the HTTP status when the server answers an error", async () => {
    mockFetch(() => new Response("not here", { status: 404, statusText: "Not Found" }));
    await expect(data.fetchDigits("/data/digits.bin")).rejects.toThrow(
      "fetchDigits: GET /data/digits.bin failed with HTTP 404 Not Found — is data/digits.bin served there?",
    );
  });

  test("fetchDigits(url) names the URL when the request itself fails, keeping the error as cause", async () => {
    const offline = new TypeError("fetch failed");
    mockFetch(() => Promise.reject(offline));
    const error: unknown = await data.fetchDigits("/d.bin").then(() => null, (e: unknown) => e);
    expect((error as Error).message).toBe("fetchDigits: could not fetch /d.bin — fetch failed");
    expect((error as Error).cause).toBe(offline);
  });

  test("fetchDigits(url) passes decodeDigits' error on when the body is not a digits file", async () => {
    mockFetch(() => new Response("<!doctype html><html></html>", { status: 200 }));
    await expect(data.fetchDigits("/index.html")).rejects.toThrow('decodeDigits: not a digits file (magic "<!do", expected "NNDG")');
  });

  test("fetchDigits(url, { fetch }) loads through the given fetch, not the global one", async () => {
    mockFetch(() => Promise.reject(new Error("the global fetch was used")));
    const asked: string[] = [];
    const load = async (url: string) => (asked.push(url), new Response("not here", { status: 404 }));
    await expect(data.fetchDigits("/data/digits.bin", { n: 2, fetch: load })).rejects.toThrow("HTTP 404");
    expect(asked).toEqual(["/data/digits.bin"]);
  });
});
