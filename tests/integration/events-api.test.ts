import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import { GET as getEvent } from "@/app/api/events/[id]/route";
import { GET as getArticle } from "@/app/api/articles/[id]/route";
import type { ApiError, EventDetail, EventWindowResponse } from "@/lib/api/contract";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createCountriesAndActors, createEvent, useDatabase } from "../support/event-fixtures";

async function events(query: string) {
  const response = await getEvents(new Request(`http://test/api/events?${query}`));
  return { status: response.status, body: (await response.json()) as EventWindowResponse & ApiError };
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const titles = (body: EventWindowResponse) => body.events.map((event) => event.title);

describe("GET /api/events", () => {
  let test: TestDatabase;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
    const actors = await createCountriesAndActors(test.db);
    ids.talks = await createEvent(test.db, actors, {
      title: "محادثات لافروف وتشوي في موسكو",
      start: "2024-01-16",
      countries: ["RU", "KP"],
      actors: ["Sergey Lavrov", "Choe Son Hui"],
      articleBody: "التقى لافروف نظيرته الكورية الشمالية في موسكو لبحث الوضع في أوكرانيا بنسبة 100% من الوقت",
    });
    ids.summit = await createEvent(test.db, actors, {
      title: "قمة في قاعدة فوستوشني",
      start: "2023-09-01",
      end: "2023-09-30",
      precision: "month",
      countries: ["RU", "KP"],
    });
    ids.visit = await createEvent(test.db, actors, {
      title: "زيارة لافروف إلى بيونغ يانغ",
      start: "2023-10-18",
      end: "2023-10-19",
      countries: ["RU", "KP"],
      actors: ["Sergey Lavrov"],
    });
    ids.oman = await createEvent(test.db, actors, {
      title: "مباحثات إيرانية أمريكية في مسقط",
      start: "2025-04-12",
      countries: ["IR", "US", "OM"],
      actors: ["Abbas Araghchi"],
    });
  });
  afterAll(() => test.drop());

  it.each([
    ["from=2024-13-01&to=2024-12-31", "from:"],
    ["to=2024-12-31", "from: is required"],
    ["from=2024-01-01", "to: is required"],
    ["from=2024-02-01&to=2024-01-01", "from:"],
    ["from=2024-01-01&to=2024-12-31&limit=0", "limit:"],
    ["from=2024-01-01&to=2024-12-31&limit=501", "limit:"],
    ["from=2024-01-01&to=2024-12-31&country=Russia", "country:"],
    ["from=2024-01-01&to=2024-12-31&actor=lavrov", "actor:"],
  ])("answers 400 naming the parameter for %s", async (query, message) => {
    const { status, body } = await events(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message.startsWith(message)).toBe(true);
  });

  it("returns the events overlapping the window, in date order, counting events that start before it", async () => {
    const { status, body } = await events("from=2023-09-15&to=2023-10-18");
    expect(status).toBe(200);
    expect(titles(body)).toEqual(["قمة في قاعدة فوستوشني", "زيارة لافروف إلى بيونغ يانغ"]);
    expect(body).toMatchObject({ total: 2, truncated: false, buckets: null });
  });

  it("includes an event that ends on the window's first day and one that starts on its last", async () => {
    expect(titles((await events("from=2023-10-19&to=2024-01-16")).body)).toEqual([
      "زيارة لافروف إلى بيونغ يانغ",
      "محادثات لافروف وتشوي في موسكو",
    ]);
    expect((await events("from=2023-10-20&to=2024-01-15")).body.total).toBe(0);
  });

  it("describes an event with its span, precision, actors, countries and sources", async () => {
    const { body } = await events("from=2023-09-01&to=2023-09-30");
    expect(body.events[0]).toMatchObject({
      id: ids.summit,
      start: "2023-09-01",
      end: "2023-09-30",
      precision: "month",
      countries: ["KP", "RU"],
      sourceCount: 0,
    });
  });

  it("filters by country (any of several) and by actor", async () => {
    expect(titles((await events("from=2020-01-01&to=2030-01-01&country=OM")).body)).toEqual(["مباحثات إيرانية أمريكية في مسقط"]);
    expect((await events("from=2020-01-01&to=2030-01-01&country=OM,KP")).body.total).toBe(4);
    const lavrov = (await events("from=2020-01-01&to=2030-01-01&country=RU")).body.events[2].actors.find((a) => a.name === "Sergey Lavrov")!;
    expect(titles((await events(`from=2020-01-01&to=2030-01-01&actor=${lavrov.id}`)).body)).toEqual([
      "زيارة لافروف إلى بيونغ يانغ",
      "محادثات لافروف وتشوي في موسكو",
    ]);
  });

  it("searches event titles and source article text, whatever the hamza or diacritics", async () => {
    expect(titles((await events("from=2020-01-01&to=2030-01-01&q=مَسقط")).body)).toEqual(["مباحثات إيرانية أمريكية في مسقط"]);
    expect(titles((await events(`from=2020-01-01&to=2030-01-01&q=${encodeURIComponent("اوكرانيا")}`)).body)).toEqual([
      "محادثات لافروف وتشوي في موسكو",
    ]);
  });

  it("takes % and _ in a search literally", async () => {
    expect((await events(`from=2020-01-01&to=2030-01-01&q=${encodeURIComponent("100%")}`)).body.total).toBe(1);
    expect((await events(`from=2020-01-01&to=2030-01-01&q=${encodeURIComponent("%")}`)).body.total).toBe(1);
    expect((await events(`from=2020-01-01&to=2030-01-01&q=${encodeURIComponent("_")}`)).body.total).toBe(0);
  });

  it("GET /api/events/:id returns the event with its sources; unknown ids are 404, bad ones 400", async () => {
    const found = await getEvent(new Request("http://test"), params(String(ids.talks)));
    expect(found.status).toBe(200);
    const detail = (await found.json()) as EventDetail;
    expect(detail.sources).toHaveLength(1);
    expect(detail.countryNames.map((country) => country.nameAr)).toEqual(["كوريا الشمالية", "روسيا"]);

    const missing = await getEvent(new Request("http://test"), params("999999"));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ApiError).error.code).toBe("not_found");
    const bad = await getEvent(new Request("http://test"), params("abc"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ApiError).error.message).toMatch(/^id:/);
  });

  it("GET /api/articles/:id returns the body the evidence offsets index into", async () => {
    const detail = (await (await getEvent(new Request("http://test"), params(String(ids.talks)))).json()) as EventDetail;
    const source = detail.sources[0];
    const response = await getArticle(new Request("http://test"), params(String(source.article.id)));
    const article = (await response.json()) as { body: string };
    expect(article.body.slice(source.evidenceStart, source.evidenceEnd)).toBe(source.evidence);
    expect((await getArticle(new Request("http://test"), params("999999"))).status).toBe(404);
  });
});

describe("GET /api/events with the database down", () => {
  it("answers 503", async () => {
    useDatabase("postgresql://postgres:postgres@127.0.0.1:1/none");
    const { status, body } = await events("from=2024-01-01&to=2024-12-31");
    expect(status).toBe(503);
    expect(body.error.code).toBe("database_unavailable");
  });
});
