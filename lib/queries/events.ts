import "server-only";
// Reads of events: the window the timeline shows (bounded, with per-bucket counts when it holds
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

export async function findEventsInWindow(query: EventWindowQuery): Promise<EventWindowResponse> {
  // Ids, total and buckets come from index range scans and the per-day count tables (see
  // lib/queries/window.ts): a count(*) over the whole window would cost O(window) at archive scale.
  const window = await selectWindow(query);
  const events = await getDb().event.findMany({
    where: { id: { in: window.ids } },
    include: summaryInclude,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  return {
    from: query.from,
    to: query.to,
    total: window.total,
    truncated: window.total > events.length,
    events: events.map(toSummary),
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
  const rows = await getDb().$queryRaw<{ start: Date | null; end: Date | null }[]>`
    SELECT min(e."startDate") AS start, max(e."endDate") AS end FROM "Event" e WHERE ${eventConditions(filters)}`;
  const [row] = rows;
  return row?.start && row.end ? { start: isoDay(row.start), end: isoDay(row.end) } : null;
}
