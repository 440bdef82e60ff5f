import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget as openShared } from "./widget.ts";

const OUTPUT = /^Output ŷ = \((−?\d+\.\d{3}), (−?\d+\.\d{3})\)/;

// The chapter's forward-pass widget, upgraded and drawn.
async function openWidget(page: Page): Promise<Locator> {
  return openShared(page, WIDGETS["forward-pass"]);
}

async function outputs(widget: Locator): Promise<[number, number]> {
  const text = (await widget.getByRole("status").textContent()) ?? "";
  const match = OUTPUT.exec(text);
  expect(match, `status reads "${text}"`).not.toBeNull();
  const n = (s: string) => Number(s.replace("−", "-"));
  return [n(match?.[1] ?? ""), n(match?.[2] ?? "")];
}

const neuron = (widget: Locator, name: string) => widget.locator(`[data-neuron="${name}"]`);

test("nn-forward-pass draws a 2-3-2 network with a described figure and the outputs", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const figure = widget.getByRole("group", { name: /^Network diagram: 2 inputs, 3 hidden units/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator(".nnf-edge")).toHaveCount(12);
  await expect(figure.locator(".nnf-edge-label")).toHaveCount(12);
  await expect(figure.getByRole("button")).toHaveCount(7);
  // every edge label is a number: the weight on that edge
  for (const text of await figure.locator(".nnf-edge-label").allTextContents()) expect(text).toMatch(/^−?\d\.\d\d$/);
  // each neuron shows its value; the inputs are the default x = (1, 2)
  await expect(figure.locator(".nnf-value")).toHaveCount(7);
  await expect(figure.locator(".nnf-value").nth(0)).toHaveText("1.00");
  await expect(figure.locator(".nnf-value").nth(1)).toHaveText("2.00");
  expect(errors).toEqual([]);
});

test("hovering or focusing a hidden neuron shows its arithmetic", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const readout = widget.getByTestId("arithmetic");
  await neuron(widget, "h₂").hover();
  await expect(readout).toContainText("Hidden unit h₂");
  await expect(readout).toContainText("z₂⁽¹⁾ = w₂₁⁽¹⁾x₁ + w₂₂⁽¹⁾x₂ + b₂⁽¹⁾");
  await expect(readout).toContainText(/h₂ = ReLU\(z₂⁽¹⁾\) = ReLU\(−?\d\.\d{3}\) = \d\.\d{3}/);
  await expect(neuron(widget, "h₂")).toHaveClass(/is-active/);

  // keyboard: focus the third hidden unit; its label carries the same arithmetic for screen readers
  await neuron(widget, "h₃").focus();
  await page.mouse.move(0, 0);
  await expect(readout).toContainText("Hidden unit h₃");
  await expect(neuron(widget, "h₃")).toHaveAttribute("aria-label", /^Hidden unit h₃: z₃⁽¹⁾ = .* h₃ = ReLU/);
  await expect(neuron(widget, "h₃")).toHaveAttribute("aria-pressed", "true");

  // an output's arithmetic reads the hidden values
  await neuron(widget, "ŷ₁").focus();
  await expect(readout).toContainText("z₁⁽²⁾ = w₁₁⁽²⁾h₁ + w₁₂⁽²⁾h₂ + w₁₃⁽²⁾h₃ + b₁⁽²⁾");
  expect(errors).toEqual([]);
});

test("changing a weight with the keyboard changes the outputs it feeds", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const [y1, y2] = await outputs(widget);
  await widget.getByLabel("Parameter").selectOption({ label: "w₁₂⁽²⁾ (h₂ → ŷ₁)" });
  const slider = widget.getByLabel("Value of w₁₂⁽²⁾");
  const start = Number(await slider.inputValue());
  await slider.focus();
  for (let i = 0; i < 5; i++) await slider.press("ArrowRight");
  const value = Number(await slider.inputValue());
  expect(value).toBeCloseTo(start + 0.05, 5);
  // ŷ₁ = … + w₁₂⁽²⁾·h₂ + …: it moves by 0.05·h₂; ŷ₂ does not use this weight
  const [after1, after2] = await outputs(widget);
  expect(after1).not.toBeCloseTo(y1, 2);
  expect(after2).toBe(y2);
  // the edge shows the new weight, and the state is mirrored into the w2 attribute
  await expect(widget.locator(".nnf-edge-label.is-selected")).toHaveText(value.toFixed(2).replace("-", "−"));
  await expect(widget).toHaveAttribute("w2", new RegExp(`^[^,;]+,${value}(?:,|;)`));
  // Reset brings the seeded network back
  await widget.getByRole("button", { name: "Reset" }).click();
  expect(await outputs(widget)).toEqual([y1, y2]);
  expect(errors).toEqual([]);
});

test("clicking an edge picks its weight and hands the keyboard to its slider", async ({ page }) => {
  const widget = await openWidget(page);
  const before = await outputs(widget);
  // labels run unit by unit: x₁ → h₁, x₂ → h₁, x₁ → h₂, … (h₁ is a dead ReLU here: its weights change nothing)
  await widget.locator(".nnf-edge-label").nth(2).click(); // x₁ → h₂
  await expect(widget.getByLabel("Parameter")).toHaveValue("3"); // w₁₁, w₁₂, b₁, then w₂₁
  const slider = widget.getByLabel("Value of w₂₁⁽¹⁾");
  await expect(slider).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  expect(await outputs(widget)).not.toEqual(before);
});

// following its attributes is in widgets.spec.ts, with every widget's
test("nn-forward-pass's attributes rebuild the same widget", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await widget.evaluate((el) => {
    el.setAttribute("activation", "sigmoid");
    el.setAttribute("output", "softmax");
    el.setAttribute("x", "0.5,-1");
  });
  await expect(widget.getByRole("status")).toContainText("(probabilities) for x = (0.5, −1)");
  const [p1, p2] = await outputs(widget);
  expect(p1 + p2).toBeCloseTo(1, 2);

  // edit a bias, then copy every attribute onto a fresh element: it must show the same network
  await widget.getByLabel("Parameter").selectOption({ label: "b₂⁽²⁾ (bias of ŷ₂)" });
  const slider = widget.getByLabel("Value of b₂⁽²⁾");
  await slider.focus();
  for (let i = 0; i < 5; i++) await slider.press("ArrowLeft");
  const status = await widget.getByRole("status").textContent();
  const copy = await widget.evaluate(async (el) => {
    const fresh = document.createElement("nn-forward-pass");
    for (const { name, value } of Array.from(el.attributes)) fresh.setAttribute(name, value);
    el.after(fresh);
    await new Promise(requestAnimationFrame);
    const text = fresh.querySelector("[role=status]")?.textContent;
    fresh.remove();
    return text;
  });
  expect(copy).toBe(status);

  // a new seed draws new weights
  const seeded = await outputs(widget);
  await widget.evaluate((el) => el.setAttribute("seed", "5"));
  await expect.poll(() => outputs(widget)).not.toEqual(seeded);
  await expect(widget).toHaveAttribute("seed", "5");
  expect(errors).toEqual([]);
});

test("nn-forward-pass fits a 390 px wide screen with legible numbers", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const widget = await openWidget(page);
  const box = await widget.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(390);
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // the diagram is drawn at its real size, so 12 px labels stay 12 px
  const svg = widget.locator(".nnf-svg");
  const scale = await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
  expect(scale).toBeCloseTo(1, 2);
  const label = await widget.locator(".nnf-edge-label text").first().evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(label)).toBeGreaterThanOrEqual(12);
  const svgBox = await svg.boundingBox();
  expect((svgBox?.x ?? 0) + (svgBox?.width ?? Infinity)).toBeLessThanOrEqual(390);
});
