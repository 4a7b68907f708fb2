import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { extractTexts } from "@/lib/ingest/pipeline";
import { ensureCountries, storeFileExtraction } from "@/lib/ingest/store/write";
import { createTestDatabase, type TestDatabase } from "../support/database";

const today = new Date("2026-11-22T12:00:00Z");

// Written for this test: an outlet, people and dates the seed articles don't have.
const meetingArticle = `وزير الخارجية المصري يستقبل نظيره الأردني في القاهرة
تاريخ النشر: 3 مارس 2024
استقبل وزير الخارجية المصري سامح شكري، اليوم الأحد، نظيره الأردني أيمن الصفدي في العاصمة القاهرة، حيث بحث الوزيران تطورات الأوضاع في قطاع غزة.
وأكد الوزيران خلال المحادثات ضرورة وقف إطلاق النار بشكل فوري.
المصدر: وكالة أنباء الشرق الأوسط
`;

const followUpArticle = `الصفدي: محادثات القاهرة بحثت التهدئة في غزة
تاريخ النشر: 4 مارس 2024
قال وزير الخارجية الأردني أيمن الصفدي إن محادثاته مع وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد 3 مارس تناولت جهود التهدئة في قطاع غزة.
المصدر: بترا
`;

async function writeInputs(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sijill-ingest-"));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

describe("ingesting files into the database", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("reports empty, binary and non-Arabic files by name, skips them and ingests the rest", async () => {
    const dir = await writeInputs({
      "a-meeting.txt": meetingArticle,
      "b-empty.txt": "",
      "c-binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      "d-english.txt": "Foreign ministers met in Cairo on Sunday to discuss a ceasefire in Gaza. ".repeat(5),
    });
    const summary = await ingestPaths(test.db, [dir], { today });
    expect(summary.skipped.map((problem) => problem.file).sort()).toEqual(["b-empty.txt", "c-binary.txt", "d-english.txt"]);
    expect(summary.articlesAdded).toBe(1);
    const article = await test.db.article.findFirstOrThrow({ where: { sourceFile: "a-meeting.txt" } });
    expect(article.body).toContain("استقبل وزير الخارجية المصري سامح شكري");
    expect(article.publishedOn?.toISOString().slice(0, 10)).toBe("2024-03-03");
    expect(await test.db.event.count()).toBeGreaterThan(0);
  });

  it("adds a second report of the same meeting as a source of the stored event, not as a new event", async () => {
    const before = await test.db.event.count();
    const dir = await writeInputs({ "e-follow-up.txt": followUpArticle });
    const summary = await ingestPaths(test.db, [dir], { today });
    expect(summary.eventsMerged).toBeGreaterThan(0);
    const talks = await test.db.event.findMany({
      where: { startDate: new Date("2024-03-03"), sources: { some: { article: { sourceFile: "e-follow-up.txt" } } } },
      include: { sources: { include: { article: true } } },
    });
    expect(talks).toHaveLength(1);
    expect(new Set(talks[0].sources.map((source) => source.article.sourceFile))).toEqual(new Set(["a-meeting.txt", "e-follow-up.txt"]));
    expect(await test.db.event.count()).toBe(before + summary.eventsAdded);
  });

  it("stores evidence offsets that point at the evidence sentence in the article body", async () => {
    const sources = await test.db.eventSource.findMany({ include: { article: true } });
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.article.body.slice(source.evidenceStart, source.evidenceEnd)).toBe(source.evidence);
    }
  });

  it("leaves nothing of a file behind when storing it fails half-way", async () => {
    await ensureCountries(test.db);
    const result = extractTexts([{ file: "f-broken.txt", text: meetingArticle.replace("القاهرة\n", "القاهرة (نسخة ثانية)\n") }], { today });
    expect(result.events.length).toBeGreaterThan(0);
    // A country code the database doesn't know makes the last write of the file fail.
    result.events[result.events.length - 1].countries.push("ZZ");
    const articlesBefore = await test.db.article.count();
    const eventsBefore = await test.db.event.count();
    await expect(storeFileExtraction(test.db, "f-broken.txt", result)).rejects.toThrow();
    expect(await test.db.article.count()).toBe(articlesBefore);
    expect(await test.db.event.count()).toBe(eventsBefore);
  });

  it("changes nothing when the same files are ingested again", async () => {
    const dir = await writeInputs({ "a-meeting.txt": meetingArticle, "e-follow-up.txt": followUpArticle });
    const counts = async () => [await test.db.article.count(), await test.db.event.count(), await test.db.eventSource.count()];
    const before = await counts();
    const summary = await ingestPaths(test.db, [dir], { today });
    expect(summary.articlesAdded).toBe(0);
    expect(summary.articlesKnown).toBe(2);
    expect(await counts()).toEqual(before);
  });
});
