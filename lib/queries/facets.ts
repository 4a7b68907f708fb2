import "server-only";
// Facet counts under the current filters. Each facet ignores its own filter (the usual faceting
// rule), so choosing Russia still shows how many events Iran would add; selected values are
// always listed, with a zero count if nothing else matches. The actor facet lists the TOP_ACTORS
// most frequent actors; type-ahead (findActors) reaches the rest.
//
// Cost is bounded whatever the archive holds (plans measured with EXPLAIN (ANALYZE, BUFFERS) on the
// 1M-event bench database, 2 cores, warm cache):
//   - nothing else filters: the per-actor and per-country count tables (EventActorCount,
//     EventCountryCount, kept by triggers): Seq Scans of 5,000 and 198 rows, 0.6 ms and 0.1 ms;
//   - otherwise the matching events are found, at most facetLimits.exactLimit of them (see
//     matchingEvents), and their links counted by EventCountry_pkey / EventActor_pkey index-only
//     probes (KP's 911 events: 8 ms; 20,000 events ~25 ms);
//   - when more match, the counts are estimated from a page sample of the archive
//     (TABLESAMPLE SYSTEM, ~facetLimits.sampleEvents events, ~250 ms with a text filter) and flagged
//     `approximate`: `q=كيم` matches 70% of the archive, which exact counting can't read in time.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  TOP_ACTORS,
  type ActorFacet,
  type ActorSearchQuery,
  type ActorSearchResponse,
  type CountryFacet,
  type FacetsQuery,
  type FacetsResponse,
} from "@/lib/api/contract";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";
import { containsPattern, eventConditions, isoDay, type FacetExclusion } from "@/lib/queries/event-filters";
import { findEventExtent } from "@/lib/queries/events";

/** Matching events counted exactly; beyond this the counts are estimated from a sample. */
export const facetLimits = { exactLimit: 20_000, sampleEvents: 10_000 };

/** The events under a facet's filters: exactly (`scale` 1), or a sample standing for `scale` events each. */
interface MatchSet {
  ids: number[];
  scale: number;
}

type Extent = { start: string; end: string } | null;

export async function findFacets(query: FacetsQuery): Promise<FacetsResponse> {
  const matches = new MatchSets(query);
  const [countries, actors, extent] = await Promise.all([countCountries(query, matches), countActors(query, matches), findExtent(query, matches)]);
  const facets = await describeActors(actors.counts, query.actor);
  return {
    countries: countries.facets,
    actors: facets,
    actorTotal: actors.total,
    approximate: countries.approximate || actors.approximate || extent.approximate,
    extent: extent.extent,
  };
}

/** Actors whose name or any known spelling contains `name` (under the Arabic normaliser), most events under the filters first. */
export async function findActors(query: ActorSearchQuery): Promise<ActorSearchResponse> {
  const normalised = normalizeArabic(query.name);
  const phonetic = phoneticKey(query.name);
  // Plan: Seq Scan on "Actor" (5,000 rows at 1M events), each row's keys unnested and tested with
  // strpos: ~4 ms. The same keys and rule as lib/client/actor-match.ts.
  const candidates = await getDb().$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Actor" a
    WHERE EXISTS (SELECT 1 FROM unnest(a."matchKeys" || lower(a.name)) k
      WHERE strpos(k, ${normalised}) > 0 OR (${phonetic} <> '' AND strpos(k, ${phonetic}) > 0))`;
  if (candidates.length === 0) return { actors: [], approximate: false };
  const ids = candidates.map((row) => row.id);
  const actors = await countActors(query, new MatchSets(query), ids);
  const ranked = [...actors.counts].sort((a, b) => b[1] - a[1]).slice(0, query.limit);
  // Spellings that match but have no events under the filters still come, after those that do.
  const shown = new Map(ranked);
  for (const id of ids) if (shown.size < query.limit && !shown.has(id)) shown.set(id, 0);
  return { actors: await describeActors(shown, []), approximate: actors.approximate };
}

// ── Matching events ─────────────────────────────────────────────────────────────────────────────

/** The match set of each distinct filter combination, found once per request (the facets and the extent often share one). */
class MatchSets {
  private readonly sets = new Map<string, Promise<MatchSet>>();
  constructor(private readonly query: FacetsQuery) {}

  for(exclude: FacetExclusion): Promise<MatchSet> {
    const filters = { ...this.query, country: exclude === "country" ? [] : this.query.country, actor: exclude === "actor" ? [] : this.query.actor };
    const key = JSON.stringify(filters);
    let set = this.sets.get(key);
    if (!set) this.sets.set(key, (set = matchingEvents(filters)));
    return set;
  }
}

/** Whether anything but the given facet's own filter narrows the events. */
function filtered(query: FacetsQuery, exclude: FacetExclusion): boolean {
  return Boolean(
    query.q || query.from || query.to || (exclude !== "country" && query.country.length > 0) || (exclude !== "actor" && query.actor.length > 0),
  );
}

/**
 * The events under `filters`, exactly when at most exactLimit match, else a sample of the archive.
 * Plans (1M events):
 *   - text: Bitmap Index Scans of the trigram indexes Event_searchText_idx and Article_searchText_idx
 *     (or a Seq Scan stopped at the limit when the text is common), each side stopped at the limit:
 *     a rare word ~5 ms; `كيم` hits both limits in ~300 ms and goes on to the sample;
 *   - a country or actor: Index Only Scan of (countryCode | actorId, startDate, eventId), stopped at
 *     the limit (IQ: 20,001 rows in 3 ms), the other conditions probed per row;
 *   - only a window: Index Scan of Event_startDate_id_idx stopped at the limit.
 */
async function matchingEvents(filters: FacetsQuery): Promise<MatchSet> {
  const limit = facetLimits.exactLimit;
  const text = filters.q ? normalizeArabic(filters.q) : "";
  let candidates: Prisma.Sql;
  if (text) {
    const pattern = containsPattern(text);
    candidates = Prisma.sql`
      SELECT id FROM (SELECT e.id FROM "Event" e WHERE e."searchText" LIKE ${pattern} LIMIT ${limit + 1}) own
      UNION
      SELECT id FROM (SELECT s."eventId" AS id FROM "Article" a JOIN "EventSource" s ON s."articleId" = a.id
        WHERE a."searchText" LIKE ${pattern} LIMIT ${limit + 1}) cited`;
  } else if (filters.country.length > 0 || filters.actor.length > 0) {
    const [table, key, values] =
      filters.country.length > 0 ? (["EventCountry", "countryCode", filters.country] as const) : (["EventActor", "actorId", filters.actor] as const);
    // One value can't list an event twice; several can, and then the distinct events are wanted.
    const distinct = values.length > 1 ? Prisma.sql`DISTINCT` : Prisma.empty;
    const before = filters.to ? Prisma.sql`AND l."startDate" <= ${filters.to}::date` : Prisma.empty;
    candidates = Prisma.sql`SELECT ${distinct} l."eventId" AS id FROM ${Prisma.raw(`"${table}"`)} l
      WHERE l.${Prisma.raw(`"${key}"`)} IN (${Prisma.join(values as readonly (string | number)[])}) ${before}`;
  } else {
    candidates = Prisma.sql`SELECT e.id FROM "Event" e WHERE e."startDate" <= ${filters.to ?? "infinity"}::date`;
  }
  // The text is already matched by the candidates; the other conditions are checked per candidate.
  const rest = eventConditions({ ...filters, q: undefined });
  const [row] = await getDb().$queryRaw<[{ ids: number[]; capped: boolean }]>`
    WITH c AS MATERIALIZED (SELECT id FROM (${candidates}) c LIMIT ${limit + 1}),
    m AS (SELECT e.id FROM c JOIN "Event" e ON e.id = c.id WHERE ${rest})
    SELECT coalesce(array(SELECT id FROM m), '{}') AS ids, (SELECT count(*) FROM c) > ${limit} AS capped`;
  if (!row.capped) return { ids: row.ids, scale: 1 };
  return sampleEvents(filters, text);
}

/**
 * A page sample (TABLESAMPLE SYSTEM) of about sampleEvents events, the filters tested on each, the
 * same sample every time (REPEATABLE) so that counts don't flicker between requests. Plan at 1M:
 * Sample Scan on "Event" (1% of pages, ~10,000 rows); the text by strpos on the event's searchText,
 * else on its articles' by EventSource_pkey and Article_pkey probes: ~250 ms for `كيم`.
 */
async function sampleEvents(filters: FacetsQuery, text: string): Promise<MatchSet> {
  const [{ events }] = await getDb().$queryRaw<[{ events: bigint | null }]>`SELECT sum("count")::bigint AS events FROM "EventDayCount"`;
  const total = Number(events ?? 0);
  const percent = Math.min(100, (100 * facetLimits.sampleEvents) / Math.max(total, 1));
  const textCondition = text
    ? Prisma.sql`(strpos(e."searchText", ${text}) > 0 OR EXISTS (SELECT 1 FROM "EventSource" s JOIN "Article" a ON a.id = s."articleId"
        WHERE s."eventId" = e.id AND strpos(a."searchText", ${text}) > 0))`
    : Prisma.sql`TRUE`;
  const [row] = await getDb().$queryRaw<[{ ids: number[]; sampled: bigint }]>`
    WITH s AS MATERIALIZED (SELECT e.id, (${eventConditions({ ...filters, q: undefined })} AND ${textCondition}) AS hit
      FROM "Event" e TABLESAMPLE SYSTEM (${percent}::real) REPEATABLE (0))
    SELECT coalesce(array(SELECT id FROM s WHERE hit), '{}') AS ids, (SELECT count(*) FROM s) AS sampled`;
  const sampled = Number(row.sampled);
  return { ids: row.ids, scale: sampled > 0 ? total / sampled : 1 };
}

// ── Counts ──────────────────────────────────────────────────────────────────────────────────────

async function countCountries(query: FacetsQuery, matches: MatchSets): Promise<{ facets: CountryFacet[]; approximate: boolean }> {
  let rows: { code: string; count: bigint | number }[];
  let approximate = false;
  if (!filtered(query, "country")) {
    rows = await getDb().$queryRaw`SELECT "countryCode" AS code, "count" FROM "EventCountryCount" WHERE "count" > 0`;
  } else {
    const set = await matches.for("country");
    approximate = set.scale !== 1;
    rows = (
      await getDb().$queryRaw<{ code: string; count: bigint }[]>`
        SELECT l."countryCode" AS code, count(*) AS count FROM unnest(${set.ids}::int[]) m(id)
        JOIN "EventCountry" l ON l."eventId" = m.id GROUP BY 1`
    ).map((row) => ({ code: row.code, count: Math.round(Number(row.count) * set.scale) }));
  }
  const counts = new Map(rows.map((row) => [row.code.trim(), Number(row.count)]));
  for (const code of query.country) if (!counts.has(code)) counts.set(code, 0);
  const countries = await getDb().country.findMany({ where: { code: { in: [...counts.keys()] } } });
  const facets = countries
    .map(({ code, nameAr, nameEn }) => ({ code: code.trim(), nameAr, nameEn, count: counts.get(code.trim()) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.nameAr.localeCompare(b.nameAr, "ar"));
  return { facets, approximate };
}

interface ActorCounts {
  /** Events per actor id, most first: the TOP_ACTORS first and the selected ones (or the `among` ones). */
  counts: Map<number, number>;
  total: number;
  approximate: boolean;
}

/** Events per actor under the filters but the actor filter: the top ones and the selected, or only those `among`. */
async function countActors(query: FacetsQuery, matches: MatchSets, among?: number[]): Promise<ActorCounts> {
  const only = among ? Prisma.sql`AND "actorId" = ANY(${among}::int[])` : Prisma.empty;
  let rows: { actorId: number; count: number }[];
  let approximate = false;
  if (!filtered(query, "actor")) {
    rows = await getDb().$queryRaw`SELECT "actorId", "count" FROM "EventActorCount" WHERE "count" > 0 ${only}`;
  } else {
    const set = await matches.for("actor");
    approximate = set.scale !== 1;
    rows = (
      await getDb().$queryRaw<{ actorId: number; count: bigint }[]>`
        SELECT l."actorId", count(*) AS count FROM unnest(${set.ids}::int[]) m(id)
        JOIN "EventActor" l ON l."eventId" = m.id WHERE TRUE ${only} GROUP BY 1`
    ).map((row) => ({ actorId: row.actorId, count: Math.max(1, Math.round(Number(row.count) * set.scale)) }));
  }
  rows.sort((a, b) => b.count - a.count || a.actorId - b.actorId);
  const counts = new Map(rows.slice(0, among ? rows.length : TOP_ACTORS).map((row) => [row.actorId, row.count]));
  const all = new Map(rows.map((row) => [row.actorId, row.count]));
  for (const id of query.actor) if (!counts.has(id)) counts.set(id, all.get(id) ?? 0);
  return { counts, total: rows.length, approximate };
}

/** Names for counted actor ids, in the counts' order (unknown ids are dropped). */
async function describeActors(counts: Map<number, number>, selected: number[]): Promise<ActorFacet[]> {
  const ids = [...new Set([...counts.keys(), ...selected])];
  const actors = await getDb().actor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameAr: true, countryCode: true } });
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return ids.flatMap((id) => {
    const actor = byId.get(id);
    return actor ? [{ ...actor, count: counts.get(id) ?? 0 }] : [];
  });
}

/** The span the events under all the filters cover: index ends when unfiltered, else from the match set. */
async function findExtent(query: FacetsQuery, matches: MatchSets): Promise<{ extent: Extent; approximate: boolean }> {
  if (!filtered(query, null)) return { extent: await findEventExtent(query), approximate: false };
  const set = await matches.for(null);
  // A sample's span can fall short of the real one, and "show all" would then hide events: under
  // country and actor filters the exact span is an index walk, so take it; only a text filter over
  // a huge match set keeps the sampled span (marked approximate).
  if (set.scale !== 1 && !query.q) return { extent: await findEventExtent(query), approximate: false };
  const [row] = await getDb().$queryRaw<[{ start: Date | null; end: Date | null }]>`
    SELECT min("startDate") AS start, max("endDate") AS end FROM "Event" WHERE id = ANY(${set.ids}::int[])`;
  const extent = row.start && row.end ? { start: isoDay(row.start), end: isoDay(row.end) } : null;
  return { extent, approximate: set.scale !== 1 };
}
