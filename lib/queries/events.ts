import "server-only";
// Reads of events: the window the timeline shows (its events, or per-bucket counts when it holds
// too many to draw), one event with its sources, and the span all filtered events cover.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  EventDetail,
  EventFilters,
  EventSummary,
  EventWindowQuery,
  EventWindowResponse,
} from "@/lib/api/contract";
import { eventConditions, isoDay } from "@/lib/queries/event-filters";
import { selectWindow } from "@/lib/queries/window";

const summaryInclude = {
  actors: { include: { actor: { select: { id: true, name: true, nameAr: true, countryCode: true } } } },
  countries: { select: { countryCode: true } },
  _count: { select: { sources: true } },
} satisfies Prisma.EventInclude;

type EventWithLinks = Prisma.EventGetPayload<{ include: typeof summaryInclude }>;

function toSummary(event: EventWithLinks): EventSummary {
  return {
    id: event.id,
    title: event.title,
    start: isoDay(event.startDate),
    end: isoDay(event.endDate),
    hasEnd: event.hasEnd,
    precision: event.precision,
    certainty: event.certainty,
    datePhrase: event.datePhrase,
    place: event.place,
    countries: event.countries.map((link) => link.countryCode).sort(),
    actors: event.actors.map((link) => link.actor).sort((a, b) => a.id - b.id),
    sourceCount: event._count.sources,
  };
}

/**
 * The summaries of the events `ordered` lists (id, startDate), in its order, built by PostgreSQL as
 * one JSON array (one value to decode instead of a dozen per row): links and source counts are
 * index-only scans of EventCountry_pkey, EventActor_pkey and EventSource_pkey per event, so a page
 * of 500 is one round trip, not one per relation.
 */
async function loadSummaries(ordered: Prisma.Sql): Promise<EventSummary[]> {
  const [row] = await getDb().$queryRaw<[{ events: EventSummary[] }]>`
    SELECT coalesce(json_agg(json_build_object(
      'id', e.id, 'title', e.title, 'start', e."startDate"::text, 'end', e."endDate"::text, 'hasEnd', e."hasEnd",
      'precision', e.precision, 'certainty', e.certainty, 'datePhrase', e."datePhrase", 'place', e.place,
      'countries', ARRAY(SELECT ec."countryCode"::text FROM "EventCountry" ec WHERE ec."eventId" = e.id ORDER BY 1),
      'actors', coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'nameAr', a."nameAr", 'countryCode', a."countryCode") ORDER BY a.id)
        FROM "EventActor" ea JOIN "Actor" a ON a.id = ea."actorId" WHERE ea."eventId" = e.id), '[]'),
      'sourceCount', (SELECT count(*) FROM "EventSource" es WHERE es."eventId" = e.id)
    ) ORDER BY w."startDate", w.id), '[]') AS events
    FROM (${ordered}) w JOIN "Event" e ON e.id = w.id`;
  return row.events;
}

export async function findEventsInWindow(query: EventWindowQuery): Promise<EventWindowResponse> {
  // Total and buckets come from index range scans and the per-day count tables (see
  // lib/queries/window.ts); a window too full to draw sends its buckets, not its events.
  const window = await selectWindow(query, loadSummaries);
  return {
    from: query.from,
    to: query.to,
    total: window.total,
    truncated: window.buckets !== null,
    events: window.rows,
    buckets: window.buckets,
  };
}

export async function findEventDetail(id: number): Promise<EventDetail | null> {
  const event = await getDb().event.findUnique({
    where: { id },
    include: {
      ...summaryInclude,
      countries: { select: { countryCode: true, country: true } },
      sources: {
        include: { article: { include: { parent: { select: { id: true, title: true } } } } },
        orderBy: [{ article: { publishedOn: "asc" } }, { articleId: "asc" }],
      },
    },
  });
  if (!event) return null;
  return {
    ...toSummary(event),
    summary: event.summary,
    countryNames: event.countries
      .map(({ country }) => ({ code: country.code, nameAr: country.nameAr, nameEn: country.nameEn }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    sources: event.sources.map((source) => ({
      article: {
        id: source.article.id,
        title: source.article.title,
        outlet: source.article.outlet,
        publishedOn: source.article.publishedOn ? isoDay(source.article.publishedOn) : null,
        publishedPrecision: source.article.publishedPrecision,
        publishedCertainty: source.article.publishedCertainty,
        parent: source.article.parent,
      },
      evidence: source.evidence,
      evidenceStart: source.evidenceStart,
      evidenceEnd: source.evidenceEnd,
    })),
  };
}

/** First and last day covered by the events under the filters (for "show all"), or null if none. */
export async function findEventExtent(filters: EventFilters): Promise<{ start: string; end: string } | null> {
  const unfiltered = filters.country.length === 0 && filters.actor.length === 0 && !filters.q;
  const rows = await getDb().$queryRaw<{ start: Date | null; end: Date | null }[]>(
    unfiltered
      ? // What "show all" fits, read off the ends of indexes instead of the whole table (127 ms at
        // 1M events): the first start from (startDate, id); the last end is the latest explicit end
        // (hasEnd, endDate, …) or the end of the day, month or year of the latest start of each
        // precision (precision, hasEnd, startDate, …) — five backward Index Only Scans, 1.8 ms.
        Prisma.sql`
          SELECT (SELECT min("startDate") FROM "Event") AS start,
                 greatest(
                   (SELECT max("endDate") FROM "Event" WHERE "hasEnd"),
                   (SELECT max("startDate") FROM "Event" WHERE precision = 'day' AND NOT "hasEnd"),
                   (SELECT (date_trunc('month', max("startDate")) + interval '1 month - 1 day')::date FROM "Event" WHERE precision = 'month' AND NOT "hasEnd"),
                   (SELECT (date_trunc('year', max("startDate")) + interval '1 year - 1 day')::date FROM "Event" WHERE precision = 'year' AND NOT "hasEnd")
                 ) AS end`
      : Prisma.sql`SELECT min(e."startDate") AS start, max(e."endDate") AS end FROM "Event" e WHERE ${eventConditions(filters)}`,
  );
  const [row] = rows;
  return row?.start && row.end ? { start: isoDay(row.start), end: isoDay(row.end) } : null;
}
