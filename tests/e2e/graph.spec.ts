import { test, expect, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console.ts";
import { WIDGETS, openWidget as openShared } from "./widget.ts";


// The chapter's graph widget, upgraded: the default neuron tanh(w1*x1 + w2*x2 + b).
async function openWidget(page: Page): Promise<Locator> {
  return openShared(page, WIDGETS["graph"]);
}

const nodes = (widget: Locator) => widget.getByTestId("graph-node");

async function attribute(widget: Locator, name: string, attr: "data-value" | "data-grad"): Promise<string> {
  return (await widget.locator(`[data-testid="graph-node"][data-name="${name}"]`).first().getAttribute(attr)) ?? "";
}

test("nn-graph draws the neuron's graph with only the inputs known", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  await expect(nodes(widget)).toHaveCount(10);
  await expect(widget.getByRole("img")).toHaveAttribute("aria-label", /Computational graph of tanh\(w1\*x1 \+ w2\*x2 \+ b\): 10 nodes/);
  expect(await attribute(widget, "w1", "data-value")).toBe("0.5");
  expect(await attribute(widget, "tanh", "data-value")).toBe("");
  await expect(widget.locator('[data-testid="graph-node"][data-grad=""]')).toHaveCount(10);
  expect(errors).toEqual([]);
});

test("stepping with the keyboard fills in values, then gradients equal to the engine's", async ({ page }) => {
  test.setTimeout(60_000); // 12 key presses, each checked, on a busy machine
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const next = widget.getByRole("button", { name: "Next step" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(widget.getByRole("status")).toHaveText(/^Step 1 of 11, forward pass: “×” computes 0\.5 × 2 = 1\./);
  await expect(widget.locator(".is-current")).toHaveCount(1);
  await expect(widget.getByTestId("active-edge")).toHaveCount(2);
  for (let i = 0; i < 4; i++) await page.keyboard.press("Enter");
  // forward pass done: every value known, no gradient yet
  await expect(widget.getByRole("status")).toContainText("Step 5 of 11, forward pass: “tanh” computes tanh(1.5) = 0.9051");
  await expect(widget.locator('[data-testid="graph-node"][data-value=""]')).toHaveCount(0);
  await expect(widget.locator('[data-testid="graph-node"][data-grad=""]')).toHaveCount(10);
  await page.keyboard.press("Enter");
  await expect(widget.getByRole("status")).toContainText("backward pass: the output's gradient with respect to itself is 1");
  expect(await attribute(widget, "tanh", "data-grad")).toBe("1");
  for (let i = 0; i < 5; i++) await page.keyboard.press("Enter");
  await expect(widget.getByRole("status")).toContainText("Done");
  await expect(widget.locator('[data-testid="graph-node"][data-grad=""]')).toHaveCount(0);
  // ∂o/∂w1 = (1 − tanh²(1.5))·x1, as Value.backward() gives
  expect(Number(await attribute(widget, "w1", "data-grad"))).toBeCloseTo((1 - Math.tanh(1.5) ** 2) * 2, 10);
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(widget).toHaveAttribute("step", "11");
  await widget.getByRole("button", { name: "Start over" }).click();
  await expect(widget.getByRole("status")).toHaveText(/^Step 0 of 11/);
  expect(errors).toEqual([]);
});

test("typing a new expression redraws the graph with a field for each variable", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const field = widget.getByLabel("Expression");
  await field.fill("x*x + x");
  await expect(nodes(widget)).toHaveCount(3);
  await expect(widget).toHaveAttribute("expr", "x*x + x");
  await expect(widget.getByRole("status")).toHaveText(/^Step 0 of 5/);
  const x = widget.getByLabel("x", { exact: true });
  await x.fill("3");
  await expect(widget).toHaveAttribute("values", "x=3");
  await widget.getByRole("button", { name: "Run to end" }).click();
  expect(await attribute(widget, "x", "data-grad")).toBe("7"); // 2x + 1
  expect(await attribute(widget, "+", "data-value")).toBe("12");
  expect(errors).toEqual([]);
});

test("an expression that does not parse shows an inline error until it is fixed", async ({ page }) => {
  const errors = collectErrors(page);
  const widget = await openWidget(page);
  const field = widget.getByLabel("Expression");
  await field.fill("tanh(a*b");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const error = widget.locator(".nng-error");
  await expect(error).toBeVisible();
  await expect(error).toContainText("Expected “)”");
  await expect(widget.getByRole("status")).toHaveText("No graph: fix the expression to draw it.");
  await field.press("End");
  await field.press(")");
  await expect(field).toHaveAttribute("aria-invalid", "false");
  await expect(error).toBeHidden();
  await expect(nodes(widget)).toHaveCount(4); // a, b, ×, tanh
  expect(errors).toEqual([]);
});

test("nn-graph fits a 390 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const widget = await openWidget(page);
  const box = await widget.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(390);
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const end = await widget.getByRole("button", { name: "Run to end" }).boundingBox();
  expect((end?.x ?? Infinity) + (end?.width ?? 0)).toBeLessThanOrEqual(390);
  // a graph too wide for the screen scrolls inside the figure, reachable by keyboard
  await widget.getByLabel("Expression").fill("a*b + c*d + e*f + g*h + k*l");
  await expect(nodes(widget)).toHaveCount(19);
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(widget.getByRole("region", { name: /scrolls sideways/ })).toHaveAttribute("tabindex", "0");
});
