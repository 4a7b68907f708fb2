// Writes extracted articles and events to the database: one statement per input file, the same
// text never stored twice (content hash), and a happening already stored gains sources instead of
// becoming a second event.
//
// A file costs two round trips whatever it holds: one read (read.ts), then the file's every write
// as one statement of data-modifying CTEs fed by JSON arrays — a statement is atomic, so a failure
// anywhere leaves nothing of the file behind. Which event merges into which is decided in memory
// in between (plan.ts). Both statements go through the pg driver itself: Prisma's own cost per
// statement was a third of the time per file.
import type pg from "pg";
import { driverPool, type Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { gazetteer } from "@/lib/ingest/entities/gazetteer";
import { planFile, withEffects, type FileOutcome, type FilePlan, type FileWrites } from "@/lib/ingest/store/plan";
import { fileRequest, readForFile, readItems, runNamed, type Connection, type FileRead, type FileRequest } from "@/lib/ingest/store/read";
import type { ExtractionResult } from "@/lib/ingest/types";

export type { FileOutcome } from "@/lib/ingest/store/plan";

/** Every gazetteer country, so events can link to any of them. Cheap when already there. */
export async function ensureCountries(db: Database): Promise<void> {
  const { countries } = gazetteer();
  const stored = await db.country.count();
  if (stored >= countries.length) return;
  await db.country.createMany({
    data: countries.map((country) => ({
      code: country.code,
      nameAr: country.ar,
      nameEn: country.en,
      variants: [...new Set([...country.variants, ...country.adjectives])],
    })),
    skipDuplicates: true,
  });
}

/** A plan's rows as data-modifying CTEs. */
function writeCtes(w: FileWrites): Prisma.Sql {
  const json = (rows: unknown) => JSON.stringify(rows);
  return Prisma.sql`
    new_actors AS (
      INSERT INTO "Actor" (name, "nameAr", kind, "countryCode", variants, "matchKeys", role)
      SELECT name, "nameAr", kind, "countryCode", variants, "matchKeys", role
      FROM json_to_recordset(${json(w.newActors)}::json) AS x(name text, "nameAr" text, kind "ActorKind", "countryCode" text, variants text[], "matchKeys" text[], role text)
      RETURNING id, name),
    grown_actors AS (
      UPDATE "Actor" ac SET variants = x.variants, "matchKeys" = x."matchKeys"
      FROM json_to_recordset(${json(w.grownActors)}::json) AS x(id int, variants text[], "matchKeys" text[]) WHERE ac.id = x.id),
    actor_ids AS (
      SELECT id, name FROM new_actors
      UNION ALL SELECT id, name FROM "Actor" WHERE name = ANY(${w.actorNames}::text[])),
    articles AS (
      INSERT INTO "Article" (id, title, outlet, agency, url, body, keywords, "publishedOn", "publishedPrecision", "publishedCertainty",
        "publishedPhrase", "sourceFile", "parentId", "contentHash", "searchText")
      SELECT * FROM json_to_recordset(${json(w.articles)}::json) AS x(id int, title text, outlet text, agency text, url text, body text,
        keywords text[], "publishedOn" date, "publishedPrecision" "DatePrecision", "publishedCertainty" "DateCertainty",
        "publishedPhrase" text, "sourceFile" text, "parentId" int, "contentHash" text, "searchText" text)),
    events AS (
      INSERT INTO "Event" (id, kind, title, "titleEn", "startDate", "endDate", "hasEnd", precision, certainty, "datePhrase", place, summary, "searchText")
      SELECT * FROM json_to_recordset(${json(w.events)}::json) AS x(id int, kind text, title text, "titleEn" text, "startDate" date,
        "endDate" date, "hasEnd" boolean, precision "DatePrecision", certainty "DateCertainty", "datePhrase" text, place text,
        summary text, "searchText" text)),
    updated AS (
      UPDATE "Event" e SET kind = x.kind, title = x.title, place = x.place, "startDate" = x."startDate", "endDate" = x."endDate",
        "hasEnd" = x."hasEnd", precision = x.precision, certainty = x.certainty, "datePhrase" = x."datePhrase"
      FROM json_to_recordset(${json(w.updated)}::json) AS x(id int, kind text, title text, place text, "startDate" date, "endDate" date,
        "hasEnd" boolean, precision "DatePrecision", certainty "DateCertainty", "datePhrase" text)
      WHERE e.id = x.id),
    redated_actors AS (
      UPDATE "EventActor" ea SET "startDate" = x."startDate"
      FROM json_to_recordset(${json(w.updated)}::json) AS x(id int, "startDate" date) WHERE ea."eventId" = x.id AND ea."startDate" <> x."startDate"),
    redated_countries AS (
      UPDATE "EventCountry" ec SET "startDate" = x."startDate"
      FROM json_to_recordset(${json(w.updated)}::json) AS x(id int, "startDate" date) WHERE ec."eventId" = x.id AND ec."startDate" <> x."startDate"),
    sources AS (
      INSERT INTO "EventSource" ("eventId", "articleId", evidence, "evidenceStart", "evidenceEnd")
      SELECT * FROM json_to_recordset(${json(w.sources)}::json) AS x("eventId" int, "articleId" int, evidence text, "evidenceStart" int, "evidenceEnd" int)
      ON CONFLICT DO NOTHING),
    actor_links AS (
      INSERT INTO "EventActor" ("eventId", "actorId", "startDate")
      SELECT x."eventId", a.id, x."startDate"
      FROM json_to_recordset(${json(w.actorLinks)}::json) AS x("eventId" int, name text, "startDate" date) JOIN actor_ids a ON a.name = x.name
      ON CONFLICT DO NOTHING),
    country_links AS (
      INSERT INTO "EventCountry" ("eventId", "countryCode", "startDate")
      SELECT * FROM json_to_recordset(${json(w.countryLinks)}::json) AS x("eventId" int, "countryCode" text, "startDate" date)
      ON CONFLICT DO NOTHING)`;
}

/**
 * The file's write, as one statement: the CTEs do every insert and update, and the statement
 * returns the ids of the actors it created — plus, when `next` is given, the next file's read, so
 * a run of files costs one round trip per file. That read sees the database as it was before this
 * write (one snapshot per statement); withEffects() adds what the write changed.
 */
function writeStatement(writes: FileWrites, next: FileRequest | null): Prisma.Sql {
  return Prisma.sql`WITH ${writeCtes(writes)}
    SELECT (SELECT coalesce(json_agg(json_build_array(id, name)), '[]') FROM new_actors) AS "createdActors"
    ${next ? Prisma.sql`, ${readItems(next)}` : Prisma.empty}`;
}

/** Stores one file's extraction (its articles and the events they report) atomically. */
export async function storeFileExtraction(db: Database, file: string, result: ExtractionResult): Promise<FileOutcome> {
  const conn = driverPool(db);
  const request = fileRequest(result);
  const plan = planFile(file, result, request, await readForFile(conn, request));
  if (plan.writes) await runNamed(conn, "sijill_store_write", writeStatement(plan.writes, null));
  return plan.outcome;
}

/**
 * Stores a run of files in order over one connection, one round trip per file: each file's write
 * carries the next file's read (writeStatement), and `meanwhile` runs while PostgreSQL works —
 * ingestPaths extracts the file after next there.
 */
export class FileStoreRun {
  private pending: { result: ExtractionResult; request: FileRequest; read: FileRead } | null = null;

  constructor(private readonly conn: Connection) {}

  /** Works out what a coming file will ask of the database (normalised text, hashes): CPU, so best done while waiting for it. */
  prepare(result: ExtractionResult | null): void {
    if (result && result.articles.length > 0) fileRequest(result);
  }

  /** Stores `result` (null: the file has nothing to store) and reads for `next`; throws if the file is not stored. */
  async store(file: string, result: ExtractionResult | null, next: ExtractionResult | null, meanwhile: () => void): Promise<FileOutcome | null> {
    let plan: FilePlan | null = null;
    if (result) {
      const pending = this.pending?.result === result ? this.pending : null;
      const request = pending?.request ?? fileRequest(result);
      plan = planFile(file, result, request, pending?.read ?? (await readForFile(this.conn, request)));
    }
    this.pending = null;
    const nextRequest = next ? fileRequest(next) : null;
    type Row = FileRead & { createdActors: [number, string][] };
    let statement: Promise<pg.QueryResult<Row>> | null = null;
    if (plan?.writes) statement = runNamed<Row>(this.conn, nextRequest ? "sijill_store_write_read" : "sijill_store_write", writeStatement(plan.writes, nextRequest));
    else if (nextRequest) statement = runNamed<Row>(this.conn, "sijill_store_read", Prisma.sql`SELECT ${readItems(nextRequest)}`);
    statement?.catch(() => {}); // awaited below, after `meanwhile`
    meanwhile();
    // A failed write takes the next file's read with it: that file is then read again alone.
    const rows = statement ? (await statement).rows : [];
    if (next && nextRequest) {
      const read = plan?.writes ? withEffects(rows[0], plan.effects, rows[0].createdActors, nextRequest) : rows[0];
      this.pending = { result: next, request: nextRequest, read };
    }
    return plan?.outcome ?? null;
  }
}
