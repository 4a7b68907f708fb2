import { expect, test, type Page } from "@playwright/test";
import { allEvents, EVERYTHING, eventList, listedNames } from "./support/dashboard";


async function pickOption(page: Page, filter: string, typed: string, option: RegExp) {
  await page.getByLabel(filter, { exact: true }).fill(typed);
  await page.getByRole("option", { name: option }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto(`/?from=${EVERYTHING.from}&to=${EVERYTHING.to}&view=list`);
  await expect(eventList(page)).toBeVisible();
});

test("filtering by a country leaves exactly its events", async ({ page, request }) => {
  const expected = (await allEvents(request)).filter((event) => event.countries.includes("OM"));
  expect(expected.length).toBeGreaterThan(0);
  await pickOption(page, "الدولة", "عمان", /عُ?مان/);
  await expect(page).toHaveURL(/country=OM/);
  await expect.poll(() => listedNames(page)).toHaveLength(expected.length);
  for (const event of expected) expect((await listedNames(page)).some((name) => name.startsWith(`${event.title}،`))).toBe(true);
});

for (const [typed, actorName] of [
  ["سيرجي", "Sergey Lavrov"],
  ["تشوي سونج هوي", "Choe Son Hui"],
] as const) {
  test(`typing "${typed}" finds ${actorName} and leaves exactly their events`, async ({ page, request }) => {
    const expected = (await allEvents(request)).filter((event) => event.actors.some((actor) => actor.name === actorName));
    expect(expected.length).toBeGreaterThan(0);
    const nameAr = expected[0].actors.find((actor) => actor.name === actorName)!.nameAr;
    await pickOption(page, "الفاعل", typed, new RegExp(nameAr));
    await expect(page).toHaveURL(/actor=\d+/);
    await expect.poll(() => listedNames(page)).toHaveLength(expected.length);
    const names = await listedNames(page);
    for (const event of expected) expect(names.some((name) => name.startsWith(`${event.title}،`))).toBe(true);
  });
}

test("search matches event and article text; one click clears every filter", async ({ page, request }) => {
  const everything = await allEvents(request);
  await page.getByLabel("بحث").fill("فوستوشني");
  await expect(page).toHaveURL(/q=/);
  await expect.poll(async () => (await listedNames(page)).length).toBeLessThan(everything.length);
  expect((await listedNames(page)).some((name) => name.includes("فوستوشني"))).toBe(true);

  await pickOption(page, "الدولة", "روسيا", /روسيا/);
  await page.getByRole("button", { name: "مسح عوامل التصفية" }).click();
  await expect.poll(() => listedNames(page)).toHaveLength(everything.length);
  await expect(page.getByLabel("بحث")).toHaveValue("");
  expect(new URL(page.url()).searchParams.has("country")).toBe(false);
});

test("the country options show how many events each has", async ({ page, request }) => {
  const russian = (await allEvents(request)).filter((event) => event.countries.includes("RU")).length;
  await page.getByLabel("الدولة", { exact: true }).click();
  await expect(page.getByRole("option", { name: new RegExp(`روسيا.*${russian}`) })).toBeVisible();
});
