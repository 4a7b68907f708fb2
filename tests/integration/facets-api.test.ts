import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFacets } from "@/app/api/facets/route";
import type { ApiError, FacetsResponse } from "@/lib/api/contract";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createCountriesAndActors, createEvent, useDatabase } from "../support/event-fixtures";

async function facets(query: string) {
  const response = await getFacets(new Request(`http://test/api/facets?${query}`));
  return { status: response.status, body: (await response.json()) as FacetsResponse & ApiError };
}

const counts = <T extends { count: number }>(list: T[], key: (item: T) => string) =>
  Object.fromEntries(list.map((item) => [key(item), item.count]));

describe("GET /api/facets", () => {
  let test: TestDatabase;
  let actors: Map<string, number>;
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
    actors = await createCountriesAndActors(test.db);
    await createEvent(test.db, actors, { title: "أ", start: "2024-01-16", countries: ["RU", "KP"], actors: ["Sergey Lavrov", "Choe Son Hui"] });
    await createEvent(test.db, actors, { title: "ب", start: "2023-10-18", end: "2023-10-19", countries: ["RU", "KP"], actors: ["Sergey Lavrov"] });
    await createEvent(test.db, actors, { title: "ج", start: "2025-04-12", countries: ["IR", "OM"], actors: ["Abbas Araghchi"] });
  });
  afterAll(() => test.drop());

  it("counts events per country and actor, with the actors' match keys and the span they cover", async () => {
    const { status, body } = await facets("");
    expect(status).toBe(200);
    expect(counts(body.countries, (c) => c.code)).toEqual({ RU: 2, KP: 2, IR: 1, OM: 1 });
    expect(counts(body.actors, (a) => a.name)).toEqual({ "Sergey Lavrov": 2, "Choe Son Hui": 1, "Abbas Araghchi": 1 });
    expect(body.actors.find((a) => a.name === "Choe Son Hui")!.matchKeys.length).toBeGreaterThan(0);
    expect(body.extent).toEqual({ start: "2023-10-18", end: "2025-04-12" });
  });

  it("leaves a facet's own filter out of its counts, and applies the others", async () => {
    const { body } = await facets("country=IR");
    // Countries ignore the country filter…
    expect(counts(body.countries, (c) => c.code)).toEqual({ RU: 2, KP: 2, IR: 1, OM: 1 });
    // …actors don't.
    expect(counts(body.actors, (a) => a.name)).toEqual({ "Abbas Araghchi": 1 });
    expect(body.extent).toEqual({ start: "2025-04-12", end: "2025-04-12" });
  });

  it("keeps a selected value listed with a zero count", async () => {
    const { body } = await facets(`actor=${actors.get("Choe Son Hui")}&country=IR`);
    expect(counts(body.countries, (c) => c.code)).toEqual({ RU: 1, KP: 1, IR: 0 });
    expect(counts(body.actors, (a) => a.name)).toEqual({ "Abbas Araghchi": 1, "Choe Son Hui": 0 });
    expect(body.extent).toBeNull();
  });

  it("applies the search and the window", async () => {
    expect(counts((await facets("from=2023-01-01&to=2023-12-31")).body.countries, (c) => c.code)).toEqual({ RU: 1, KP: 1 });
  });

  it("answers 400 naming a bad parameter", async () => {
    const { status, body } = await facets("from=yesterday");
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^from:/);
  });
});
