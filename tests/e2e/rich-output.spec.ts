import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

const CHAPTER = "/chapters/perceptron/";

async function replaceCode(page: Page, cell: Locator, code: string) {
  await cell.scrollIntoViewIfNeeded();
  const box = cell.getByRole("textbox");
  await expect(box).toBeVisible();
  await box.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

/** The first Plot import loads Plot and linkedom into the worker: slow on a busy 2-core CI. */
const FIRST_FIGURE = { timeout: 30_000 };
test.describe.configure({ timeout: 60_000 }); // so that wait fits inside the test's own time

async function runInFirstCell(page: Page, code: string): Promise<Locator> {
  await page.goto(CHAPTER);
  const cell = page.locator("nn-cell").first();
  await replaceCode(page, cell, code);
  await cell.getByRole("button", { name: "Run" }).click();
  return cell;
}

test("a Plot figure made in the worker is drawn under the cell, labelled as one image", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await runInFirstCell(page, [
    'import * as Plot from "@observablehq/plot";',
    "const data = [1, 2, 3, 4, 5].map((epoch) => ({ epoch, loss: 1 / epoch }));",
    'display(Plot.plot({ marks: [Plot.line(data, { x: "epoch", y: "loss" }), Plot.dot(data, { x: (d) => d.epoch, y: "loss" })] }));',
    'console.log("after the figure");',
    'Plot.cell(data, { x: "epoch", fill: "loss" }).plot({ color: { legend: true } })',
  ].join("\n"));
  const output = cell.getByRole("status");
  const figures = output.locator(".nn-out-plot[role=img]");
  await expect(figures).toHaveCount(2, FIRST_FIGURE);
  await expect(figures.first()).toHaveAttribute("aria-label", /line, dot marks/);
  await expect(figures.first().locator("svg circle")).toHaveCount(5);
  expect((await figures.first().locator("svg").boundingBox())!.width).toBeGreaterThan(300);
  // display(…), then console.log, then the last expression: in the order they happened
  const order = await output.locator(":scope > *").evaluateAll((els) => els.map((e) => e.className));
  expect(order.map((c) => c.split(" ").at(-1))).toEqual(["nn-out-plot", "nn-out-log", "nn-out-plot"]);
  // the colour legend's ramp (drawn on the worker's stand-in canvas) arrives as a picture
  await expect(figures.nth(1).locator("image[href^='data:image/png']")).toHaveCount(1);
  // nothing labelled inside the image (axe: aria-prohibited-attr), nothing scriptable
  expect(await figures.locator("[aria-label], script, foreignObject").count()).toBe(0);
  expect(errors).toEqual([]);
});

test("a figure's markup cannot run script on the page", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await runInFirstCell(page, [
    'import * as Plot from "@observablehq/plot";',
    "const fig = Plot.plot({ marks: [Plot.dot([1, 2], { x: (d) => d, y: (d) => d })] });",
    'const bad = fig.ownerDocument.createElement("script"); bad.textContent = "window.pwned = 1"; fig.appendChild(bad);',
    'fig.setAttribute("onload", "window.pwned = 2");',
    "fig",
  ].join("\n"));
  await expect(cell.locator(".nn-out-plot svg")).toHaveCount(1, FIRST_FIGURE);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await cell.locator(".nn-out-plot").innerHTML()).not.toMatch(/script|onload|pwned/);
  expect(errors).toEqual([]);
});

test("a 28×28 tensor shows as a grayscale heatmap with shape, dtype, min and max", async ({ page }) => {
  const cell = await runInFirstCell(page, [
    'import { tensor } from "@nnbook/nn";',
    "const pixels = new Float32Array(784);",
    "for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) {",
    "  const d = Math.hypot(r - 13.5, c - 13.5);",
    "  pixels[r * 28 + c] = d > 6 && d < 10 ? 1 : 0; // a zero",
    "}",
    "tensor(pixels, { shape: [1, 1, 28, 28] })",
  ].join("\n"));
  const canvas = cell.locator("canvas.nn-heatmap");
  await expect(canvas).toHaveCount(1);
  expect(await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height, getComputedStyle(c).imageRendering])).toEqual([28, 28, "pixelated"]);
  await expect(cell.locator("figcaption")).toHaveText("tensor · shape [1, 1, 28, 28] · float32 · min 0 · max 1");
  // the ring is white on black: the centre pixel dark, a pixel on the ring light
  const [centre, ring] = await canvas.evaluate((c: HTMLCanvasElement) => {
    const g = c.getContext("2d")!;
    return [g.getImageData(14, 14, 1, 1).data[0], g.getImageData(14, 22, 1, 1).data[0]];
  });
  expect([centre, ring]).toEqual([0, 255]);
  expect(await canvas.getAttribute("aria-label")).toMatch(/Heatmap of the tensor, 28×28/);
});

const STREAMING = [
  "const epochs = 400;",
  "for (let epoch = 1; epoch <= epochs; epoch++) {",
  "  const t = performance.now();",
  "  while (performance.now() - t < 25) {} // an epoch's work",
  "  progress({ epoch, epochs, loss: 1 / Math.sqrt(epoch) });",
  "}",
].join("\n");

test("a loop's progress streams: the curve grows, Stop halts it and keeps what was drawn", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await runInFirstCell(page, STREAMING);
  const curve = cell.locator("svg.nn-progress-curve");
  const count = async () => Number(await curve.getAttribute("data-points"));
  await expect(curve).toHaveAttribute("data-points", /^[1-9]/);
  const first = await count();
  await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(first + 5);
  await expect(cell.locator(".nn-progress-line")).toHaveText(/^epoch \d+\/400 · loss 0\.\d{4} · \d+\.\d s$/);
  await cell.getByRole("button", { name: "Stop" }).click();
  await expect(cell.getByRole("status")).toContainText("Stopped.");
  const stopped = await count();
  await page.waitForTimeout(500);
  expect(await count()).toBe(stopped);
  await expect(curve.locator("path.nn-curve")).toHaveAttribute("d", /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  await expect(cell.getByRole("button", { name: "Run" })).toBeVisible();
  // running again replaces the output: a fresh curve, not a longer one
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(curve).toHaveCount(1);
  await expect.poll(count).toBeGreaterThan(0);
  expect(await count()).toBeLessThan(stopped + 5);
  await cell.getByRole("button", { name: "Stop" }).click();
  expect(errors).toEqual([]);
});

test("a run that keeps reporting progress outlives the cell's time limit", async ({ page }) => {
  test.setTimeout(40_000);
  // the chapter's default limit is 10 s of silence; this run takes ~12 s and reports all along
  const cell = await runInFirstCell(page, [
    "const epochs = 24;",
    "for (let epoch = 1; epoch <= epochs; epoch++) {",
    "  const t = performance.now();",
    "  while (performance.now() - t < 500) {}",
    "  progress({ epoch, epochs, loss: 1 / epoch });",
    "}",
    '"trained"',
  ].join("\n"));
  await expect(cell.getByRole("status")).toContainText('"trained"', { timeout: 30_000 });
  await expect(cell.locator(".nn-progress-line")).toHaveText(/^epoch 24\/24 /);
  await expect(cell.getByRole("status")).not.toContainText("Stopped");
});

test("a runtime error names the reader's line and column and marks the line", async ({ page }) => {
  const cell = await runInFirstCell(page, "const a = 1;\nconst b: number = 2;\nconst c = (b as any).foo.bar;\nconsole.log(c);");
  await expect(cell.getByRole("status")).toContainText("TypeError on line 3, column 26");
  await expect(cell.locator(".cm-errorLine")).toHaveCount(1);
  await expect(cell.locator(".cm-line").nth(2)).toHaveClass(/cm-errorLine/);
});

test("a NaN loss is reported with the engine's message, and the curve keeps its points", async ({ page }) => {
  const errors = collectErrors(page);
  const cell = await runInFirstCell(page, [
    'import { tensor, nn } from "@nnbook/nn";',
    "for (let epoch = 1; epoch <= 5; epoch++) {",
    "  const logit = tensor([epoch < 4 ? epoch : NaN]); // diverged at epoch 4",
    "  const loss = nn.bceWithLogits(logit, tensor([1]));",
    "  progress({ epoch, epochs: 5, loss: loss.item() });",
    "}",
  ].join("\n"));
  const output = cell.getByRole("status");
  await expect(output).toContainText(/Error on line 4, column \d+: bceWithLogits: the loss is NaN/);
  await expect(cell.locator("svg.nn-progress-curve")).toHaveAttribute("data-points", "3");
  await expect(cell.locator(".nn-progress-line")).toHaveText(/^epoch 3\/5 · loss 0\.0486 · /);
  await expect(cell.locator(".cm-line").nth(3)).toHaveClass(/cm-errorLine/);
  expect(errors).toEqual([]);
});
