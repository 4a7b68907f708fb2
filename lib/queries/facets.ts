import "server-only";
// Facet counts under the current filters. Each facet ignores its own filter (the usual faceting
// rule), so choosing Russia still shows how many events Iran would add; selected values are
// always listed, with a zero count if nothing else matches.
import { getDb } from "@/lib/db";
import type { ActorFacet, CountryFacet, FacetsQuery, FacetsResponse } from "@/lib/api/contract";
import { eventConditions } from "@/lib/queries/event-filters";
import { findEventExtent } from "@/lib/queries/events";

export async function findFacets(query: FacetsQuery): Promise<FacetsResponse> {
  const [countries, actors, extent] = await Promise.all([countCountries(query), countActors(query), findEventExtent(query)]);
  return { countries, actors, extent };
}

async function countCountries(query: FacetsQuery): Promise<CountryFacet[]> {
  const rows = await getDb().$queryRaw<{ code: string; nameAr: string; nameEn: string; count: bigint }[]>`
    SELECT c.code, c."nameAr", c."nameEn", count(*) AS count
    FROM "Event" e
    JOIN "EventCountry" ec ON ec."eventId" = e.id
    JOIN "Country" c ON c.code = ec."countryCode"
    WHERE ${eventConditions(query, "country")}
    GROUP BY c.code
    ORDER BY count DESC, c."nameAr"`;
  const facets = rows.map((row) => ({ ...row, code: row.code.trim(), count: Number(row.count) }));
  const missing = query.country.filter((code) => !facets.some((facet) => facet.code === code));
  if (missing.length > 0) {
    const selected = await getDb().country.findMany({ where: { code: { in: missing } } });
    facets.push(...selected.map(({ code, nameAr, nameEn }) => ({ code, nameAr, nameEn, count: 0 })));
  }
  return facets;
}

async function countActors(query: FacetsQuery): Promise<ActorFacet[]> {
  const rows = await getDb().$queryRaw<
    { id: number; name: string; nameAr: string; countryCode: string | null; matchKeys: string[]; count: bigint }[]
  >`
    SELECT ac.id, ac.name, ac."nameAr", ac."countryCode", ac."matchKeys", count(*) AS count
    FROM "Event" e
    JOIN "EventActor" ea ON ea."eventId" = e.id
    JOIN "Actor" ac ON ac.id = ea."actorId"
    WHERE ${eventConditions(query, "actor")}
    GROUP BY ac.id
    ORDER BY count DESC, ac."nameAr"`;
  const facets = rows.map((row) => ({ ...row, count: Number(row.count) }));
  const missing = query.actor.filter((id) => !facets.some((facet) => facet.id === id));
  if (missing.length > 0) {
    const selected = await getDb().actor.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true, nameAr: true, countryCode: true, matchKeys: true },
    });
    facets.push(...selected.map((actor) => ({ ...actor, count: 0 })));
  }
  return facets;
}
