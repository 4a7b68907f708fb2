import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import type { EventWindowResponse } from "@/lib/api/contract";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { useDatabase } from "../support/event-fixtures";

// 2 events on each day of 2024 (732 in all): more than one window can draw.
const PER_DAY = 2;

async function events(query: string) {
  const response = await getEvents(new Request(`http://test/api/events?${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as EventWindowResponse;
}

describe("a window holding more events than it can draw", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
    const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
    await test.db.event.createMany({
      data: days.flatMap((day) =>
        Array.from({ length: PER_DAY }, (_, n) => ({
          kind: "meeting",
          title: `حدث ${n} في ${day.toISOString().slice(0, 10)}`,
          startDate: day,
          endDate: day,
          precision: "day" as const,
          certainty: "stated" as const,
          datePhrase: "",
          summary: "",
          searchText: "",
        })),
      ),
    });
  });
  afterAll(() => test.drop());

  it("sends the total and per-bucket counts that add up to it instead of the events", async () => {
    const body = await events("from=2024-01-01&to=2024-12-31&limit=500");
    expect(body.total).toBe(732);
    expect(body.truncated).toBe(true);
    expect(body.events).toEqual([]);
    const buckets = body.buckets!;
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(732);
    // A year is counted by week: a few dozen bars, not hundreds.
    expect(buckets.length).toBeGreaterThan(50);
    expect(buckets.length).toBeLessThanOrEqual(120);
    expect(buckets.every((bucket) => bucket.start <= bucket.end)).toBe(true);
  });

  it("counts a short window by day", async () => {
    const body = await events("from=2024-03-01&to=2024-03-31&limit=10");
    expect(body.total).toBe(31 * PER_DAY);
    expect(body.buckets).toHaveLength(31);
    expect(body.buckets!.every((bucket) => bucket.count === PER_DAY && bucket.start === bucket.end)).toBe(true);
  });

  it("counts a long window by month", async () => {
    const body = await events("from=2020-01-01&to=2027-12-31&limit=1");
    expect(body.buckets).toHaveLength(12);
    expect(body.buckets![1]).toEqual({ start: "2024-02-01", end: "2024-02-29", count: 29 * PER_DAY });
  });

  it("sends no buckets when everything fits", async () => {
    const body = await events("from=2024-03-01&to=2024-03-31");
    expect(body).toMatchObject({ total: 62, truncated: false, buckets: null });
    expect(body.events).toHaveLength(62);
  });
});
