import "server-only";
// The WHERE clause every event read shares (window, countries, actors, full text), so events and
// facets agree on what "under the current filters" means.
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { EventFilters } from "@/lib/api/contract";

export interface EventConditions extends EventFilters {
  from?: string;
  to?: string;
}

/** Which filter a facet leaves out when counting its own values. */
export type FacetExclusion = "country" | "actor" | null;

/** `%text%` for ILIKE with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** SQL conditions on the event aliased `e`, joined with AND (TRUE when nothing filters). */
export function eventConditions(filters: EventConditions, exclude: FacetExclusion = null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  // Overlap with [from, to]; startDate leads the index, endDate is checked on the rows found.
  if (filters.to) parts.push(Prisma.sql`e."startDate" <= ${filters.to}::date`);
  if (filters.from) parts.push(Prisma.sql`e."endDate" >= ${filters.from}::date`);
  if (exclude !== "country" && filters.country.length > 0) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventCountry" ec
      WHERE ec."eventId" = e.id AND ec."countryCode" IN (${Prisma.join(filters.country)}))`);
  }
  if (exclude !== "actor" && filters.actor.length > 0) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea
      WHERE ea."eventId" = e.id AND ea."actorId" IN (${Prisma.join(filters.actor)}))`);
  }
  const q = filters.q ? normalizeArabic(filters.q) : "";
  if (q) {
    const pattern = containsPattern(q);
    parts.push(Prisma.sql`(e."searchText" ILIKE ${pattern} OR EXISTS (
      SELECT 1 FROM "EventSource" es JOIN "Article" a ON a.id = es."articleId"
      WHERE es."eventId" = e.id AND a."searchText" ILIKE ${pattern}))`);
  }
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** A Date from a @db.Date column → YYYY-MM-DD (the driver gives UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
