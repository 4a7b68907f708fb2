import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getFacets } from "@/app/api/facets/route";
import { GET as getActors } from "@/app/api/actors/route";
import { TOP_ACTORS, type ActorSearchResponse, type ApiError, type FacetsResponse } from "@/lib/api/contract";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createCountriesAndActors, createEvent, useDatabase } from "../support/event-fixtures";

async function facets(query: string) {
  const response = await getFacets(new Request(`http://test/api/facets?${query}`));
  return { status: response.status, body: (await response.json()) as FacetsResponse & ApiError };
}

async function searchActors(query: string) {
  const response = await getActors(new Request(`http://test/api/actors?${query}`));
  return { status: response.status, body: (await response.json()) as ActorSearchResponse & ApiError };
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

  it("counts events per country and actor, and the span they cover", async () => {
    const { status, body } = await facets("");
    expect(status).toBe(200);
    expect(counts(body.countries, (c) => c.code)).toEqual({ RU: 2, KP: 2, IR: 1, OM: 1 });
    expect(counts(body.actors, (a) => a.name)).toEqual({ "Sergey Lavrov": 2, "Choe Son Hui": 1, "Abbas Araghchi": 1 });
    expect(body.actorTotal).toBe(3);
    expect(body.approximate).toBe(false);
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

  it("counts under the other filters from the count tables and from the matching events alike", async () => {
    // No other filter: the per-country and per-actor count tables; with one: the matching events.
    const { body } = await facets(`actor=${actors.get("Sergey Lavrov")}`);
    expect(counts(body.countries, (c) => c.code)).toEqual({ RU: 2, KP: 2 });
    expect(counts(body.actors, (a) => a.name)).toEqual({ "Sergey Lavrov": 2, "Choe Son Hui": 1, "Abbas Araghchi": 1 });
  });

  it("answers 400 naming a bad parameter", async () => {
    const { status, body } = await facets("from=yesterday");
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^from:/);
  });
});

describe("the actor facet at scale", () => {
  let test: TestDatabase;
  let actors: Map<string, number>;
  let extras: number[];
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
    actors = await createCountriesAndActors(test.db);
    // More actors than the facet lists, each with one event; Lavrov with two, so he leads.
    const created = await test.db.actor.createManyAndReturn({
      data: Array.from({ length: TOP_ACTORS + 5 }, (_, i) => ({ name: `Extra ${i}`, nameAr: `إضافي ${i}`, kind: "person" as const, matchKeys: [`اضافي ${i}`] })),
      select: { id: true, name: true },
    });
    extras = created.map((actor) => actor.id);
    for (const actor of created) actors.set(actor.name, actor.id);
    await createEvent(test.db, actors, { title: "أ", start: "2024-01-16", countries: ["RU", "KP"], actors: ["Sergey Lavrov", "Choe Son Hui"] });
    await createEvent(test.db, actors, { title: "ب", start: "2024-02-16", countries: ["RU"], actors: ["Sergey Lavrov"] });
    for (const [i, actor] of created.entries()) {
      await createEvent(test.db, actors, { title: `حدث ${i}`, start: "2024-03-01", countries: ["IR"], actors: [actor.name] });
    }
  });
  afterAll(() => test.drop());

  it("lists the most frequent actors, says how many there are, and always lists the selected ones", async () => {
    const { body } = await facets("");
    expect(body.actors).toHaveLength(TOP_ACTORS);
    expect(body.actorTotal).toBe(TOP_ACTORS + 5 + 2);
    expect(body.actors[0]).toMatchObject({ name: "Sergey Lavrov", count: 2 });

    const listed = new Set(body.actors.map((a) => a.id));
    const left = extras.find((id) => !listed.has(id))!;
    const selected = await facets(`actor=${left}`);
    expect(selected.body.actors).toHaveLength(TOP_ACTORS + 1);
    expect(selected.body.actors.find((a) => a.id === left)).toMatchObject({ count: 1 });
  });

  it("finds an actor by another spelling, with counts under the filters", async () => {
    const { status, body } = await searchActors(`name=${encodeURIComponent("تشوي سونج هوي")}`);
    expect(status).toBe(200);
    expect(body.actors.map((a) => a.name)).toEqual(["Choe Son Hui"]);
    expect(body.actors[0].count).toBe(1);

    const lavrov = (await searchActors(`name=${encodeURIComponent("سيرجي")}&country=IR`)).body;
    expect(lavrov.actors).toEqual([expect.objectContaining({ name: "Sergey Lavrov", count: 0 })]);
    expect((await searchActors(`name=${encodeURIComponent("سيرجي")}&country=RU`)).body.actors[0].count).toBe(2);
  });

  it("answers 400 naming a bad type-ahead parameter", async () => {
    const missing = await searchActors("country=RU");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^name:/);
    const limit = await searchActors("name=x&limit=1000");
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toMatch(/^limit:/);
  });
});
