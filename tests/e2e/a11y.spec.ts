import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { lavrovChoeTalks, timelineEvents } from "./support/dashboard";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

// --color-surface in app/globals.css.
const SURFACE = { light: "rgb(248, 250, 252)", dark: "rgb(11, 18, 32)" };

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing serious with the pane open (${theme})`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: theme });
    const talks = await lavrovChoeTalks(request);
    await page.goto(`/?from=2023-08-01&to=2024-03-31&event=${talks.id}`);
    await timelineEvents(page);
    await expect(page.locator("mark").first()).toBeVisible();
    // The system's scheme, with no script needed: the dark or light surface.
    await expect(page.locator("body")).toHaveCSS("background-color", SURFACE[theme]);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("a chosen theme overrides the system's and is kept on the next visit", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("body")).toHaveCSS("background-color", SURFACE.light);
  await page.getByRole("button", { name: "تفعيل الوضع الداكن" }).click();
  await expect(page.locator("body")).toHaveCSS("background-color", SURFACE.dark);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("body")).toHaveCSS("background-color", SURFACE.dark);
  await page.getByRole("button", { name: "تفعيل الوضع الفاتح" }).click();
  await page.reload();
  await expect(page.locator("body")).toHaveCSS("background-color", SURFACE.light);
});

test("takes the README screenshot: the dashboard with the pane open", async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const talks = await lavrovChoeTalks(request);
  await page.goto(`/?from=2023-07-15&to=2024-03-15&event=${talks.id}`);
  await timelineEvents(page);
  await expect(page.locator("mark").first()).toBeVisible();
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: "tests/e2e/screenshots/dashboard.png" });
});
