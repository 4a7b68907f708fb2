import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import type { EventWindowResponse } from "@/lib/api/contract";
import { ensureCountries } from "@/lib/ingest/store/write";
import { removeSynth, writeCorpus } from "@/lib/synth/write";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { useDatabase } from "../support/event-fixtures";

const EVENTS = 2_500;

/** Events as content (no ids, no timestamps), in a stable order. */
async function eventContents(test: TestDatabase) {
  const rows = await test.db.event.findMany({
    where: { origin: "synth" },
    orderBy: { id: "asc" },
    select: { title: true, startDate: true, endDate: true, precision: true, certainty: true, summary: true, _count: { select: { sources: true, actors: true, countries: true } } },
  });
  return rows;
}

describe("npm run synth", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let ingestEventId: number;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    // An ingested event, article and actor that synth must leave alone.
    await ensureCountries(first.db);
    const article = await first.db.article.create({
      data: { title: "مقال", body: "نص المقال", contentHash: "ingested-1", searchText: "نص المقال" },
    });
    const actor = await first.db.actor.create({ data: { name: "Ingested Actor", nameAr: "فاعل", kind: "person" } });
    const event = await first.db.event.create({
      data: {
        kind: "meeting", title: "حدث حقيقي", startDate: new Date("2011-02-01"), endDate: new Date("2011-02-01"),
        precision: "day", certainty: "stated", datePhrase: "1 فبراير 2011", summary: "", searchText: "حدث حقيقي",
        sources: { create: { articleId: article.id, evidence: "نص", evidenceStart: 0, evidenceEnd: 2 } },
        actors: { create: { actorId: actor.id, startDate: new Date("2011-02-01") } },
        countries: { create: { countryCode: "EG", startDate: new Date("2011-02-01") } },
      },
    });
    ingestEventId = event.id;
    await writeCorpus(first.url, { events: EVENTS, seed: 42 });
    await writeCorpus(second.url, { events: EVENTS, seed: 42 });
  }, 120_000);
  afterAll(async () => {
    await Promise.all([first.drop(), second.drop()]);
  });

  it("writes the same events for the same seed", async () => {
    const [a, b] = await Promise.all([eventContents(first), eventContents(second)]);
    expect(a).toHaveLength(EVENTS);
    expect(a).toEqual(b);
    expect(a.every((event) => event._count.sources >= 1 && event._count.actors >= 1 && event._count.countries >= 1)).toBe(true);
  });

  it("keeps the per-day counts equal to the events stored", async () => {
    const [counted] = await first.db.$queryRaw<{ n: bigint }[]>`SELECT sum("count") AS n FROM "EventDayCount"`;
    expect(Number(counted.n)).toBe(EVENTS + 1);
    const [links] = await first.db.$queryRaw<{ n: bigint }[]>`SELECT sum("count") AS n FROM "EventCountryDayCount"`;
    expect(Number(links.n)).toBe(await first.db.eventCountry.count());
  });

  it("answers windows with their events when at most `limit`, else exact totals and buckets", async () => {
    useDatabase(first.url);
    const cases = [
      "from=1990-01-01&to=2026-12-31",
      "from=2011-01-15&to=2011-03-20",
      "from=2003-03-10&to=2003-03-12&limit=5",
      "from=2023-10-20&to=2024-02-10&country=PS",
      "from=2014-06-01&to=2015-06-01&country=IQ,SY",
      `from=2000-01-01&to=2026-01-01&q=${encodeURIComponent("المساعدات الإنسانية")}`,
    ];
    for (const query of cases) {
      const params = new URLSearchParams(query);
      const [from, to] = [params.get("from")!, params.get("to")!];
      const limit = Number(params.get("limit") ?? 500);
      const response = await getEvents(new Request(`http://test/api/events?${query}`));
      const body = (await response.json()) as EventWindowResponse;
      const country = params.get("country")?.split(",") ?? null;
      const q = params.get("q");
      const [expected] = await first.db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "Event" e WHERE e."startDate" <= $1::date AND e."endDate" >= $2::date
         ${country ? `AND EXISTS (SELECT 1 FROM "EventCountry" ec WHERE ec."eventId" = e.id AND ec."countryCode" = ANY($3))` : ""}
         ${q ? `AND (e."searchText" LIKE '%' || $3 || '%' OR EXISTS (SELECT 1 FROM "EventSource" es JOIN "Article" a ON a.id = es."articleId" WHERE es."eventId" = e.id AND a."searchText" LIKE '%' || $3 || '%'))` : ""}`,
        to, from, ...(country ? [country] : q ? ["المساعدات الانسانيه"] : []),
      );
      expect(body.total, query).toBe(Number(expected.n));
      // A window too full to draw sends its buckets instead of its events.
      expect(body.events.length, query).toBe(body.total > limit ? 0 : body.total);
      expect(body.events.every((event) => event.start <= to && event.end >= from), query).toBe(true);
      if (body.total > limit) {
        expect(body.truncated, query).toBe(true);
        expect(body.buckets!.reduce((sum, bucket) => sum + bucket.count, 0), query).toBe(body.total);
        expect(body.buckets!.every((bucket) => bucket.start >= from.slice(0, 4) && bucket.start <= to), query).toBe(true);
      } else {
        expect(body.buckets, query).toBeNull();
      }
    }
  });

  it("--reset removes only synthetic rows, and synth never touched ingested ones", async () => {
    const removed = await removeSynth(first.url);
    expect(removed.events).toBe(EVENTS);
    expect(await first.db.event.count()).toBe(1);
    expect(await first.db.article.count()).toBe(1);
    expect(await first.db.actor.count()).toBe(1);
    const kept = await first.db.event.findUniqueOrThrow({ where: { id: ingestEventId }, include: { sources: true, actors: true, countries: true } });
    expect(kept).toMatchObject({ title: "حدث حقيقي", origin: "ingest" });
    expect([kept.sources.length, kept.actors.length, kept.countries.length]).toEqual([1, 1, 1]);
    const [counted] = await first.db.$queryRaw<{ n: bigint }[]>`SELECT sum("count") AS n FROM "EventDayCount"`;
    expect(Number(counted.n)).toBe(1);
    const [links] = await first.db.$queryRaw<{ n: bigint }[]>`SELECT sum("count") AS n FROM "EventCountryDayCount"`;
    expect(Number(links.n)).toBe(1);
  });
});
