// What storing a file must know from the database before it decides anything: which of its
// articles are stored already (content hash), which stored events its events could merge with,
// which of its actors are known, and fresh ids for the rows it may add. One statement.
import { createHash } from "node:crypto";
import type pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoBounds } from "@/lib/ingest/dates/days";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { ActorRef, DateCertainty, DatePrecision, ExtractedEvent, ExtractionResult, ParsedArticle } from "@/lib/ingest/types";

/** A pg connection (a pool client held for a run of files, or the pool itself). */
export type Connection = pg.Pool | pg.PoolClient;

/** Runs `sql` as the named prepared statement `name`: parsed once per connection, not per file. */
export function runNamed<Row extends pg.QueryResultRow>(conn: Connection, name: string, sql: Prisma.Sql): Promise<pg.QueryResult<Row>> {
  return conn.query<Row>({ name, text: sql.text, values: sql.values });
}

/** sha256 of the normalised text; `normalised` spares a second normalisation when the caller has it. */
export function contentHash(article: Pick<ParsedArticle, "title" | "body">, normalised?: string): string {
  return createHash("sha256").update(normalised ?? normalizeArabic(`${article.title}\n${article.body}`)).digest("hex");
}

// Every event's date is turned into its first and last day, and the same dates come back file after file.
const dayCache = new Map<string, [string, string]>();

/** The first and last day (ISO) an ISO value cut to its precision covers. */
export function dayBounds(value: string): [string, string] {
  let hit = dayCache.get(value);
  if (!hit) {
    const [first, last] = isoBounds(value);
    hit = [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(value, hit);
  }
  return hit;
}

/** An event as stored (or as it will be once this file's statement runs). */
export interface StoredEvent {
  id: number;
  kind: string;
  title: string;
  titleEn: string | null;
  startDate: string;
  endDate: string;
  hasEnd: boolean;
  precision: DatePrecision;
  certainty: DateCertainty | "unknown";
  datePhrase: string;
  place: string | null;
  summary: string;
  actors: ActorRef[];
  countries: string[];
}

export interface FileRead {
  known: [string, number][];
  actors: { id: number; name: string; variants: string[] }[];
  candidates: StoredEvent[];
  articleIds: number[];
  eventIds: number[];
}

/** What a file's store must read: its articles' hashes, its events' date spans, its actors' names. */
export interface FileRequest {
  searchTexts: string[];
  hashes: string[];
  actorNames: string[];
  ranges: { f: string; t: string }[];
  events: number;
  eventSearchTexts: string[];
}

export function eventSearchText(event: ExtractedEvent): string {
  const actorNames = event.actors.flatMap((actor) => [actor.name, actor.ar, ...actor.variants]);
  return normalizeArabic([event.title, event.summary, event.place ?? "", ...actorNames].join(" "));
}

const requests = new WeakMap<ExtractionResult, FileRequest>();

/** The file's request, worked out once (FileStoreRun.prepare does it while the database is busy). */
export function fileRequest(result: ExtractionResult): FileRequest {
  let request = requests.get(result);
  if (!request) {
    const searchTexts = result.articles.map((article) => normalizeArabic(`${article.title}\n${article.body}`));
    request = {
      searchTexts,
      hashes: result.articles.map((article, i) => contentHash(article, searchTexts[i])),
      actorNames: [...new Set(result.events.flatMap((event) => event.actors.map((actor) => actor.name)))],
      ranges: result.events.map((event) => ({ f: dayBounds(event.date.start)[0], t: dayBounds(event.date.end ?? event.date.start)[1] })),
      events: result.events.length,
      eventSearchTexts: result.events.map(eventSearchText),
    };
    requests.set(result, request);
  }
  return request;
}

/**
 * The read, as select-list items: which hashes are stored (Article_contentHash_key), the stored
 * events each new event could merge with (starting at most a year before it and still running when
 * it starts — a range scan of Event_startDate_id_idx per event), the actors already known by name
 * (Actor_name_key), and ids for the rows this file may add (taken from the sequences, so the write
 * can link rows it creates in one go). Lists come as arrays (= ANY): the planner can't see into a
 * JSON list and chose sequential scans of Article for it.
 */
export function readItems(request: FileRequest): Prisma.Sql {
  return Prisma.sql`
      (SELECT coalesce(json_agg(json_build_array(a."contentHash", a.id)), '[]') FROM "Article" a
        WHERE a."contentHash" = ANY(${request.hashes}::text[])) AS known,
      (SELECT coalesce(json_agg(json_build_object('id', ac.id, 'name', ac.name, 'variants', ac.variants)), '[]') FROM "Actor" ac
        WHERE ac.name = ANY(${request.actorNames}::text[])) AS actors,
      (SELECT coalesce(json_agg(c ORDER BY c.id), '[]') FROM (
        SELECT e.id, e.kind, e.title, e."titleEn", e."startDate", e."endDate", e."hasEnd", e.precision, e.certainty,
          e."datePhrase", e.place, e.summary,
          (SELECT coalesce(json_agg(json_build_object('name', ac.name, 'ar', ac."nameAr", 'kind', ac.kind,
              'country', ac."countryCode", 'variants', ac.variants, 'role', ac.role)), '[]')
            FROM "EventActor" ea JOIN "Actor" ac ON ac.id = ea."actorId" WHERE ea."eventId" = e.id) AS actors,
          (SELECT coalesce(json_agg(ec."countryCode"), '[]') FROM "EventCountry" ec WHERE ec."eventId" = e.id) AS countries
        FROM "Event" e
        WHERE e.id IN (
          SELECT s.id FROM json_to_recordset(${JSON.stringify(request.ranges)}::json) AS r(f date, t date)
          JOIN "Event" s ON s."startDate" <= r.t AND s."startDate" >= r.f - 366 AND s."endDate" >= r.f AND s.origin = 'ingest')
      ) c) AS candidates,
      (SELECT coalesce(array_agg(nextval('"Article_id_seq"')::int), '{}') FROM generate_series(1, ${request.hashes.length}::int)) AS "articleIds",
      (SELECT coalesce(array_agg(nextval('"Event_id_seq"')::int), '{}') FROM generate_series(1, ${request.events}::int)) AS "eventIds"`;
}

export async function readForFile(conn: Connection, request: FileRequest): Promise<FileRead> {
  const { rows } = await runNamed<FileRead>(conn, "sijill_store_read", Prisma.sql`SELECT ${readItems(request)}`);
  return rows[0];
}
