import { test, expect } from "@playwright/test";
import { executeCell } from "../../src/runtime/execute.ts";
import type { CellOutput } from "../../src/runtime/runner.ts";
import * as nnbook from "../../packages/nn/src/index.ts";

// Same seed, same numbers: a seeded cell prints exactly the same text in Chromium's worker as
// in Node, for the generator, initialisation and a few training steps.
const CODE = `import { manualSeed, randn, nn, optim, data } from "@nnbook/nn";
manualSeed(42);
const noise = randn([5]).toArray();
const model = new nn.Sequential(new nn.Linear(2, 4), new nn.Tanh(), new nn.Linear(4, 1), new nn.Sigmoid());
const opt = new optim.SGD(model.parameters(), { lr: 0.5 });
const { X, y } = data.xor();
let loss = 0;
for (let step = 0; step < 50; step++) {
  opt.zeroGrad();
  const l = nn.binaryCrossEntropy(model.forward(X), y.reshape([4, 1]));
  l.backward();
  opt.step();
  loss = l.item();
}
({ noise, loss, points: data.linearlySeparable(3, { seed: 5 }).X.toArray() })`;

test("a seeded cell gives the same numbers in the browser as in Node", async ({ page }) => {
  const inNode: CellOutput[] = [];
  await executeCell(CODE, { "@nnbook/nn": nnbook }, (o) => inNode.push(o));
  expect(inNode).toHaveLength(1);
  const expected = inNode[0].kind === "value" && inNode[0].display.type === "text" ? inNode[0].display.text : "";
  expect(expected).toContain("noise");

  await page.goto("/chapters/perceptron/");
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole("textbox").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(CODE);
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.getByRole("status")).toHaveAttribute("data-state", "done");
  expect(await cell.getByRole("status").innerText()).toBe(expected);
});
