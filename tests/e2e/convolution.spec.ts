import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";

test.describe.configure({ timeout: 60_000 });

async function openWidget(page: Page): Promise<Locator> {
  await page.goto("/chapters/cnns/");
  const widget = page.locator("nn-convolution");
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText(/^Point at a pixel of the feature map/);
  return widget;
}

test("the arrow keys walk the feature map and write out each pixel's sum; pooling names its winner", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const status = widget.getByRole("status");
  await widget.getByTestId("feature-map").focus();
  await expect(status).toHaveText(/^z\[0,0\] = 1·0 \+ 0·0 \+ −1·0 .* = 0$/);
  await expect(widget.getByTestId("input-field")).toHaveAttribute("x", "0");
  for (let k = 0; k < 7; k++) await page.keyboard.press("ArrowDown");
  for (let k = 0; k < 11; k++) await page.keyboard.press("ArrowRight");
  // the sum the widget writes out is the engine's output at that pixel
  await expect(status).toHaveText("z[7,11] = 1·0.988 + 0·0.988 + −1·0.988 + 2·0.988 + 0·0.902 + −2·0.518 + 1·0.114 + 0·0.094 + −1·0 = 1.055");
  await expect(widget.getByTestId("input-field")).toHaveAttribute("x", "11");
  await expect(widget.getByTestId("input-field")).toHaveAttribute("y", "7");

  await widget.getByTestId("pooled").focus();
  await expect(status).toHaveText(/^o\[0,0\] = 0, the maximum of its 2×2 window/);
  await page.keyboard.press("ArrowRight");
  await expect(widget.getByTestId("feature-map-winner")).toHaveCount(1);
  await expect(widget.getByTestId("feature-map-field")).toHaveAttribute("x", "2");
  expect(errors).toEqual([]);
});

test("presets, the reader's own weights, stride and padding change the maps and the attributes", async ({ page }) => {
  const widget = await openWidget(page);
  const size = widget.locator(".nncv-size");
  await expect(size).toHaveText("input 28×28 → feature map 26×26 (⌊(28 + 2·0 − 3)/1⌋ + 1 = 26)");
  await widget.getByLabel("Kernel preset").selectOption("blur");
  await expect(widget).toHaveAttribute("kernel", "blur");
  await expect(widget.getByLabel("weight W₁,₁ (row 2, column 2)")).toHaveValue("0.1111");
  const weight = widget.getByLabel("weight W₀,₀ (row 1, column 1)");
  await weight.fill("2");
  await expect(widget).toHaveAttribute("kernel", "2,0.1111,0.1111,0.1111,0.1111,0.1111,0.1111,0.1111,0.1111");
  await expect(widget.getByLabel("Kernel preset")).toHaveValue("own");
  // a half-typed number is marked, and the kernel stays as it was
  await weight.fill("");
  await expect(weight).toHaveAttribute("aria-invalid", "");
  await expect(widget).toHaveAttribute("kernel", /^2,/);
  await widget.getByLabel("Stride").selectOption("2");
  await widget.getByLabel("Padding").selectOption("1");
  await expect(size).toHaveText("input 28×28 → feature map 14×14 (⌊(28 + 2·1 − 3)/2⌋ + 1 = 14)");
  await expect(widget).toHaveAttribute("stride", "2");
  await expect(widget).toHaveAttribute("padding", "1");
  await expect(widget.getByTestId("feature-map").locator("rect[fill]")).toHaveCount(14 * 14);
});

test("the reader paints the 8×8 grid with a pointer and with the keyboard, and the link keeps the drawing", async ({ page }) => {
  const widget = await openWidget(page);
  await widget.getByLabel("Input", { exact: true }).selectOption("grid");
  await expect(widget).toHaveAttribute("input", "grid");
  await expect(widget.locator(".nncv-size")).toHaveText(/^input 8×8 → feature map 6×6/);
  const grid = widget.getByTestId("input");
  const before = await widget.getAttribute("grid");
  const box = (await grid.boundingBox())!;
  await page.mouse.click(box.x + box.width / 16, box.y + box.height / 16); // the top-left pixel
  await expect(widget).toHaveAttribute("grid", /^8/);
  await grid.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await expect(widget).toHaveAttribute("grid", /^c/);
  expect(await widget.getAttribute("grid")).not.toBe(before);
  const grid2 = await widget.getAttribute("grid");
  await page.goto(`/embed/convolution/?input=grid&grid=${grid2}&kernel=edges`);
  const embedded = page.locator("nn-convolution");
  await expect(embedded).toHaveAttribute("grid", grid2!);
  await expect(embedded.getByLabel("Kernel preset")).toHaveValue("edges");
});

test("at 390 px in dark mode the pictures and the kernel fit the screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark", hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const widget = await openWidget(page);
  for (const part of [widget.getByTestId("feature-map"), widget.locator(".nncv-kernel")]) {
    const box = (await part.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // a tap on the feature map shows that pixel's sum
  const box = (await widget.getByTestId("feature-map").boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(widget.getByRole("status")).toHaveText(/^z\[13,13\] = /);
  await context.close();
});
