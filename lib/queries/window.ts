import "server-only";
// The timeline's window query at archive scale: the events overlapping [from, to] under the filters
// when they fit in `limit`, else only the exact per-bucket counts the timeline draws instead (the
// events themselves come when the user zooms in). Cost grows with what the window holds, not with
// the archive: every read below is an index range scan. Plans were measured with
// EXPLAIN (ANALYZE, BUFFERS) on the 1M-event bench database (npm run bench); they are noted where
// each query is built.
//
// An event overlaps the window when it starts inside it, or started earlier and still runs
// ("carry-in"). Stored dates make carry-ins few and indexable (schema.prisma, Event):
//   - a day-precision date without an end covers one day: never a carry-in;
//   - a month/year-precision date without an end starts on the first day of its month/year: the
//     only carry-ins are those starting on the first day of `from`'s month or year;
//   - an explicit range (hasEnd) may start anywhere before `from`: found by (hasEnd, endDate).
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventBucket, EventWindowQuery } from "@/lib/api/contract";
import { bucketUnitFor, type BucketUnit } from "@/lib/queries/buckets";
import { containsPattern, isoDay } from "@/lib/queries/event-filters";
import { normalizeArabic } from "@/lib/ingest/text/normalise";

/** One row per matching event: its id and start, the order the timeline lists them in. */
type MatchSql = (take: number | null) => Prisma.Sql;

export interface WindowSelection<Row> {
  /** The events when they fit in `limit` (`total` of them), else empty. */
  rows: Row[];
  total: number;
  /** Per-bucket counts when the events don't fit, else null. */
  buckets: EventBucket[] | null;
}

const raw = Prisma.raw;

type Link = { table: "EventCountry"; key: "countryCode"; values: string[] } | { table: "EventActor"; key: "actorId"; values: number[] };

/** The link table that drives the scan: the first filter on countries, else on actors, else none. */
function drivingLink(query: EventWindowQuery): Link | null {
  if (query.country.length > 0) return { table: "EventCountry", key: "countryCode", values: query.country };
  if (query.actor.length > 0) return { table: "EventActor", key: "actorId", values: query.actor };
  return null;
}

/** Conditions on the event id `id` for the country and actor filters that don't drive the scan. */
function linkConditions(query: EventWindowQuery, id: Prisma.Sql, driving: Link | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  // Plan: one index-only probe of the link table's primary key (eventId, …) per row. Written as a
  // scalar subquery, not EXISTS: the planner turns EXISTS into a hash semi-join that reads every
  // link of the country (92,000 for PS at 1M) when it overestimates the rows to probe.
  if (driving?.table !== "EventCountry" && query.country.length > 0) {
    parts.push(Prisma.sql`(SELECT true FROM "EventCountry" x WHERE x."eventId" = ${id} AND x."countryCode" IN (${Prisma.join(query.country)}) LIMIT 1)`);
  }
  if (driving?.table !== "EventActor" && query.actor.length > 0) {
    parts.push(Prisma.sql`(SELECT true FROM "EventActor" x WHERE x."eventId" = ${id} AND x."actorId" IN (${Prisma.join(query.actor)}) LIMIT 1)`);
  }
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** Rows of the driving link table `l` with the given start-date condition, deduplicated when one event may match twice. */
function linkRows(link: Link, startDate: Prisma.Sql, query: EventWindowQuery, join: Prisma.Sql = Prisma.empty, where: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const distinct = link.values.length > 1 ? Prisma.sql`DISTINCT` : Prisma.empty;
  return Prisma.sql`SELECT ${distinct} l."eventId" AS id, l."startDate" FROM ${raw(`"${link.table}"`)} l ${join}
    WHERE l.${raw(`"${link.key}"`)} IN (${Prisma.join(link.values)}) AND ${startDate} AND ${where}
      AND ${linkConditions(query, Prisma.sql`l."eventId"`, link)}`;
}

/**
 * Events starting inside the window, as (id, startDate). The most selective index drives: a country
 * or actor filter → an index-only range scan of EventCountry(countryCode, startDate, eventId) /
 * EventActor(actorId, startDate, eventId), in (startDate, eventId) order for one value; no filter →
 * a range scan of Event(startDate, id), in display order. Either way a LIMIT stops it early.
 */
function startsIn(query: EventWindowQuery): Prisma.Sql {
  const link = drivingLink(query);
  const range = (alias: string) => Prisma.sql`${raw(alias)}."startDate" >= ${query.from}::date AND ${raw(alias)}."startDate" <= ${query.to}::date`;
  if (link) return linkRows(link, range("l"), query);
  return Prisma.sql`SELECT e.id, e."startDate" FROM "Event" e WHERE ${range("e")}`;
}

/**
 * Events that started before `from` and still overlap it, as three index-only scans:
 * month- and year-precision events starting on the first day of from's month / year
 * (Event(precision, hasEnd, startDate, id) equality, or the driving link table at that date, then
 * the event's primary key), and explicit ranges still running (Event(hasEnd, endDate, startDate,
 * id), startDate checked in the index). About 1,800 rows at 1M events unfiltered, most of them the
 * year-precision events of from's year; a few dozen under a country or actor.
 */
function carriedIn(query: EventWindowQuery): Prisma.Sql {
  const from = query.from;
  const link = drivingLink(query);
  const branches: Prisma.Sql[] = [];
  const firstDays: [string, "month" | "year"][] = [
    [`${from.slice(0, 7)}-01`, "month"],
    [`${from.slice(0, 4)}-01-01`, "year"],
  ];
  for (const [day, precision] of firstDays) {
    if (day >= from) continue;
    const own = Prisma.sql`e."precision" = ${precision}::"DatePrecision" AND e."hasEnd" = false`;
    branches.push(
      link
        ? linkRows(link, Prisma.sql`l."startDate" = ${day}::date`, query, Prisma.sql`JOIN "Event" e ON e.id = l."eventId"`, own)
        : Prisma.sql`SELECT e.id, e."startDate" FROM "Event" e WHERE ${own} AND e."startDate" = ${day}::date`,
    );
  }
  branches.push(Prisma.sql`SELECT e.id, e."startDate" FROM "Event" e
    WHERE e."hasEnd" = true AND e."endDate" >= ${from}::date AND e."startDate" < ${from}::date
      AND ${linkConditions(query, Prisma.sql`e.id`, null)}`);
  return Prisma.join(branches.map((branch) => Prisma.sql`(${branch})`), " UNION ALL ");
}

/**
 * Without text: two ordered branches, each stopping after `take` rows — carry-ins (all before
 * `from`), then events starting inside. Plan of the second: Limit over the index scan startsIn()
 * describes, so a window of 280,000 events costs the same as one of 500.
 */
function linkMatches(query: EventWindowQuery): MatchSql {
  return (take) => {
    const limit = take === null ? Prisma.empty : Prisma.sql`ORDER BY "startDate", id LIMIT ${take}`;
    return Prisma.sql`(SELECT * FROM (${carriedIn(query)}) c ${limit}) UNION ALL (${startsIn(query)} ${limit})`;
  };
}

/**
 * With text: the normalised text is searched in the event's own searchText and in its source
 * articles' (Article.searchText). Both hold normalised, lower-case text, so a case-sensitive test is
 * exact (ILIKE would lower-case each row again). Two exact strategies; the cheaper is taken:
 *   - window-driven, when the window holds at most textSearch.windowScanLimit events (a year at 1M events): the window's events
 *     (range scans as above, reading searchText on the way), then each distinct source article of
 *     those that didn't match once, by primary key — O(window). strpos, not LIKE '%…%': the same
 *     answer at half the cost per row (~6 µs for an article at 1M events, most of it decompression);
 *   - text-driven otherwise: Bitmap Index Scans of the trigram GIN indexes Event_searchText_idx and
 *     Article_searchText_idx, the matches then cut to the window — O(matches in the archive).
 */
export const textSearch = { windowScanLimit: 100_000 };

function textMatches(query: EventWindowQuery, text: string, windowSize: number): MatchSql {
  const pattern = containsPattern(text);
  const order = (take: number | null) => (take === null ? Prisma.empty : Prisma.sql`ORDER BY "startDate", id LIMIT ${take}`);
  if (windowSize <= textSearch.windowScanLimit) {
    const own = Prisma.sql`strpos(e."searchText", ${text}) > 0 AS own`;
    const window = drivingLink(query)
      ? Prisma.sql`SELECT w.id, w."startDate", ${own} FROM (${carriedIn(query)} UNION ALL ${startsIn(query)}) w JOIN "Event" e ON e.id = w.id`
      : Prisma.sql`SELECT w.id, w."startDate", ${own} FROM (${carriedIn(query)}) w JOIN "Event" e ON e.id = w.id
          UNION ALL
          SELECT e.id, e."startDate", ${own} FROM "Event" e WHERE e."startDate" >= ${query.from}::date AND e."startDate" <= ${query.to}::date`;
    return (take) => Prisma.sql`
      WITH win AS MATERIALIZED (${window}),
      articles AS MATERIALIZED (SELECT DISTINCT s."articleId" AS id FROM win JOIN "EventSource" s ON s."eventId" = win.id WHERE NOT win.own),
      matching_articles AS (
        SELECT articles.id FROM articles WHERE (SELECT strpos(a."searchText", ${text}) > 0 FROM "Article" a WHERE a.id = articles.id)),
      by_article AS (SELECT s."eventId" AS id FROM matching_articles m JOIN "EventSource" s ON s."articleId" = m.id)
      SELECT id, "startDate" FROM win WHERE own OR id IN (SELECT id FROM by_article)
      ${order(take)}`;
  }
  return (take) => Prisma.sql`
    WITH hits AS MATERIALIZED (
      SELECT e.id FROM "Event" e WHERE e."searchText" LIKE ${pattern}
      UNION
      SELECT s."eventId" FROM "Article" a JOIN "EventSource" s ON s."articleId" = a.id WHERE a."searchText" LIKE ${pattern})
    SELECT e.id, e."startDate" FROM hits JOIN "Event" e ON e.id = hits.id
    WHERE ((e."startDate" >= ${query.from}::date AND e."startDate" <= ${query.to}::date)
      OR (e."startDate" < ${query.from}::date AND e."endDate" >= ${query.from}::date))
      AND ${linkConditions(query, Prisma.sql`e.id`, null)}
    ${order(take)}`;
}

/**
 * Events per bucket from the per-day count tables (EventDayCount, or EventCountryDayCount for one
 * country): an index range scan of at most one row per day of the window, plus the carry-ins
 * counted where they enter the window (the first bucket). Null when filters need a real count.
 */
async function countFromDayTables(query: EventWindowQuery, unit: BucketUnit): Promise<EventBucket[] | null> {
  if (query.actor.length > 0 || query.country.length > 1) return null;
  const country = query.country[0];
  const days = country
    ? Prisma.sql`SELECT "day", "count" FROM "EventCountryDayCount" WHERE "countryCode" = ${country} AND "day" >= ${query.from}::date AND "day" <= ${query.to}::date`
    : Prisma.sql`SELECT "day", "count" FROM "EventDayCount" WHERE "day" >= ${query.from}::date AND "day" <= ${query.to}::date`;
  const firstBucket = bucketStart(query.from, unit);
  const rows = await getDb().$queryRaw<{ bucket: Date; count: bigint }[]>`
    SELECT bucket, sum(n)::bigint AS count FROM (
      SELECT date_trunc(${unit}, "day"::timestamp)::date AS bucket, "count" AS n FROM (${days}) d
      UNION ALL
      SELECT ${firstBucket}::date, count(*) FROM (${carriedIn(query)}) c
    ) b GROUP BY bucket HAVING sum(n) > 0 ORDER BY bucket`;
  return rows.map((row) => bucketOf(isoDay(row.bucket), unit, Number(row.count)));
}

/** Events per bucket of any matching set: a grouped count, O(matches in the window). */
async function countMatches(query: EventWindowQuery, unit: BucketUnit, matches: MatchSql): Promise<EventBucket[]> {
  const rows = await getDb().$queryRaw<{ bucket: Date; count: bigint }[]>`
    SELECT date_trunc(${unit}, GREATEST(m."startDate", ${query.from}::date)::timestamp)::date AS bucket, count(*) AS count
    FROM (${matches(null)}) m GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => bucketOf(isoDay(row.bucket), unit, Number(row.count)));
}

function sum(buckets: EventBucket[]): number {
  return buckets.reduce((total, bucket) => total + bucket.count, 0);
}

/**
 * The window under the filters: its events (read by `load` from the ordered (id, startDate) rows
 * it is given) when at most `limit` match, else per-bucket counts only.
 */
export async function selectWindow<Row>(
  query: EventWindowQuery,
  load: (ordered: Prisma.Sql) => Promise<Row[]>,
): Promise<WindowSelection<Row>> {
  const unit = bucketUnitFor(query.from, query.to);
  const text = query.q ? normalizeArabic(query.q) : "";

  // Unfiltered or one country: the count tables say at once whether the events fit.
  const counted = text ? null : await countFromDayTables(query, unit);
  if (counted) {
    const total = sum(counted);
    if (total > query.limit) return { rows: [], total, buckets: counted };
    const rows = await load(Prisma.sql`SELECT id, "startDate" FROM (${linkMatches(query)(null)}) m ORDER BY "startDate", id`);
    return { rows, total: rows.length, buckets: null };
  }

  if (text) {
    // How many events the window holds, unfiltered: decides how the text is searched.
    const size = sum((await countFromDayTables({ ...query, country: [], actor: [] }, unit)) ?? []);
    return selectTextWindow(query, unit, textMatches(query, text, size), load);
  }
  // One more than the page tells whether there are more: an index scan stopped early.
  const matches = linkMatches(query);
  const rows = await load(Prisma.sql`SELECT id, "startDate" FROM (${matches(query.limit + 1)}) m ORDER BY "startDate", id LIMIT ${query.limit + 1}`);
  if (rows.length <= query.limit) return { rows, total: rows.length, buckets: null };
  const buckets = await countMatches(query, unit, matches);
  return { rows: [], total: sum(buckets), buckets };
}

/**
 * A text search can't stop early (matches are found by scanning, not read in order), so its
 * matches are found once, materialised, and give both the bucket counts and, when they fit, the
 * page: one scan instead of one for the page and another for the counts.
 */
async function selectTextWindow<Row>(
  query: EventWindowQuery,
  unit: BucketUnit,
  matches: MatchSql,
  load: (ordered: Prisma.Sql) => Promise<Row[]>,
): Promise<WindowSelection<Row>> {
  const [found] = await getDb().$queryRaw<[{ buckets: [string, number][]; page: [number, string][] | null }]>`
    WITH m AS MATERIALIZED (${matches(null)})
    SELECT
      (SELECT coalesce(json_agg(json_build_array(b, n) ORDER BY b), '[]') FROM (
        SELECT date_trunc(${unit}, GREATEST(m."startDate", ${query.from}::date)::timestamp)::date::text AS b, count(*) AS n
        FROM m GROUP BY 1) counts) AS buckets,
      (SELECT coalesce(json_agg(json_build_array(id, "startDate") ORDER BY "startDate", id), '[]') FROM m
        HAVING count(*) <= ${query.limit}) AS page`;
  const buckets = found.buckets.map(([start, count]) => bucketOf(start, unit, count));
  const total = sum(buckets);
  if (!found.page) return { rows: [], total, buckets };
  const rows = found.page.length === 0 ? [] : await load(Prisma.sql`
    SELECT (x->>0)::int AS id, (x->>1)::date AS "startDate" FROM json_array_elements(${JSON.stringify(found.page)}::json) x`);
  return { rows, total, buckets: null };
}

function bucketOf(start: string, unit: BucketUnit, count: number): EventBucket {
  return { start, end: lastDayOfBucket(start, unit), count };
}

/** First day of the bucket holding `day` (date_trunc's rules: ISO weeks start on Monday). */
export function bucketStart(day: string, unit: BucketUnit): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (unit === "week") date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  else if (unit === "month") date.setUTCDate(1);
  else if (unit === "year") date.setUTCMonth(0, 1);
  return isoDay(date);
}

export function lastDayOfBucket(start: string, unit: BucketUnit): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (unit === "day") return start;
  if (unit === "week") date.setUTCDate(date.getUTCDate() + 6);
  else if (unit === "month") date.setUTCMonth(date.getUTCMonth() + 1, 0);
  else date.setUTCFullYear(date.getUTCFullYear(), 11, 31);
  return isoDay(date);
}
