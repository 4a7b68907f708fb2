// Links, files and feeds through the real job queue (pg-boss) and real workers, against the test
// site on 127.0.0.1 and a database of their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestTargets } from "@/lib/sources/ingest-targets";
import { reextractDocuments } from "@/lib/ingest/store/reextract";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { addFeed, addFiles, addLinks } from "@/lib/sources/add";
import type { FetchLimits } from "@/lib/sources/fetch";
import { dueFeeds, pollFeed } from "@/lib/sources/process";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { encodeWindows1256, PAGES, startTestSite, type TestSite } from "../support/test-site";

const limits: FetchLimits = { timeoutMs: 1_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3, allowPrivate: true };
const today = new Date("2026-11-01T12:00:00Z");
const FINAL = ["stored", "unchanged", "failed"];

async function settle(test: TestDatabase, ids: number[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sources = await test.db.source.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    if (sources.length === ids.length && sources.every((source) => FINAL.includes(source.state))) return sources;
    if (Date.now() > deadline) throw new Error(`sources still under way: ${JSON.stringify(sources.map((s) => [s.url ?? s.fileName, s.state, s.error]))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("sources through the job queue", () => {
  let test: TestDatabase;
  let site: TestSite;
  let worker: RunningWorker;
  beforeAll(async () => {
    [test, site] = await Promise.all([createTestDatabase(), startTestSite()]);
    worker = await startWorker({ databaseUrl: test.url, limits, today, pollingIntervalSeconds: 0.5, schedule: false, concurrency: 3 });
  });
  afterAll(async () => {
    await worker?.stop();
    await site.close();
    await test.drop();
  });

  it("fetches links into articles and events, and says why each failure failed", async () => {
    const urls = ["cairo", "ankara", "missing", "image.html"].map((path) => `${site.url}/${path.includes(".") || path === "missing" ? path : `news/${path}`}`);
    urls.push(`${site.url}/loop/a`);
    const ids = await addLinks(test.db, worker.boss, urls, null);
    const sources = await settle(test, ids);
    const byUrl = new Map(sources.map((source) => [source.url, source]));
    expect(byUrl.get(`${site.url}/news/cairo`)).toMatchObject({ state: "stored", articlesAdded: 1 });
    expect(byUrl.get(`${site.url}/news/ankara`)).toMatchObject({ state: "stored", articlesAdded: 1 });
    expect(byUrl.get(`${site.url}/missing`)).toMatchObject({ state: "failed", error: "the server answered 404 Not Found" });
    expect(byUrl.get(`${site.url}/image.html`)).toMatchObject({ state: "failed", error: "the server called it text/html but sent a PNG image" });
    expect(byUrl.get(`${site.url}/loop/a`)?.error).toMatch(/more than 3 redirects/);

    const cairo = await test.db.article.findUniqueOrThrow({ where: { id: byUrl.get(`${site.url}/news/cairo`)!.articleId! }, include: { document: true } });
    expect(cairo.publishedOn?.toISOString().slice(0, 10)).toBe("2024-03-03");
    expect(cairo.document).toMatchObject({ url: `${site.url}/news/cairo`, etag: '"cairo-v1"', httpStatus: 200 });
    const ankara = await test.db.article.findFirstOrThrow({ where: { url: `${site.url}/news/ankara` }, include: { document: true, sources: { include: { event: true } } } });
    expect(ankara.document?.contentType).toBe("text/html");
    expect(ankara.sources.map((source) => source.event.startDate.toISOString().slice(0, 10))).toContain("2024-05-12");
  });

  it("re-adding a link asks the site with its validators: an unchanged page is a 304 and stores nothing twice", async () => {
    const before = await test.db.event.count();
    const hits = site.hits.get("/news/cairo") ?? 0;
    const [id] = await addLinks(test.db, worker.boss, [`${site.url}/news/cairo`], null);
    const [source] = await settle(test, [id]);
    expect(source.state).toBe("unchanged");
    expect(site.hits.get("/news/cairo")).toBe(hits + 1);
    expect(await test.db.event.count()).toBe(before);
  });

  it("reads uploaded files: an HTML page is stored, a text file that is not Arabic fails with the reason", async () => {
    const ids = await addFiles(test.db, worker.boss, [
      { name: "paris.html", bytes: Buffer.from(PAGES.paris), contentType: "text/html" },
      { name: "notes.txt", bytes: Buffer.from("hello"), contentType: "text/plain" },
    ], null);
    const [paris, notes] = await settle(test, ids);
    expect(paris).toMatchObject({ state: "stored", articlesAdded: 1 });
    expect(paris.eventsAdded + paris.eventsMerged).toBeGreaterThan(0);
    expect(notes).toMatchObject({ state: "failed", error: "Not Arabic text (too few Arabic letters)" });
  });
});

describe("feeds", () => {
  let test: TestDatabase;
  let site: TestSite;
  const workers: RunningWorker[] = [];
  beforeAll(async () => {
    [test, site] = await Promise.all([createTestDatabase(), startTestSite()]);
    for (let i = 0; i < 2; i++) workers.push(await startWorker({ databaseUrl: test.url, limits, today, pollingIntervalSeconds: 0.5, schedule: false }));
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await site.close();
    await test.drop();
  });

  it("two workers polling the same feed at once store each article once", async () => {
    const feed = await test.db.feed.create({ data: { url: `${site.url}/feeds/rss.xml`, everyMinutes: 30 } });
    const polls = await Promise.all(workers.map((worker) => pollFeed({ db: worker.db, boss: worker.boss, limits, today }, feed.id)));
    expect(polls.map((poll) => poll.itemsNew).sort()).toEqual([0, 2]);
    const items = await test.db.source.findMany({ where: { feedId: feed.id } });
    expect(items).toHaveLength(2);
    await settle(test, items.map((item) => item.id));
    expect(site.hits.get("/news/paris")).toBe(1);
    expect(site.hits.get("/news/beijing")).toBe(1);
    expect(await test.db.article.count()).toBe(2);
    const events = await test.db.event.findMany({ select: { title: true, startDate: true } });
    expect(new Set(events.map((event) => `${event.title}|${event.startDate.toISOString()}`)).size).toBe(events.length);
    expect(await test.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ itemsSeen: 2, articlesAdded: 2, lastError: null, title: "موقع الاختبار: سياسة" });
  });

  it("polls each feed on its own schedule", async () => {
    const fresh = await test.db.feed.create({ data: { url: `${site.url}/feeds/never-polled.xml`, everyMinutes: 60 } });
    const recent = await test.db.feed.create({ data: { url: `${site.url}/feeds/recent.xml`, everyMinutes: 60, lastPolledAt: new Date(Date.now() - 30 * 60_000) } });
    const overdue = await test.db.feed.create({ data: { url: `${site.url}/feeds/overdue.xml`, everyMinutes: 60, lastPolledAt: new Date(Date.now() - 61 * 60_000) } });
    const due = await dueFeeds(test.db);
    expect(due).toEqual(expect.arrayContaining([fresh.id, overdue.id]));
    expect(due).not.toContain(recent.id);
    await test.db.feed.deleteMany({ where: { id: { in: [fresh.id, recent.id, overdue.id] } } });
  });

  it("adds an Atom feed through the queue and polls it at once; a feed that isn't one says so", async () => {
    const atomId = await addFeed(test.db, workers[0].boss, `${site.url}/feeds/atom.xml`, 60, null);
    const deadline = Date.now() + 30_000;
    while ((await test.db.source.count({ where: { feedId: atomId, state: "stored" } })) < 2) {
      if (Date.now() > deadline) throw new Error("the Atom feed's items were not stored");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const ankara = await test.db.article.findFirstOrThrow({ where: { url: `${site.url}/news/ankara` } });
    expect(ankara.title).toBe("أردوغان يستقبل وانغ يي في أنقرة");

    const broken = await test.db.feed.create({ data: { url: `${site.url}/missing` } });
    await expect(pollFeed({ db: test.db, boss: workers[0].boss, limits }, broken.id)).rejects.toThrow("404");
    expect((await test.db.feed.findUniqueOrThrow({ where: { id: broken.id } })).lastError).toBe("the server answered 404 Not Found");
  });
});

describe("ingest and reextract from the command line's functions", () => {
  let test: TestDatabase;
  let site: TestSite;
  beforeAll(async () => {
    [test, site] = await Promise.all([createTestDatabase(), startTestSite()]);
  });
  afterAll(async () => {
    await site.close();
    await test.drop();
  });

  it("ingests URLs and files together, one failure never stopping the rest", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = await mkdtemp(path.join(tmpdir(), "sijill-targets-"));
    await writeFile(path.join(dir, "ankara.html"), encodeWindows1256(PAGES.ankara));
    const summary = await ingestTargets(test.db, [`${site.url}/news/cairo`, `${site.url}/hang`, dir, path.join(dir, "nothing.txt")], { limits, today });
    expect(summary.items).toBe(3);
    expect(summary.articlesAdded).toBe(2);
    expect(summary.skipped).toEqual([
      { file: "nothing.txt", message: "File not found or not readable" },
      { file: `${site.url}/hang`, message: "no answer within 1 s" },
    ]);
    expect(await test.db.document.count()).toBe(2);
  });

  it("re-extracts every kept document: nothing changes when the pipeline reads them as before", async () => {
    const before = await test.db.event.findMany({ orderBy: { id: "asc" } });
    const summary = await reextractDocuments(test.db, { today });
    expect(summary).toMatchObject({ documents: 2, replaced: 0, unchanged: 2, eventsRemoved: 0 });
    expect(await test.db.event.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("replaces what an older pipeline derived, never duplicating an event, and is idempotent", async () => {
    const article = await test.db.article.findFirstOrThrow({ where: { url: `${site.url}/news/cairo` } });
    const realEvents = await test.db.event.count();
    // Replacing the article removes the events only it reports; the same events come back from the new run.
    const onlyHere = await test.db.event.count({ where: { sources: { every: { articleId: article.id } } } });
    // What an older pipeline might have left: an event the current one doesn't find, sourced only here.
    const stale = await test.db.event.create({
      data: {
        kind: "talks", title: "حدث قديم خاطئ", startDate: new Date("2030-11-05"), endDate: new Date("2030-11-05"), precision: "day",
        certainty: "inferred", datePhrase: "الثلاثاء 5 نوفمبر 2030", summary: "", searchText: "حدث قديم خاطئ",
        sources: { create: { articleId: article.id, evidence: "x", evidenceStart: 0, evidenceEnd: 1 } },
      },
    });
    await test.db.document.update({ where: { id: article.documentId! }, data: { extractedHash: "older pipeline" } });

    const summary = await reextractDocuments(test.db, { today });
    expect(summary).toMatchObject({ documents: 2, replaced: 1, unchanged: 1, eventsRemoved: onlyHere + 1 });
    expect(await test.db.event.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await test.db.event.count()).toBe(realEvents);
    const again = await test.db.article.findFirstOrThrow({ where: { url: `${site.url}/news/cairo` }, include: { sources: true } });
    expect(again.documentId).toBe(article.documentId);
    expect(again.sources.length).toBeGreaterThan(0);

    expect(await reextractDocuments(test.db, { today })).toMatchObject({ replaced: 0, unchanged: 2 });
    expect(await test.db.event.count()).toBe(realEvents);
  });
});
