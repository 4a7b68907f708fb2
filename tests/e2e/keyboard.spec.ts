import { expect, test, type Page } from "@playwright/test";
import { eventList, timeline, timelineEvents } from "./support/dashboard";

const focusedEventId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

async function tabUntilEvent(page: Page) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (await focusedEventId(page)) return;
  }
  throw new Error("no event reached with Tab");
}

test("the timeline works from the keyboard: Tab to an event, arrows between events, Enter opens, Escape closes", async ({ page }) => {
  await page.goto("/?from=2023-08-01&to=2024-02-29");
  await timelineEvents(page);
  await tabUntilEvent(page);
  const first = await focusedEventId(page);
  await page.keyboard.press("ArrowLeft");
  let second = await focusedEventId(page);
  if (second === first) {
    await page.keyboard.press("ArrowRight");
    second = await focusedEventId(page);
  }
  expect(second).not.toBe(first);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`event=${second}`));
  await expect(page.locator("mark").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("mark")).toHaveCount(0);
  // Focus comes back once the pane has gone (an effect after that render), so wait for it.
  await expect.poll(() => focusedEventId(page)).toBe(second);
  await expect(timeline(page).locator(`[data-event-id="${second}"]`)).toBeFocused();
});

test("the list works from the keyboard in date order", async ({ page }) => {
  await page.goto("/?from=2000-01-01&to=2030-12-31&view=list");
  const buttons = eventList(page).getByRole("button");
  await buttons.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(buttons.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tablist").or(page.locator("mark")).first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(buttons.first()).toBeFocused();
});
