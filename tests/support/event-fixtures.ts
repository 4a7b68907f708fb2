// Builds exactly the events a read-side test needs: countries, actors, events with their links and
// sources, straight through Prisma (no ingestion involved).
import type { Database } from "@/lib/db";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";

export interface EventFixture {
  title: string;
  start: string;
  end?: string;
  precision?: "day" | "month" | "year";
  countries?: string[];
  actors?: string[];
  /** Text of a source article (searched as Article.searchText). */
  articleBody?: string;
}

const COUNTRIES: Record<string, [string, string]> = {
  RU: ["روسيا", "Russia"],
  KP: ["كوريا الشمالية", "North Korea"],
  IR: ["إيران", "Iran"],
  US: ["الولايات المتحدة", "United States"],
  OM: ["عُمان", "Oman"],
};

const ACTORS: Record<string, { nameAr: string; country: string; variants: string[] }> = {
  "Sergey Lavrov": { nameAr: "سيرغي لافروف", country: "RU", variants: ["سيرجي لافروف", "لافروف"] },
  "Choe Son Hui": { nameAr: "تشوي سون هوي", country: "KP", variants: ["تشوي سونغ هوي", "تشوي سونج هوي"] },
  "Abbas Araghchi": { nameAr: "عباس عراقجي", country: "IR", variants: ["عراقجي"] },
};

export async function createCountriesAndActors(db: Database): Promise<Map<string, number>> {
  await db.country.createMany({
    data: Object.entries(COUNTRIES).map(([code, [nameAr, nameEn]]) => ({ code, nameAr, nameEn, variants: [] })),
  });
  const ids = new Map<string, number>();
  for (const [name, actor] of Object.entries(ACTORS)) {
    const spellings = [actor.nameAr, ...actor.variants];
    const created = await db.actor.create({
      data: {
        name,
        nameAr: actor.nameAr,
        kind: "person",
        countryCode: actor.country,
        variants: actor.variants,
        matchKeys: [...new Set([...spellings.map(normalizeArabic), ...spellings.map(phoneticKey)])],
      },
    });
    ids.set(name, created.id);
  }
  return ids;
}

let articleSequence = 0;

export async function createEvent(db: Database, actorIds: Map<string, number>, fixture: EventFixture): Promise<number> {
  const startDate = new Date(`${fixture.start}T00:00:00Z`);
  const event = await db.event.create({
    data: {
      kind: "meeting",
      title: fixture.title,
      startDate,
      endDate: new Date(`${fixture.end ?? fixture.start}T00:00:00Z`),
      hasEnd: Boolean(fixture.end && fixture.end !== fixture.start && (fixture.precision ?? "day") === "day"),
      precision: fixture.precision ?? "day",
      certainty: "stated",
      datePhrase: fixture.start,
      summary: fixture.title,
      searchText: normalizeArabic(fixture.title),
      countries: { create: (fixture.countries ?? []).map((countryCode) => ({ countryCode, startDate })) },
      actors: { create: (fixture.actors ?? []).map((name) => ({ actorId: actorIds.get(name)!, startDate })) },
    },
  });
  if (fixture.articleBody) {
    const body = fixture.articleBody;
    articleSequence += 1;
    const article = await db.article.create({
      data: { title: `مقال ${articleSequence}`, body, keywords: [], contentHash: `fixture-${articleSequence}-${event.id}`, searchText: normalizeArabic(body) },
    });
    await db.eventSource.create({
      data: { eventId: event.id, articleId: article.id, evidence: body, evidenceStart: 0, evidenceEnd: body.length },
    });
  }
  return event.id;
}

/** Points the process's Prisma client (lib/db.ts) at another database. */
export function useDatabase(url: string) {
  delete (globalThis as { sijillPrisma?: unknown }).sijillPrisma;
  process.env.DATABASE_URL = url;
}
