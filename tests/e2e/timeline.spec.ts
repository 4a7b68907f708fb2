import { expect, test, type Request } from "@playwright/test";
import { allEvents, days, lavrovChoeTalks, timeline, timelineEvents, urlWindow, named, listedNames } from "./support/dashboard";

test("draws the seeded events on a right-to-left timeline, the past on the right", async ({ page, request }) => {
  const events = await allEvents(request);
  const summit = events.find((event) => event.precision === "month" && event.start === "2023-09-01")!;
  const talks = events.find((event) => event.start === "2024-01-16")!;
  expect(summit).toBeTruthy();

  await page.goto("/?from=2023-08-01&to=2024-02-29");
  await timelineEvents(page);
  const summitItem = timeline(page).getByRole("button", { name: named(summit.title, "سبتمبر 2023") });
  const talksItem = timeline(page).getByRole("button", { name: named(talks.title, "16 يناير 2024") });
  await expect(summitItem).toBeVisible();
  await expect(talksItem).toBeVisible();
  const [summitBox, talksBox] = [await summitItem.boundingBox(), await talksItem.boundingBox()];
  expect(summitBox!.x).toBeGreaterThan(talksBox!.x);
  // The month-precision summit is drawn over its whole month.
  await expect(timeline(page).locator(".sijill-span")).not.toHaveCount(0);
  // Axis labels are Arabic month names.
  await expect(timeline(page).locator(".vis-time-axis").getByText("أكتوبر", { exact: true }).first()).toBeVisible();
});

test.describe("before any script has run", () => {
  test.use({ javaScriptEnabled: false });

  test("the first HTML already draws the window's events, the past on the right, none overlapping", async ({ page, request }) => {
    const events = await allEvents(request);
    const summit = events.find((event) => event.precision === "month" && event.start === "2023-09-01")!;
    const talks = events.find((event) => event.start === "2024-01-16")!;

    await page.goto("/?from=2023-08-01&to=2024-02-29");
    const preview = page.locator(".sijill-preview");
    const box = (title: string) => preview.locator(".sijill-preview-event").filter({ has: page.getByText(title, { exact: true }) });
    const [summitBox, talksBox] = [box(summit.title), box(talks.title)];
    await expect(summitBox).toBeVisible();
    await expect(talksBox).toBeVisible();
    expect((await summitBox.boundingBox())!.x).toBeGreaterThan((await talksBox.boundingBox())!.x);
    const rects = await preview.locator(".sijill-preview-event").evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(rects.length).toBeGreaterThan(2);
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, "two preview boxes overlap").toBe(false);
      }
    }
  });
});

test("marks inferred dates on the timeline", async ({ page, request }) => {
  const inferred = (await allEvents(request)).find((event) => event.certainty === "inferred");
  test.skip(!inferred, "no inferred date in the seed");
  const around = (iso: string, delta: number) => new Date(Date.parse(iso) + delta * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/?from=${around(inferred!.start, -10)}&to=${around(inferred!.end, 10)}`);
  const item = timeline(page).getByRole("button", { name: named(inferred!.title) }).first();
  await expect(item).toBeVisible();
  await expect(page.locator(".vis-item.is-inferred").first()).toBeVisible();
});

test("zoom in, zoom out, show all and dragging change the window in the URL and what is fetched", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (req: Request) => {
    if (req.url().includes("/api/events?")) requested.push(req.url());
  });
  const fetchedWindow = (window: { from: string | null; to: string | null }) =>
    requested.some((url) => url.includes(`from=${window.from}`) && url.includes(`to=${window.to}`));

  await page.goto("/?from=2023-06-01&to=2024-05-31");
  await timelineEvents(page);
  const start = urlWindow(page);

  await page.getByRole("button", { name: "تكبير" }).click();
  await expect.poll(() => days(urlWindow(page))).toBeLessThan(days(start));
  const zoomedIn = urlWindow(page);
  await expect.poll(() => fetchedWindow(zoomedIn)).toBe(true);
  await expect(page.getByLabel("من")).toHaveValue(zoomedIn.from!);

  // Out past where we started, so the window is one nothing has fetched yet.
  await page.getByRole("button", { name: "تصغير" }).click();
  await expect.poll(() => days(urlWindow(page))).toBeGreaterThan(days(zoomedIn));
  await page.getByRole("button", { name: "تصغير" }).click();
  await expect.poll(() => days(urlWindow(page))).toBeGreaterThan(days(start));
  const zoomedOut = urlWindow(page);
  await expect.poll(() => fetchedWindow(zoomedOut)).toBe(true);

  // Drag the timeline: the window moves, its width stays.
  const box = (await timeline(page).locator(".vis-center").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 300, box.y + box.height - 20, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => urlWindow(page).from).not.toBe(zoomedOut.from);
  expect(Math.abs(days(urlWindow(page)) - days(zoomedOut))).toBeLessThanOrEqual(2);

  // Show all: every event fits (the seed runs from 2023 to 2025).
  await page.getByRole("button", { name: "عرض الكل" }).click();
  await expect.poll(() => urlWindow(page).from! <= "2023-01-01").toBe(true);
  expect(urlWindow(page).to! >= "2025-12-31").toBe(true);
});

test("a narrow window fetches only its own events", async ({ page }) => {
  await page.goto("/?from=2024-01-01&to=2024-01-31&view=list");
  await expect(page.getByRole("list", { name: "قائمة الأحداث" })).toBeVisible();
  const names = await listedNames(page);
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((name) => name.includes("يناير 2024"))).toBe(true);
});

test("lanes by country: one lane per country, an event in the lane of each country it involves, kept in the URL", async ({ page, request }) => {
  const talks = await lavrovChoeTalks(request);
  expect([...talks.countries].sort()).toEqual(["KP", "RU"]);
  await page.goto("/?from=2023-12-15&to=2024-02-15");
  await timelineEvents(page);
  const toggle = page.getByRole("button", { name: "مسار لكل دولة" });
  await toggle.click();
  await expect(page).toHaveURL(/lanes=country/);
  const lanes = timeline(page).locator(".vis-labelset .vis-label");
  await expect(lanes.filter({ hasText: "روسيا" })).toBeVisible();
  await expect(lanes.filter({ hasText: "كوريا الشمالية" })).toBeVisible();
  const talksItems = timeline(page).getByRole("button", { name: named(talks.title, "16 يناير 2024") });
  await expect(talksItems).toHaveCount(2);

  // Opening it from one lane selects it in both; a reload keeps the lanes.
  await talksItems.first().click();
  await expect(timeline(page).locator(".vis-item.vis-box.vis-selected")).toHaveCount(2);
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(timeline(page).getByRole("button", { name: named(talks.title, "16 يناير 2024") })).toHaveCount(2);
  await toggle.click();
  await expect(timeline(page).getByRole("button", { name: named(talks.title, "16 يناير 2024") })).toHaveCount(1);
  await expect(lanes.filter({ hasText: "روسيا" })).toHaveCount(0);
});
