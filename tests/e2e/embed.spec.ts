// Embeds on another site: a host page of a second origin frames two widgets from the book (one
// configured by its address) and loads the book's /embed.js. Each widget renders and answers its
// controls, the configured attributes are the element's, the frames take their content's height
// at 1280 and 390 px, and the host page's own styles and scripts are untouched.
import { test as base, expect, type FrameLocator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { WIDGETS } from "../../src/widgets/registry.ts";
import { collectErrors } from "./console.ts";

const HOST = "http://host.example";
const CONFIGURED = "/embed/perceptron/?dataset=xor&w1=1&w2=-0.5&b=0.25&foo=1&theme=dark";

// The host page is a public name served by page.route; the book is on the loopback address. Real
// hosts and books are both public, so Chromium's Local Network Access check (a public page may not
// frame a loopback server without a prompt) is switched off for this file only.
const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), "--disable-features=LocalNetworkAccessChecks"] });
    },
    { scope: "worker" },
  ],
});

function hostPage(book: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A course page</title>
<style>body { background: rgb(255, 250, 240); font-family: serif; margin: 1rem; } p.host { color: rgb(128, 0, 0); } iframe { display: block; width: 100%; border: 0; }</style>
</head><body>
<p class="host">A course page that embeds two of the book's widgets.</p>
<iframe id="plain" src="${book}/embed/activation-explorer/" title="Activation functions" height="150"></iframe>
<iframe id="configured" src="${book}${CONFIGURED}" title="A perceptron on XOR" height="150"></iframe>
<p class="host" id="after">After the widgets.</p>
<script>window.hostValue = 42; document.body.dataset.hostScript = "ran";</script>
<script src="${book}/embed.js" async></script>
</body></html>`;
}

async function openHost(page: Page, book: string): Promise<void> {
  await page.route(`${HOST}/course/`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: hostPage(book) }));
  await page.goto(`${HOST}/course/`);
}

/** Waits until the frame's height is its content's (what the embed reports), and returns it. */
async function expectSizedToContent(page: Page, id: string, frame: FrameLocator): Promise<number> {
  let content = 0;
  await expect(async () => {
    content = await frame.locator(".nn-embed").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const outer = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - content)).toBeLessThanOrEqual(1);
  }).toPass({ timeout: 10_000 });
  return content;
}

test("two embeds on another origin's page render, answer, keep their configuration and size themselves", async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openHost(page, baseURL!);

  // the plain embed: defaults, and it answers its controls
  const plain = page.frameLocator("#plain");
  const explorer = plain.locator("nn-activation-explorer");
  await expect(explorer.getByRole("status")).toHaveText("sigmoid: σ(1.0) = 0.731, σ′(1.0) = 0.197");
  await explorer.getByLabel("Function", { exact: true }).selectOption("tanh");
  await expect(explorer.getByRole("status")).toHaveText("tanh: tanh(1.0) = 0.762, tanh′(1.0) = 0.420");
  await expect(explorer).toHaveAttribute("fn", "tanh");
  await expect(plain.locator(".nn-embed-note")).toBeHidden();

  // the configured embed: the address's attributes are the element's, the unknown one is named
  const configured = page.frameLocator("#configured");
  const perceptron = configured.locator("nn-perceptron");
  await expect(perceptron.getByRole("status")).toHaveText(/\d+ of \d+ points misclassified/);
  for (const [name, value] of [["dataset", "xor"], ["w1", "1"], ["w2", "-0.5"], ["b", "0.25"]] as const) await expect(perceptron).toHaveAttribute(name, value);
  await expect(perceptron).not.toHaveAttribute("foo");
  await expect(perceptron.getByRole("img")).toHaveAttribute("aria-label", /XOR/);
  await expect(configured.locator(".nn-embed-note")).toHaveText("Ignored: foo");
  await expect(configured.locator("html")).toHaveAttribute("data-theme", "dark");
  const weights = () => perceptron.evaluate((el) => ["w1", "w2", "b"].map((name) => el.getAttribute(name)).join(" "));
  await perceptron.getByRole("button", { name: "Train one step" }).click();
  await expect.poll(weights).not.toBe("1 -0.5 0.25");

  // embed.js gives each frame its content's height, and follows it when the width changes
  const wide = await expectSizedToContent(page, "plain", plain);
  expect(wide).toBeGreaterThan(300);
  await expectSizedToContent(page, "configured", configured);
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = await expectSizedToContent(page, "plain", plain);
  expect(narrow).not.toBe(wide);
  await expectSizedToContent(page, "configured", configured);

  // the host page is as it wrote itself: its styles, its script's globals, no style of the book
  const host = await page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    font: getComputedStyle(document.body).fontFamily,
    color: getComputedStyle(document.querySelector("#after")!).color,
    hostValue: (window as unknown as { hostValue: number }).hostValue,
    hostScript: document.body.dataset.hostScript,
    styles: document.querySelectorAll("style, link[rel=stylesheet]").length,
    elements: document.querySelectorAll("nn-perceptron, nn-activation-explorer").length,
  }));
  expect(host).toEqual({ background: "rgb(255, 250, 240)", font: "serif", color: "rgb(128, 0, 0)", hostValue: 42, hostScript: "ran", styles: 1, elements: 0 });
  expect(errors).toEqual([]);
});

test("an embed ignores height messages from elsewhere, and has a fixed height without embed.js", async ({ page, baseURL }) => {
  await page.route(`${HOST}/course/`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><iframe id="f" src="${baseURL}/embed/learning-rate/" title="Learning rate" height="560" style="border:0;width:100%"></iframe>` }),
  );
  await page.goto(`${HOST}/course/`);
  const frame = page.frameLocator("#f");
  await expect(frame.locator("nn-learning-rate").getByRole("status")).not.toBeEmpty();
  expect(await page.locator("#f").evaluate((el) => el.getBoundingClientRect().height)).toBe(560);
  // the host's own window posting a height changes nothing, even with embed.js loaded
  await page.addScriptTag({ url: `${baseURL}/embed.js` });
  await page.evaluate(() => window.postMessage({ type: "nnbook:height", height: 99 }, "*"));
  await page.waitForTimeout(200);
  expect(await page.locator("#f").evaluate((el) => el.getBoundingClientRect().height)).toBe(560);
});

test("the embed route is framable by any site, and its address never becomes markup", async ({ page, request }) => {
  const response = await request.get("/embed/graph/");
  expect(response.headers()["content-security-policy"]).toBe("frame-ancestors *");
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  const errors = collectErrors(page);
  await page.goto(`/embed/graph/?expr=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&${encodeURIComponent("<b>x</b>")}=1`);
  const graph = page.locator("nn-graph");
  await expect(graph).toHaveAttribute("expr", '"><img src=x onerror=alert(1)>');
  await expect(page.locator("img, b")).toHaveCount(0);
  await expect(page.locator(".nn-embed-note")).toHaveText("Ignored: <b>x</b>");
  // a value the widget cannot take is named, with what it shows instead
  await page.goto("/embed/perceptron/?w1=abc&dataset=nonsense&w2=-0.50");
  await expect(page.locator(".nn-embed-note")).toHaveText("Not used: w1=abc (shows 0.5) · Not used: dataset=nonsense (shows separable)");
  expect(errors.filter((e) => !/alert/.test(e))).toEqual([]);
});

test("a widget in a chapter offers its embed code and link for its current state, and the link shows that state", async ({ page }) => {
  test.setTimeout(90_000); // a chapter page is heavy on a loaded machine
  const errors = collectErrors(page);
  await page.goto("/chapters/perceptron/");
  const widget = page.locator("nn-perceptron").first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText(/\d+ of \d+ points misclassified/);
  const w1 = widget.getByLabel("w₁", { exact: true });
  await w1.focus();
  for (let i = 0; i < 6; i++) await w1.press("ArrowRight");
  const value = await widget.getAttribute("w1");

  await widget.locator(".nnk-embed summary").click();
  const code = widget.getByLabel("Paste into a page's HTML");
  await expect(code).toHaveValue(new RegExp(`<iframe src="http://[^"]+/embed/perceptron/\\?[^"]*w1=${value}`));
  await expect(code).toHaveValue(/<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);
  const link = widget.locator(".nnk-embed-link a");
  const address = await link.getAttribute("href");
  expect(address).toContain(`w1=${value}`);
  const axe = await new AxeBuilder({ page }).include("nn-perceptron .nnk-embed").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // the control follows the widget while open
  await widget.getByRole("button", { name: "Train one step" }).click();
  await expect(link).not.toHaveAttribute("href", address!);
  const now = await widget.evaluate((el) => ["w1", "w2", "b"].map((name) => [name, el.getAttribute(name) ?? ""] as const));
  const shown = new URL((await link.getAttribute("href"))!).searchParams;
  for (const [name, v] of now) expect(shown.get(name)).toBe(v);

  // the link opens the widget alone in that state, with no Embed control of its own
  await page.goto((await link.getAttribute("href"))!);
  const embedded = page.locator("nn-perceptron");
  await expect(embedded.getByRole("status")).toHaveText(/\d+ of \d+ points misclassified/);
  for (const [name, v] of now) await expect(embedded).toHaveAttribute(name, v);
  await expect(embedded.locator(".nnk-embed")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a teacher frees only w₁ and w₂ and hides the rest: the embed shows the others fixed or gone, and w₁ still moves", async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.goto("/chapters/perceptron/");
  const widget = page.locator("nn-perceptron").first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole("status")).toHaveText(/\d+ of \d+ points misclassified/);
  await widget.locator(".nnk-embed summary").click();
  const free = widget.getByRole("group", { name: "Readers of the embed may change" });
  await free.getByLabel("b", { exact: true }).uncheck();
  await free.getByLabel("Data set", { exact: true }).uncheck();
  const link = widget.locator(".nnk-embed-link a");
  await expect(link).toHaveAttribute("href", /lock=b%2Cdataset$/);
  await expect(widget.getByLabel("Paste into a page's HTML")).toHaveValue(/lock=b%2Cdataset"/);
  await free.getByLabel("Hide the controls they may not change").check();
  await expect(link).toHaveAttribute("href", /lock=b%2Cdataset&hide=b%2Cdataset$/);
  // the book's own widget stays free
  await expect(widget.getByRole("slider", { name: "b", exact: true })).toBeEnabled();

  const address = (await link.getAttribute("href"))!;
  await page.goto(address.replace("&hide=b%2Cdataset", ""));
  const embedded = page.locator("nn-perceptron");
  await expect(embedded.getByRole("status")).toHaveText(/\d+ of \d+ points misclassified/);
  await expect(embedded.getByLabel("b", { exact: true })).toBeDisabled();
  await expect(embedded.getByLabel("Data set", { exact: true })).toBeDisabled();
  await expect(embedded.locator(".nnk-locked")).toHaveCount(2);
  const w1 = embedded.getByLabel("w₁", { exact: true });
  await expect(w1).toBeEnabled();
  const before = await embedded.getAttribute("w1");
  await w1.focus();
  await w1.press("ArrowRight");
  await expect(embedded).not.toHaveAttribute("w1", before!);
  await expect(page.locator(".nn-embed-note")).toBeHidden();

  await page.goto(address);
  await expect(page.locator("nn-perceptron").getByLabel("w₂", { exact: true })).toBeVisible();
  await expect(page.locator("nn-perceptron").getByLabel("b", { exact: true })).toBeHidden();
  await expect(page.locator("nn-perceptron").getByLabel("Data set", { exact: true })).toBeHidden();
  expect(errors).toEqual([]);
});

test("a cell's Embed code shows it alone on another origin's page: not run until Run, then run where the host is out of reach", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("/chapters/perceptron/");
  const cell = page.locator("nn-cell").first();
  await cell.scrollIntoViewIfNeeded();
  const box = cell.getByRole("textbox");
  await box.click();
  await page.keyboard.press("ControlOrMeta+a");
  // what a stranger's code would try: the host's page, its storage, its cookies
  await page.keyboard.insertText('const reach = [typeof document, typeof localStorage, typeof parent, self.origin];\nconsole.log("embedded cell ran");\nreach.join(" ")');
  await cell.getByRole("button", { name: "Embed" }).click();
  await expect(cell).toContainText("Embed code copied.");
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const [, src] = /^<iframe src="([^"]+)" title="A cell from nnbook"/.exec(snippet)!;
  expect(src).toMatch(/\/embed\/cell\/#cell-embed=z[A-Za-z0-9_-]+$/);
  expect(snippet).toContain("/embed.js");

  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
<p>Try this cell.</p>${snippet}
<script>document.cookie = "secret=host"; localStorage.setItem("secret", "host");</script></body></html>`;
  await page.route(`${HOST}/cell/`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: host }));
  await page.goto(`${HOST}/cell/`);
  const frame = page.frameLocator("iframe");
  const embedded = frame.locator("nn-cell");
  await expect(embedded).toContainText("Shared code — not run yet");
  await expect(embedded.locator(".nn-cell-output")).toBeEmpty();
  await expect(embedded.getByRole("button", { name: "Reset" })).toBeHidden();
  await embedded.getByRole("button", { name: "Run" }).click();
  const output = embedded.getByRole("status");
  await expect(output).toContainText("embedded cell ran", { timeout: 30_000 });
  // no page, no storage, no parent, and an opaque origin: the host's cookies and storage are out of reach
  await expect(output).toContainText("undefined undefined undefined null");
  await expect(embedded).toContainText("Edit it and run it again");
  const results = await new AxeBuilder({ page }).include("iframe").analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a cell embed made transparent or covered by its host does not run when Run is clicked through it", async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  const { formatShareHash } = await import("../../src/widgets/cell/share/code.ts");
  const src = `${baseURL}/embed/cell/#${await formatShareHash([{ id: "cell-embed", code: 'console.log("lured")' }])}`;
  // the classic bait: the frame over a button of the host's, nearly invisible
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head><body>
<button style="position:absolute;top:40px;left:40px">Claim your prize</button>
<iframe src="${src}" title="cell" style="position:absolute;top:0;left:0;width:700px;height:400px;border:0;opacity:0.1"></iframe></body></html>`;
  await page.route(`${HOST}/bait/`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: host }));
  await page.goto(`${HOST}/bait/`);
  const cell = page.frameLocator("iframe").locator("nn-cell");
  await expect(cell).toContainText("Shared code — not run yet");
  await page.waitForTimeout(300); // the browser's visibility report comes at most every 100 ms
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell.locator(".nn-cell-output")).toContainText("covers it or makes it transparent");
  await expect(cell.locator(".nn-cell-output")).not.toContainText("lured");
  expect(errors).toEqual([]);
});

test("the cell embed without code in its link says where such links come from", async ({ page }) => {
  await page.goto("/embed/cell/?theme=light");
  await expect(page.locator("nn-cell")).toContainText("its code comes with the link");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("every embed route shows its widget, in either theme, with no console errors or serious axe violations", async ({ page }) => {
  test.setTimeout(180_000); // ten pages, each scanned by axe
  const errors = collectErrors(page);
  for (const [i, entry] of WIDGETS.entries()) {
    const theme = i % 2 === 0 ? "light" : "dark";
    await page.goto(`/embed/${entry.slug}/?theme=${theme}`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const widget = page.locator(entry.tag);
    await expect(widget).toHaveClass(/nnk-widget/);
    await expect(widget.getByRole("status").first()).not.toBeEmpty();
    await expect(page.locator(".nn-embed-note")).toBeHidden();
    // the address of what it shows (what its Embed control writes) is taken whole: no note
    const shown = await widget.evaluate((el) => (el as HTMLElement & { shownAttributes: Record<string, string> }).shownAttributes);
    await page.goto(`/embed/${entry.slug}/?${new URLSearchParams({ ...shown, theme })}`);
    await expect(widget.getByRole("status").first()).not.toBeEmpty();
    await expect(page.locator(".nn-embed-note")).toBeHidden();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${entry.slug}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
  }
  expect(errors).toEqual([]);
});
