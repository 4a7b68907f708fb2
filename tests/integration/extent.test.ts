import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findEventExtent } from "@/lib/queries/events";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createCountriesAndActors, createEvent, useDatabase } from "../support/event-fixtures";

const NO_FILTERS = { country: [], actor: [] };

describe("what 'show all' fits", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
  });
  afterAll(async () => {
    await test.drop();
  });

  it("is nothing in an empty database", async () => {
    expect(await findEventExtent(NO_FILTERS)).toBeNull();
  });

  it("runs from the first start to the last end, whichever precision or range that end comes from", async () => {
    const actors = await createCountriesAndActors(test.db);
    await createEvent(test.db, actors, { title: "لقاء", start: "2023-03-10", countries: ["RU"] });
    // Starts before the last day-precision event, but its year runs past it.
    await createEvent(test.db, actors, { title: "قمة", start: "2024-01-01", end: "2024-12-31", precision: "year", countries: ["IR"] });
    await createEvent(test.db, actors, { title: "زيارة", start: "2024-06-02", countries: ["RU"] });
    expect(await findEventExtent(NO_FILTERS)).toEqual({ start: "2023-03-10", end: "2024-12-31" });

    // A month, then an explicit range, each ending last.
    await createEvent(test.db, actors, { title: "محادثات", start: "2025-02-01", end: "2025-02-28", precision: "month", countries: ["US"] });
    expect(await findEventExtent(NO_FILTERS)).toEqual({ start: "2023-03-10", end: "2025-02-28" });
    await createEvent(test.db, actors, { title: "جولة", start: "2025-02-20", end: "2025-03-04", countries: ["OM"] });
    expect(await findEventExtent(NO_FILTERS)).toEqual({ start: "2023-03-10", end: "2025-03-04" });

    // Under a filter, only the matching events count.
    expect(await findEventExtent({ country: ["RU"], actor: [] })).toEqual({ start: "2023-03-10", end: "2024-06-02" });
  });
});
