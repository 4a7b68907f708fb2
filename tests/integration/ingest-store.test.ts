import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { ensureCountries, storeFileExtraction } from "@/lib/ingest/store/write";
import type { ActorRef, ExtractedEvent, ExtractionResult, ParsedArticle } from "@/lib/ingest/types";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Extractions built by hand, so the store is tested apart from the pipeline that produces them.
const lavrov: ActorRef = { name: "Sergey Lavrov", ar: "سيرغي لافروف", kind: "person", country: "RU", variants: ["لافروف"], role: null };
const choe: ActorRef = { name: "Choe Son Hui", ar: "تشوي سون هوي", kind: "person", country: "KP", variants: ["تشوي"], role: null };

function article(file: string, body: string): ParsedArticle {
  return {
    file, title: `عنوان ${file}`, body, keywords: [], outlet: null, agency: null, url: null, parentIndex: null,
    published: { value: "2024-03-04", precision: "day", certainty: "stated", phrase: "4 مارس 2024" },
  };
}

function talks(date: ExtractedEvent["date"], actors: ActorRef[], articleIndex: number, evidence: string): ExtractedEvent {
  return {
    kind: "talks", title: "محادثات لافروف وتشوي", titleEn: null, date, actors, countries: ["RU", "KP"], place: null,
    summary: evidence, sources: [{ articleIndex, evidence, start: 0, end: evidence.length }],
  };
}

function file(name: string, events: (articleIndex: number) => ExtractedEvent[]): ExtractionResult {
  const body = `نص ${name} عن المحادثات`;
  // Evidence offsets as the pipeline gives them: where each sentence sits in the body.
  const located = events(0).map((event) => ({
    ...event,
    sources: event.sources.map((source) => ({ ...source, start: body.indexOf(source.evidence), end: body.indexOf(source.evidence) + source.evidence.length })),
  }));
  return { articles: [article(name, body)], events: located, problems: [] };
}

describe("storing a file's extraction", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await ensureCountries(test.db);
  });
  afterAll(() => test.drop());

  it("moves a stored month-precision event, its links and its day counts to the day a later report gives", async () => {
    const march = { start: "2024-03", end: null, precision: "month" as const, certainty: "stated" as const, phrase: "مطلع مارس" };
    const first = await storeFileExtraction(test.db, "a.txt", file("a.txt", (i) => [talks(march, [lavrov], i, "نص a.txt")]));
    expect(first).toMatchObject({ articlesAdded: 1, eventsAdded: 1, eventsMerged: 0 });

    const day = { start: "2024-03-03", end: null, precision: "day" as const, certainty: "stated" as const, phrase: "الأحد 3 مارس" };
    // Two sentences of the second file report the same talks: both merge into the stored event.
    const second = await storeFileExtraction(
      test.db,
      "b.txt",
      file("b.txt", (i) => [talks(day, [lavrov, choe], i, "نص b.txt"), talks(day, [choe], i, "عن المحادثات")]),
    );
    expect(second).toMatchObject({ articlesAdded: 1, eventsAdded: 0, eventsMerged: 2 });

    const events = await test.db.event.findMany({ include: { actors: { include: { actor: true } }, countries: true, sources: true } });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.startDate.toISOString().slice(0, 10)).toBe("2024-03-03");
    expect(event.endDate.toISOString().slice(0, 10)).toBe("2024-03-03");
    expect(event.precision).toBe("day");
    expect(event.actors.map((link) => link.actor.name).sort()).toEqual(["Choe Son Hui", "Sergey Lavrov"]);
    for (const link of [...event.actors, ...event.countries]) expect(link.startDate.toISOString().slice(0, 10)).toBe("2024-03-03");
    expect(event.sources).toHaveLength(3);

    const days = await test.db.eventDayCount.findMany({ where: { count: { not: 0 } } });
    expect(days.map((d) => [d.day.toISOString().slice(0, 10), d.count])).toEqual([["2024-03-03", 1]]);
    const countryDays = await test.db.eventCountryDayCount.findMany({ where: { count: { not: 0 } }, orderBy: { countryCode: "asc" } });
    expect(countryDays.map((d) => [d.countryCode, d.day.toISOString().slice(0, 10), d.count])).toEqual([
      ["KP", "2024-03-03", 1],
      ["RU", "2024-03-03", 1],
    ]);
  });

  it("adds the spellings a file brings to an actor already stored", async () => {
    const day = { start: "2025-01-10", end: null, precision: "day" as const, certainty: "stated" as const, phrase: "10 يناير" };
    const respelled = { ...lavrov, variants: ["سيرجي لافروف"] };
    await storeFileExtraction(test.db, "c.txt", file("c.txt", (i) => [{ ...talks(day, [respelled], i, "نص c.txt"), countries: ["RU"] }]));
    const actor = await test.db.actor.findUniqueOrThrow({ where: { name: "Sergey Lavrov" } });
    expect(actor.variants).toEqual(expect.arrayContaining(["لافروف", "سيرجي لافروف"]));
    expect(await test.db.actor.count({ where: { name: "Sergey Lavrov" } })).toBe(1);
  });
});

describe("ingesting a run of files", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  // Each file's write carries the next file's read, which can't see that write: the store adds it.
  it("merges a report into the event the file just before it created, in the same run", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sijill-run-"));
    await writeFile(
      path.join(dir, "a.txt"),
      `وزير الخارجية المصري يستقبل نظيره الأردني في القاهرة\nتاريخ النشر: 3 مارس 2024\nاستقبل وزير الخارجية المصري سامح شكري، اليوم الأحد، نظيره الأردني أيمن الصفدي في العاصمة القاهرة، حيث بحث الوزيران تطورات الأوضاع في قطاع غزة.\n`,
    );
    await writeFile(
      path.join(dir, "b.txt"),
      `الصفدي: محادثات القاهرة بحثت التهدئة في غزة\nتاريخ النشر: 4 مارس 2024\nقال وزير الخارجية الأردني أيمن الصفدي إن محادثاته مع وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد 3 مارس تناولت جهود التهدئة في قطاع غزة.\n`,
    );
    const summary = await ingestPaths(test.db, [dir], { today: new Date("2026-11-22T12:00:00Z") });
    expect(summary).toMatchObject({ files: 2, articlesAdded: 2, skipped: [] });
    expect(summary.eventsMerged).toBeGreaterThan(0);
    const talks = await test.db.event.findMany({ where: { startDate: new Date("2024-03-03") }, include: { sources: { include: { article: true } } } });
    expect(talks).toHaveLength(1);
    expect(new Set(talks[0].sources.map((source) => source.article.sourceFile))).toEqual(new Set(["a.txt", "b.txt"]));
  });
});
