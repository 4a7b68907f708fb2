import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";

async function rowCounts(test: TestDatabase) {
  const { db } = test;
  return {
    articles: await db.article.count(),
    events: await db.event.count(),
    sources: await db.eventSource.count(),
    actors: await db.actor.count(),
    eventActors: await db.eventActor.count(),
    eventCountries: await db.eventCountry.count(),
    countries: await db.country.count(),
  };
}

describe("seeding", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("stores the seed articles, embedded ones linked to their host page", async () => {
    const summary = await seedDatabase(test.db);
    expect(summary.skipped).toEqual([]);
    const articles = await test.db.article.findMany({ select: { title: true, parentId: true, body: true } });
    // Two pages, each with one embedded "read also" article.
    expect(articles).toHaveLength(4);
    expect(articles.filter((article) => article.parentId !== null)).toHaveLength(2);
    expect(articles.some((article) => article.title.startsWith("لافروف يؤكد معارضة موسكو"))).toBe(true);
    expect(await test.db.event.count()).toBeGreaterThan(0);
  });

  it("changes nothing and duplicates nothing when run a second time", async () => {
    const before = await rowCounts(test);
    const summary = await seedDatabase(test.db);
    expect(summary.articlesAdded).toBe(0);
    expect(summary.eventsAdded).toBe(0);
    expect(await rowCounts(test)).toEqual(before);
  });
});
