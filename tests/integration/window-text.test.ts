import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import type { EventWindowResponse } from "@/lib/api/contract";
import { textSearch } from "@/lib/queries/window";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createCountriesAndActors, createEvent, useDatabase } from "../support/event-fixtures";

async function events(query: string) {
  const response = await getEvents(new Request(`http://test/api/events?${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as EventWindowResponse;
}

// The text filter has two exact strategies (scan the window, or start from the trigram index):
// whichever is taken, a window answers the same.
describe("the text filter, by either strategy", () => {
  let test: TestDatabase;
  const scanLimit = textSearch.windowScanLimit;
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
    const actors = await createCountriesAndActors(test.db);
    for (let day = 1; day <= 28; day++) {
      const start = `2024-02-${String(day).padStart(2, "0")}`;
      // Every third event names مسقط in its title, every fourth only in its source article.
      await createEvent(test.db, actors, {
        title: day % 3 === 0 ? `مباحثات في مسقط ${day}` : `لقاء ${day}`,
        start,
        countries: [day % 2 ? "IR" : "US"],
        articleBody: day % 4 === 0 ? `وصل الوفد إلى مسقط يوم ${day}` : `نص ${day}`,
      });
    }
    await createEvent(test.db, actors, { title: "شهر في مسقط", start: "2024-02-01", end: "2024-02-29", precision: "month" });
  });
  afterAll(async () => {
    textSearch.windowScanLimit = scanLimit;
    await test.drop();
  });

  it.each([
    "from=2024-02-10&to=2024-02-20&q=مسقط",
    "from=2024-02-10&to=2024-02-20&q=مسقط&limit=2",
    "from=2024-01-01&to=2024-12-31&q=مسقط&limit=3",
    "from=2024-02-01&to=2024-02-29&q=مسقط&country=IR",
    "from=2024-02-01&to=2024-02-29&q=لا يوجد",
  ])("answers %s the same way", async (query) => {
    textSearch.windowScanLimit = 1_000_000;
    const scanned = await events(query);
    textSearch.windowScanLimit = 0;
    const indexed = await events(query);
    expect(indexed).toEqual(scanned);
    const limit = Number(new URLSearchParams(query).get("limit") ?? 500);
    if (scanned.truncated) {
      expect(scanned.events).toEqual([]);
      expect(scanned.buckets!.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(scanned.total);
      expect(scanned.total).toBeGreaterThan(limit);
    } else {
      expect(scanned.events).toHaveLength(scanned.total);
    }
  });

  it("finds an event by its own text and by its article's, and an event that started before the window", async () => {
    const body = await events("from=2024-02-10&to=2024-02-20&q=مسقط");
    // 12, 15, 18 by title; 12, 16, 20 by article; the month-long event carried in.
    expect(body.events.map((event) => event.title)).toEqual(["شهر في مسقط", "مباحثات في مسقط 12", "مباحثات في مسقط 15", "لقاء 16", "مباحثات في مسقط 18", "لقاء 20"]);
  });
});
