import { expect, test } from "@playwright/test";
import { allEvents, eventDetail, lavrovChoeTalks, timeline, timelineEvents, named } from "./support/dashboard";

test("an event with two sources shows both as tabs, each with its evidence marked", async ({ page, request }) => {
  const talks = await lavrovChoeTalks(request);
  const detail = await eventDetail(request, talks.id);
  await page.goto("/?from=2024-01-01&to=2024-01-31");
  await timelineEvents(page);
  await timeline(page).getByRole("button", { name: named(talks.title, "16 يناير 2024") }).click();
  await expect(page).toHaveURL(new RegExp(`event=${talks.id}`));

  const tabs = page.getByRole("tablist").getByRole("tab");
  await expect(tabs).toHaveCount(2);
  for (const [index, source] of detail.sources.entries()) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute("aria-selected", "true");
    const pane = page.getByRole("region", { name: source.article.title });
    await expect(pane).toBeVisible();
    const mark = pane.locator("mark");
    await expect(mark).toHaveText(source.evidence);
    await expect(mark).toBeInViewport();
  }
  // The event itself: its date with precision, and its actors.
  const pane = page.getByRole("region", { name: detail.sources.at(-1)!.article.title });
  await expect(pane.getByText("16 يناير 2024").first()).toBeVisible();
  for (const actor of talks.actors) await expect(pane.getByText(new RegExp(actor.nameAr)).first()).toBeVisible();
});

test("an embedded article links to the page it was published in", async ({ page, request }) => {
  let found: { eventId: number; parentTitle: string; title: string } | null = null;
  for (const event of await allEvents(request)) {
    const detail = await eventDetail(request, event.id);
    const embedded = detail.sources.find((source) => source.article.parent);
    if (embedded) {
      found = { eventId: event.id, parentTitle: embedded.article.parent!.title, title: embedded.article.title };
      if (detail.sources.length === 1) break;
    }
  }
  test.skip(!found, "no event comes from an embedded article");
  await page.goto(`/?event=${found!.eventId}`);
  await page.getByRole("tab", { name: new RegExp(found!.title.slice(0, 20)) }).click();
  await expect(page.getByText("نُشر ضمن:")).toBeVisible();
  await page.getByRole("link", { name: found!.parentTitle }).click();
  await expect(page.getByRole("region", { name: found!.parentTitle })).toBeVisible();
  await expect(page).toHaveURL(/article=\d+/);
});

test("closing the pane returns focus to the event", async ({ page, request }) => {
  const talks = await lavrovChoeTalks(request);
  await page.goto("/?from=2024-01-01&to=2024-01-31");
  await timelineEvents(page);
  const item = timeline(page).getByRole("button", { name: named(talks.title) });
  await item.click();
  await expect(page.getByRole("tablist")).toBeVisible();
  await page.getByRole("button", { name: "إغلاق" }).click();
  await expect(page.getByRole("tablist")).toHaveCount(0);
  await expect(item).toBeFocused();
});
