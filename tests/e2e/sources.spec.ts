// An editor signs in, adds a feed and a link on «المصادر», watches them go through the queue, and
// finds the new events on the timeline. The pages come from a test site on 127.0.0.1; the app's own
// worker (started by `npm start`) fetches them.
import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startTestSite, type TestSite } from "../support/test-site";
import { removeWhatCameFrom } from "./support/sources";

const EDITOR = { email: "editor@example.com", password: "a long editor password" };
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";

let site: TestSite;

test.beforeAll(async () => {
  site = await startTestSite();
  // As an operator would: the CLI, against the server `npm start` runs on the same data folder.
  execFileSync("npx", ["--no-install", "tsx", "--conditions=react-server", "lib/cli/user-add.ts", EDITOR.email], {
    env: { ...process.env, SIJILL_DATA_DIR: dataDir, DATABASE_URL: "", SIJILL_PASSWORD: EDITOR.password },
    stdio: "pipe",
  });
});

test.afterAll(async () => {
  if (!site) return;
  await site.close();
  await removeWhatCameFrom(site.url, dataDir);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function signIn(page: Page) {
  await page.goto("/sources");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsources|\/sign-in\?next=\/sources/);
  await page.getByLabel("البريد الإلكتروني").fill(EDITOR.email);
  await page.getByLabel("كلمة المرور").fill(EDITOR.password);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "المصادر" })).toBeVisible();
}

test("without a session, writes are refused and the sources page asks to sign in", async ({ page, request }) => {
  const refused = await request.post("/api/sources", { data: { links: `${site.url}/news/moscow` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "unauthenticated" } });
  expect((await request.post("/api/uploads", { multipart: { files: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("نص") } } })).status()).toBe(401);

  await page.goto("/sources");
  await expect(page.getByRole("heading", { name: "تسجيل دخول المحررين" })).toBeVisible();
  await page.getByLabel("البريد الإلكتروني").fill(EDITOR.email);
  await page.getByLabel("كلمة المرور").fill("not the password");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  expect(await seriousViolations(page)).toEqual([]);
});

test("an editor adds a feed and a link, watches them stored, and finds their events on the timeline", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // A feed: its two items become sources and are fetched by the worker.
  await page.getByLabel("رابط الخلاصة (RSS أو Atom)").fill(`${site.url}/feeds/atom.xml`);
  await page.getByLabel("تُقرأ كل").selectOption("1h");
  await page.getByRole("button", { name: "أضف الخلاصة" }).click();
  await expect(page.getByRole("status")).toHaveText("أُضيفت الخلاصة، وستُقرأ الآن ثم وفق جدولها.");
  const feeds = page.getByRole("list", { name: "الخلاصات" });
  await expect(feeds).toContainText("موقع الاختبار: أتوم", { timeout: 30_000 });
  await expect(feeds).toContainText("كل 60 دقيقة");
  const items = page.getByRole("list", { name: "العناصر" });
  const ankara = items.getByRole("listitem", { name: `${site.url}/news/ankara` });
  await expect(ankara.locator("[data-state]")).toHaveText("خُزّن", { timeout: 30_000 });
  await expect(ankara).toContainText("أردوغان يستقبل وانغ يي في أنقرة");
  await expect(feeds).toContainText("مقالات أُضيفت: 2", { timeout: 30_000 });

  // A link, with the keyboard alone: label → textarea, Tab to the button, Enter.
  await page.getByLabel("روابط المقالات (رابط في كل سطر)").focus();
  await page.keyboard.type(`${site.url}/news/moscow`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "أضف الروابط" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("أُضيف 1 رابط إلى قائمة الانتظار.");
  const moscow = items.getByRole("listitem", { name: `${site.url}/news/moscow` });
  await expect(moscow).toBeVisible();
  // Its state is shown as it changes, until it is stored.
  await expect(moscow.locator("[data-state]")).toHaveText("خُزّن", { timeout: 30_000 });
  await expect(moscow).toContainText("فيدان يجتمع مع لافروف في موسكو");

  // A broken link fails with its reason.
  await page.getByLabel("روابط المقالات (رابط في كل سطر)").fill(`${site.url}/missing`);
  await page.getByRole("button", { name: "أضف الروابط" }).click();
  const missing = items.getByRole("listitem", { name: `${site.url}/missing` });
  await expect(missing.locator("[data-state]")).toHaveText("فشل", { timeout: 30_000 });
  await expect(missing).toContainText("the server answered 404 Not Found");

  expect(await seriousViolations(page)).toEqual([]);

  // The link's event on the timeline: its pane opens with the title and the page's date.
  const events = page.getByRole("list", { name: "أحداث فيدان يجتمع مع لافروف في موسكو" });
  const eventLink = events.getByRole("link").first();
  const title = (await eventLink.textContent())!.replace(/\s*\(.*\)\s*$/, "").trim();
  expect(await eventLink.textContent()).toContain("2024-06-27");
  await eventLink.click();
  await expect(page).toHaveURL(/[?&]event=\d+/);
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(page.getByRole("group", { name: "تسلسل الأحداث" })).toBeVisible();
});
