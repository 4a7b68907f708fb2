// Writes a synthetic corpus with COPY FROM STDIN, and removes it again. Every row it writes has
// origin 'synth'; it never updates or deletes a row it did not create.
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createPrismaClient } from "@/lib/db";
import { gazetteer } from "@/lib/ingest/entities/gazetteer";
import { ensureCountries } from "@/lib/ingest/store/write";
import { createCorpus, type SynthActor, type SynthBatch } from "@/lib/synth/corpus";

export interface SynthProgress {
  events: number;
  articles: number;
  total: number;
  elapsedMs: number;
}

export interface SynthOptions {
  events: number;
  seed: number;
  actors?: number;
  batchSize?: number;
  onProgress?: (progress: SynthProgress) => void;
}

export interface SynthReport {
  events: number;
  articles: number;
  actors: number;
  sources: number;
  elapsedMs: number;
  /** Whether triggers and foreign-key checks were switched off for the load (superuser only). */
  bulkMode: boolean;
}

// ── COPY text format ────────────────────────────────────────────────────────────────────────────

function text(value: string | null): string {
  if (value === null) return "\\N";
  return value.replace(/[\\\n\r\t]/g, (ch) => (ch === "\\" ? "\\\\" : ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : "\\t"));
}

function textArray(values: string[]): string {
  return text(`{${values.map((value) => `"${value.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(",")}}`);
}

function row(values: (string | number | boolean | null)[]): string {
  return `${values.map((value) => (typeof value === "string" || value === null ? text(value) : String(value))).join("\t")}\n`;
}

async function copyRows(client: pg.PoolClient | pg.Client, table: string, columns: string[], lines: Iterable<string>) {
  const sql = `COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`;
  // Rows are joined into ~1 MB chunks: one write per row would cost more than the row.
  function* chunks() {
    let chunk = "";
    for (const line of lines) {
      chunk += line;
      if (chunk.length > 1_000_000) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  const t0 = performance.now();
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
  if (process.env.SYNTH_TRACE) console.log(`  COPY ${table}: ${Math.round(performance.now() - t0)} ms`);
}

// ── Loading ─────────────────────────────────────────────────────────────────────────────────────

async function isSuperuser(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
  return rows[0]?.rolsuper === true;
}

/** The highest id the table's sequence has handed out or the table holds. */
async function lastId(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ last: string }>(
    `SELECT GREATEST((SELECT coalesce(max(id), 0) FROM "${table}"),
       (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM "${table}_id_seq")) AS last`,
  );
  return Number(rows[0].last);
}

/** Canonical actor names must be unique: a synthetic name an existing actor already has gets a suffix. */
async function uniqueActorNames(client: pg.Client, actors: SynthActor[]): Promise<SynthActor[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM "Actor" WHERE name = ANY($1)`, [actors.map((actor) => actor.name)]);
  const taken = new Set(rows.map((r) => r.name));
  return actors.map((actor) => (taken.has(actor.name) ? { ...actor, name: `${actor.name} (synth)` } : actor));
}

/** Adds a corpus to the database at `url` (events, articles, actors and their links) in one transaction. */
export async function writeCorpus(url: string, options: SynthOptions): Promise<SynthReport> {
  const started = performance.now();
  const db = createPrismaClient(url);
  try {
    await ensureCountries(db);
  } finally {
    await db.$disconnect();
  }
  const corpus = createCorpus({ events: options.events, seed: options.seed, actors: options.actors, batchSize: options.batchSize, gazetteer: gazetteer() });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const report: SynthReport = { events: 0, articles: 0, actors: 0, sources: 0, elapsedMs: 0, bulkMode: false };
  try {
    report.bulkMode = await isSuperuser(client);
    await client.query("BEGIN");
    // Replica mode skips row triggers (the per-day counts, added below in one statement) and
    // foreign-key checks (the rows are consistent by construction): several times faster.
    if (report.bulkMode) await client.query("SET LOCAL session_replication_role = replica");
    await client.query("SET LOCAL synchronous_commit = off");
    // Trigram (GIN) index entries gather in a pending list and are merged in large sorted runs.
    await client.query("SET LOCAL gin_pending_list_limit = '256MB'");
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query("SET LOCAL maintenance_work_mem = '1GB'");
    // Writers wait (readers don't) so that the id ranges taken below stay this load's own.
    await client.query(`LOCK TABLE "Actor", "Article", "Event" IN EXCLUSIVE MODE`);
    const actorBase = await lastId(client, "Actor");
    const articleBase = await lastId(client, "Article");
    const eventBase = await lastId(client, "Event");

    const actors = await uniqueActorNames(client, corpus.actors);
    await copyRows(
      client,
      "Actor",
      ["id", "name", "nameAr", "kind", "countryCode", "variants", "matchKeys", "role", "origin"],
      actors.map((actor, i) =>
        [
          actorBase + 1 + i, text(actor.name), text(actor.nameAr), actor.kind, text(actor.countryCode),
          textArray(actor.variants), textArray(actor.matchKeys), text(actor.role), "synth",
        ].join("\t") + "\n",
      ),
    );
    report.actors = actors.length;

    for (const batch of corpus.batches()) {
      await writeBatch(client, batch, { actorBase, articleBase, eventBase });
      report.events += batch.events.length;
      report.articles += batch.articles.length;
      report.sources += batch.sources.length;
      options.onProgress?.({ events: report.events, articles: report.articles, total: options.events, elapsedMs: performance.now() - started });
    }

    if (report.bulkMode) {
      await client.query(
        `INSERT INTO "EventDayCount" ("day", "count")
         SELECT "startDate", count(*) FROM "Event" WHERE id > $1 AND id <= $2 GROUP BY 1
         ON CONFLICT ("day") DO UPDATE SET "count" = "EventDayCount"."count" + excluded."count"`,
        [eventBase, eventBase + report.events],
      );
      await client.query(
        `INSERT INTO "EventCountryDayCount" ("countryCode", "day", "count")
         SELECT "countryCode", "startDate", count(*) FROM "EventCountry" WHERE "eventId" > $1 AND "eventId" <= $2 GROUP BY 1, 2
         ON CONFLICT ("countryCode", "day") DO UPDATE SET "count" = "EventCountryDayCount"."count" + excluded."count"`,
        [eventBase, eventBase + report.events],
      );
      await client.query(
        `INSERT INTO "EventActorCount" ("actorId", "count")
         SELECT "actorId", count(*) FROM "EventActor" WHERE "eventId" > $1 AND "eventId" <= $2 GROUP BY 1
         ON CONFLICT ("actorId") DO UPDATE SET "count" = "EventActorCount"."count" + excluded."count"`,
        [eventBase, eventBase + report.events],
      );
      await client.query(
        `INSERT INTO "EventCountryCount" ("countryCode", "count")
         SELECT "countryCode", count(*) FROM "EventCountry" WHERE "eventId" > $1 AND "eventId" <= $2 GROUP BY 1
         ON CONFLICT ("countryCode") DO UPDATE SET "count" = "EventCountryCount"."count" + excluded."count"`,
        [eventBase, eventBase + report.events],
      );
    }
    for (const [table, last] of [["Actor", actorBase + report.actors], ["Article", articleBase + report.articles], ["Event", eventBase + report.events]] as const) {
      await client.query(`SELECT setval('"${table}_id_seq"', $1::bigint, true)`, [Math.max(1, last)]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await vacuum(url);
  report.elapsedMs = performance.now() - started;
  return report;
}

interface IdBases {
  actorBase: number;
  articleBase: number;
  eventBase: number;
}

async function writeBatch(client: pg.Client, batch: SynthBatch, { actorBase, articleBase, eventBase }: IdBases) {
  await copyRows(
    client,
    "Article",
    ["id", "title", "outlet", "agency", "url", "body", "keywords", "publishedOn", "publishedPrecision", "publishedCertainty", "publishedPhrase", "contentHash", "searchText", "origin"],
    batch.articles.map((article, i) =>
      [
        articleBase + 1 + batch.firstArticle + i,
        text(article.title),
        text(article.outlet),
        text(article.agency),
        text(article.url),
        text(article.body),
        textArray(article.keywords),
        article.publishedOn,
        "day",
        "stated",
        text(article.publishedPhrase),
        article.contentHash,
        text(article.searchText),
        "synth",
      ].join("\t") + "\n",
    ),
  );
  await copyRows(
    client,
    "Event",
    ["id", "kind", "title", "startDate", "endDate", "hasEnd", "precision", "certainty", "datePhrase", "place", "summary", "searchText", "origin"],
    batch.events.map((event, i) =>
      row([
        eventBase + 1 + batch.firstEvent + i, event.kind, event.title, event.startDate, event.endDate, event.hasEnd,
        event.precision, event.certainty, event.datePhrase, event.place, event.summary, event.searchText, "synth",
      ]),
    ),
  );
  await copyRows(
    client,
    "EventSource",
    ["eventId", "articleId", "evidence", "evidenceStart", "evidenceEnd"],
    batch.sources.map((source) =>
      row([eventBase + 1 + source.event, articleBase + 1 + source.article, source.evidence, source.evidenceStart, source.evidenceEnd]),
    ),
  );
  await copyRows(
    client,
    "EventActor",
    ["eventId", "actorId", "startDate"],
    batch.events.flatMap((event, i) => event.actors.map((actor) => `${eventBase + 1 + batch.firstEvent + i}\t${actorBase + 1 + actor}\t${event.startDate}\n`)),
  );
  await copyRows(
    client,
    "EventCountry",
    ["eventId", "countryCode", "startDate"],
    batch.events.flatMap((event, i) => event.countries.map((code) => `${eventBase + 1 + batch.firstEvent + i}\t${code}\t${event.startDate}\n`)),
  );
}

/** Visibility map and statistics: index-only scans and good plans right after a bulk load. */
async function vacuum(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const table of ["Event", "EventActor", "EventCountry", "EventSource", "Article", "Actor", "EventDayCount", "EventCountryDayCount", "EventActorCount", "EventCountryCount"]) {
      await client.query(`VACUUM (ANALYZE) "${table}"`);
    }
  } finally {
    await client.end();
  }
}

// ── Removal ─────────────────────────────────────────────────────────────────────────────────────

export interface SynthRemoval {
  events: number;
  articles: number;
  actors: number;
}

/** Deletes every synthetic row and its link rows; ingested rows are left as they are. */
export async function removeSynth(url: string): Promise<SynthRemoval> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const bulk = await isSuperuser(client);
    await client.query("BEGIN");
    if (bulk) {
      // Triggers (counts, cascades) are off in replica mode: subtract the counts and delete the links here.
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query(`UPDATE "EventDayCount" d SET "count" = d."count" - s.n
        FROM (SELECT "startDate" AS day, count(*) AS n FROM "Event" WHERE origin = 'synth' GROUP BY 1) s WHERE d."day" = s.day`);
      await client.query(`UPDATE "EventCountryDayCount" d SET "count" = d."count" - s.n
        FROM (SELECT ec."countryCode" AS code, ec."startDate" AS day, count(*) AS n
              FROM "EventCountry" ec JOIN "Event" e ON e.id = ec."eventId" WHERE e.origin = 'synth' GROUP BY 1, 2) s
        WHERE d."countryCode" = s.code AND d."day" = s.day`);
      await client.query(`UPDATE "EventActorCount" d SET "count" = d."count" - s.n
        FROM (SELECT ea."actorId" AS actor, count(*) AS n FROM "EventActor" ea
              WHERE ea."eventId" IN (SELECT id FROM "Event" WHERE origin = 'synth')
                 OR ea."actorId" IN (SELECT id FROM "Actor" WHERE origin = 'synth') GROUP BY 1) s
        WHERE d."actorId" = s.actor`);
      await client.query(`UPDATE "EventCountryCount" d SET "count" = d."count" - s.n
        FROM (SELECT ec."countryCode" AS code, count(*) AS n
              FROM "EventCountry" ec JOIN "Event" e ON e.id = ec."eventId" WHERE e.origin = 'synth' GROUP BY 1) s
        WHERE d."countryCode" = s.code`);
      await client.query(`DELETE FROM "EventSource" WHERE "eventId" IN (SELECT id FROM "Event" WHERE origin = 'synth')
        OR "articleId" IN (SELECT id FROM "Article" WHERE origin = 'synth')`);
      await client.query(`DELETE FROM "EventActor" WHERE "eventId" IN (SELECT id FROM "Event" WHERE origin = 'synth')
        OR "actorId" IN (SELECT id FROM "Actor" WHERE origin = 'synth')`);
      await client.query(`DELETE FROM "EventCountry" WHERE "eventId" IN (SELECT id FROM "Event" WHERE origin = 'synth')`);
    }
    const events = await client.query(`DELETE FROM "Event" WHERE origin = 'synth'`);
    const articles = await client.query(`DELETE FROM "Article" WHERE origin = 'synth'`);
    const actors = await client.query(`DELETE FROM "Actor" WHERE origin = 'synth'`);
    await client.query(`DELETE FROM "EventDayCount" WHERE "count" = 0`);
    await client.query(`DELETE FROM "EventCountryDayCount" WHERE "count" = 0`);
    await client.query(`DELETE FROM "EventActorCount" WHERE "count" = 0`);
    await client.query(`DELETE FROM "EventCountryCount" WHERE "count" = 0`);
    await client.query("COMMIT");
    return { events: events.rowCount ?? 0, articles: articles.rowCount ?? 0, actors: actors.rowCount ?? 0 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
