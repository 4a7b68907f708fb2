import { expect, test } from "@playwright/test";
import { eventList, lavrovChoeTalks, timelineEvents, named } from "./support/dashboard";

test("a copied URL restores the same view: window, filters and the open event", async ({ page, browser, request }) => {
  const talks = await lavrovChoeTalks(request);
  await page.goto("/?from=2023-06-01&to=2024-06-30");
  await timelineEvents(page);
  await page.getByLabel("الدولة", { exact: true }).fill("روسيا");
  await page.getByRole("option", { name: /روسيا/ }).click();
  await page.getByRole("button", { name: "قائمة" }).click();
  await eventList(page).getByRole("button", { name: named(talks.title) }).click();
  await expect(page.getByRole("tablist")).toBeVisible();
  const shared = page.url();
  const listed = await eventList(page).getByRole("button").count();

  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.getByLabel("من")).toHaveValue("2023-06-01");
  await expect(other.getByLabel("إلى")).toHaveValue("2024-06-30");
  await expect(other.getByRole("button", { name: "إزالة روسيا" })).toBeVisible();
  await expect(eventList(other).getByRole("button")).toHaveCount(listed);
  await expect(other.getByRole("tablist").getByRole("tab")).toHaveCount(2);
  await expect(other.getByRole("heading", { name: talks.title })).toBeVisible();
  await other.close();
});

test("back and forward walk through selections and filters", async ({ page, request }) => {
  const talks = await lavrovChoeTalks(request);
  await page.goto("/?from=2023-06-01&to=2024-06-30&view=list");
  await eventList(page).getByRole("button", { name: named(talks.title) }).click();
  await expect(page.getByRole("tablist")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("tablist")).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has("event")).toBe(false);
  await page.goForward();
  await expect(page.getByRole("tablist")).toBeVisible();
});
