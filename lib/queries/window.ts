import "server-only";
// The timeline's window query at archive scale: the first `limit` events overlapping [from, to] under
// the filters, and — when there are more — the exact per-bucket counts the timeline draws instead.
// Cost grows with what is returned, not with the archive: every read below is an index range scan
// (plans measured with EXPLAIN (ANALYZE, BUFFERS) on 1M synthetic events, npm run bench).
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
import { normalizeArabic } from "@/lib/ingest/normalise";

export interface WindowSelection {
  /** Ids of the first `limit` events in (startDate, id) order. */
  ids: number[];
  total: number;
  buckets: EventBucket[] | null;
}

/**
 * Events that started before `from` and still overlap it.
 * Plan: BitmapOr of two equality lookups in Event(precision, hasEnd, startDate) and one range of
 * Event(hasEnd, endDate, startDate) — a few hundred rows at most, whatever the window.
 */
function carryIn(from: string): Prisma.Sql {
  const monthStart = `${from.slice(0, 7)}-01`;
  const yearStart = `${from.slice(0, 4)}-01-01`;
  return Prisma.sql`(
    (e."precision" = 'month'::"DatePrecision" AND e."hasEnd" = false AND e."startDate" = ${monthStart}::date AND e."startDate" < ${from}::date)
    OR (e."precision" = 'year'::"DatePrecision" AND e."hasEnd" = false AND e."startDate" = ${yearStart}::date AND e."startDate" < ${from}::date)
    OR (e."hasEnd" = true AND e."endDate" >= ${from}::date AND e."startDate" < ${from}::date))`;
}

/** Events starting inside the window. Plan: range scan of Event(startDate, id), in display order. */
function startsIn(from: string, to: string): Prisma.Sql {
  return Prisma.sql`(e."startDate" >= ${from}::date AND e."startDate" <= ${to}::date)`;
}

/**
 * Country, actor and text filters on the event aliased `e`. The link subqueries carry the window
 * bounds on their copy of startDate, so the planner may either probe the links of each event it
 * walks (primary keys) or drive from EventCountry(countryCode, startDate, eventId) /
 * EventActor(actorId, startDate, eventId) index-only range scans when the filter is selective.
 * Text: trigram GIN bitmap scans of Event.searchText and Article.searchText (O(matches)).
 */
function filterConditions(query: EventWindowQuery, linkFrom: string | null): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  const linkRange = (alias: string) =>
    linkFrom
      ? Prisma.sql`${Prisma.raw(alias)}."startDate" >= ${linkFrom}::date AND ${Prisma.raw(alias)}."startDate" <= ${query.to}::date`
      : Prisma.sql`${Prisma.raw(alias)}."startDate" <= ${query.to}::date`;
  if (query.country.length > 0) {
    parts.push(Prisma.sql`e.id IN (SELECT ec."eventId" FROM "EventCountry" ec
      WHERE ec."countryCode" IN (${Prisma.join(query.country)}) AND ${linkRange("ec")})`);
  }
  if (query.actor.length > 0) {
    parts.push(Prisma.sql`e.id IN (SELECT ea."eventId" FROM "EventActor" ea
      WHERE ea."actorId" IN (${Prisma.join(query.actor)}) AND ${linkRange("ea")})`);
  }
  const q = query.q ? normalizeArabic(query.q) : "";
  if (q) {
    const pattern = containsPattern(q);
    parts.push(Prisma.sql`(e."searchText" ILIKE ${pattern} OR e.id IN (SELECT "eventId" FROM text_hits))`);
  }
  return parts;
}

/**
 * Events whose source articles contain the search text, found once per query (both branches and the
 * count share it). Plan: Bitmap Index Scan on Article_searchText_idx, recheck of each candidate's
 * body, EventSource_articleId_idx per article: O(matching articles), the one cost here that grows
 * with the archive rather than the window.
 */
function textHits(query: EventWindowQuery): Prisma.Sql {
  const q = query.q ? normalizeArabic(query.q) : "";
  if (!q) return Prisma.empty;
  return Prisma.sql`WITH text_hits AS MATERIALIZED (
    SELECT es."eventId" FROM "Article" a JOIN "EventSource" es ON es."articleId" = a.id
    WHERE a."searchText" ILIKE ${containsPattern(q)})`;
}

function and(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export async function selectWindow(query: EventWindowQuery): Promise<WindowSelection> {
  const db = getDb();
  const take = query.limit + 1; // one more than the page tells whether there are more
  // Two ordered branches, each stopping after `take` rows: carry-ins (all before `from`) then the
  // events starting inside. Branch 2 plan: Index Scan using Event_startDate_id_idx with a Limit.
  const rows = await db.$queryRaw<{ id: number }[]>`
    ${textHits(query)}
    SELECT id FROM (
      (SELECT e.id, e."startDate" FROM "Event" e
        WHERE ${carryIn(query.from)} AND ${and(filterConditions(query, null))}
        ORDER BY e."startDate", e.id LIMIT ${take})
      UNION ALL
      (SELECT e.id, e."startDate" FROM "Event" e
        WHERE ${startsIn(query.from, query.to)} AND ${and(filterConditions(query, query.from))}
        ORDER BY e."startDate", e.id LIMIT ${take})
    ) w ORDER BY "startDate", id LIMIT ${take}`;
  const ids = rows.map((row) => row.id);
  if (ids.length <= query.limit) return { ids, total: ids.length, buckets: null };

  const buckets = await countPerBucket(query);
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return { ids: ids.slice(0, query.limit), total, buckets };
}

/**
 * Events per bucket, each counted where it enters the window (a carry-in counts in the first bucket).
 * Unfiltered or one country: sums of the per-day count tables (EventDayCount,
 * EventCountryDayCount — an index range scan of ≤ 1 row per day of the window) plus the carry-ins.
 * Other filters: a grouped count of the matching events, O(matches in the window).
 */
async function countPerBucket(query: EventWindowQuery): Promise<EventBucket[]> {
  const db = getDb();
  const unit = bucketUnitFor(query.from, query.to);
  const counts = new Map<string, number>();
  const add = (bucket: string, count: number) => counts.set(bucket, (counts.get(bucket) ?? 0) + count);
  const simple = query.actor.length === 0 && !query.q && query.country.length <= 1;

  if (simple) {
    const country = query.country[0];
    const days = country
      ? db.$queryRaw<{ bucket: Date; count: bigint }[]>`
          SELECT date_trunc(${unit}, "day"::timestamp)::date AS bucket, sum("count")::bigint AS count FROM "EventCountryDayCount"
          WHERE "countryCode" = ${country} AND "day" >= ${query.from}::date AND "day" <= ${query.to}::date
          GROUP BY 1 HAVING sum("count") > 0`
      : db.$queryRaw<{ bucket: Date; count: bigint }[]>`
          SELECT date_trunc(${unit}, "day"::timestamp)::date AS bucket, sum("count")::bigint AS count FROM "EventDayCount"
          WHERE "day" >= ${query.from}::date AND "day" <= ${query.to}::date
          GROUP BY 1 HAVING sum("count") > 0`;
    const carried = db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Event" e WHERE ${carryIn(query.from)} AND ${and(filterConditions(query, null))}`;
    const [dayRows, carryRows] = await Promise.all([days, carried]);
    for (const row of dayRows) add(isoDay(row.bucket), Number(row.count));
    const carriedCount = Number(carryRows[0]?.count ?? 0);
    if (carriedCount > 0) add(bucketStart(query.from, unit), carriedCount);
  } else {
    const rows = await db.$queryRaw<{ bucket: Date; count: bigint }[]>`
      ${textHits(query)}
      SELECT date_trunc(${unit}, GREATEST(w."startDate", ${query.from}::date)::timestamp)::date AS bucket, count(*) AS count FROM (
        SELECT e."startDate" FROM "Event" e WHERE ${carryIn(query.from)} AND ${and(filterConditions(query, null))}
        UNION ALL
        SELECT e."startDate" FROM "Event" e WHERE ${startsIn(query.from, query.to)} AND ${and(filterConditions(query, query.from))}
      ) w GROUP BY 1`;
    for (const row of rows) add(isoDay(row.bucket), Number(row.count));
  }

  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, count]) => ({ start, end: lastDayOfBucket(start, unit), count }));
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
