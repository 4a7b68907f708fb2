// Writes extracted articles and events to the database: one transaction per input file, the same
// text never stored twice (content hash), and a happening already stored gains sources instead of
// becoming a second event.
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoBounds } from "@/lib/ingest/calendar";
import { gazetteer } from "@/lib/ingest/gazetteer";
import { sameHappening } from "@/lib/ingest/merge";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/normalise";
import type { ActorRef, ExtractedEvent, ExtractionResult, ParsedArticle } from "@/lib/ingest/types";

type Tx = Prisma.TransactionClient;

export interface FileOutcome {
  file: string;
  articlesAdded: number;
  articlesKnown: number;
  eventsAdded: number;
  eventsMerged: number;
}

export function contentHash(article: Pick<ParsedArticle, "title" | "body">): string {
  return createHash("sha256").update(normalizeArabic(`${article.title}\n${article.body}`)).digest("hex");
}

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

function firstDay(value: string): Date {
  return isoBounds(value)[0];
}

function lastDay(value: string): Date {
  return isoBounds(value)[1];
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Stores one file's extraction (its articles and the events they report) atomically. */
export async function storeFileExtraction(db: Database, file: string, result: ExtractionResult): Promise<FileOutcome> {
  const outcome: FileOutcome = { file, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0 };
  await db.$transaction(
    async (tx) => {
      const articleIds: number[] = [];
      const isNew: boolean[] = [];
      for (const article of result.articles) {
        const hash = contentHash(article);
        const known = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
        if (known) {
          articleIds.push(known.id);
          isNew.push(false);
          outcome.articlesKnown++;
          continue;
        }
        const parentId = article.parentIndex === null ? null : (articleIds[article.parentIndex] ?? null);
        const created = await tx.article.create({ data: articleRow(article, hash, parentId), select: { id: true } });
        articleIds.push(created.id);
        isNew.push(true);
        outcome.articlesAdded++;
      }

      for (const event of result.events) {
        const sources = event.sources.filter((source) => isNew[source.articleIndex]);
        if (sources.length === 0) continue; // every source was stored by an earlier run
        const merged = await mergeIntoStoredEvent(tx, event, sources, articleIds);
        if (merged) outcome.eventsMerged++;
        else {
          await createEvent(tx, event, sources, articleIds);
          outcome.eventsAdded++;
        }
      }
    },
    { timeout: 60_000 },
  );
  return outcome;
}

function articleRow(article: ParsedArticle, hash: string, parentId: number | null): Prisma.ArticleUncheckedCreateInput {
  const { published } = article;
  return {
    title: article.title,
    outlet: article.outlet,
    agency: article.agency,
    url: article.url,
    body: article.body,
    keywords: article.keywords,
    publishedOn: published.value ? firstDay(published.value) : null,
    publishedPrecision: published.value ? published.precision : null,
    publishedCertainty: published.value ? published.certainty : "unknown",
    publishedPhrase: published.phrase,
    sourceFile: article.file,
    parentId,
    contentHash: hash,
    searchText: normalizeArabic(`${article.title}\n${article.body}`),
  };
}

function eventSearchText(event: ExtractedEvent): string {
  const actorNames = event.actors.flatMap((actor) => [actor.name, actor.ar, ...actor.variants]);
  return normalizeArabic([event.title, event.summary, event.place ?? "", ...actorNames].join(" "));
}

const eventInclude = {
  actors: { include: { actor: true } },
  countries: true,
} satisfies Prisma.EventInclude;

type StoredEvent = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

function asExtracted(stored: StoredEvent): ExtractedEvent {
  const cut = stored.precision === "day" ? 10 : stored.precision === "month" ? 7 : 4;
  return {
    kind: stored.kind as ExtractedEvent["kind"],
    title: stored.title,
    titleEn: stored.titleEn,
    date: {
      start: isoDay(stored.startDate).slice(0, cut),
      end: stored.hasEnd ? isoDay(stored.endDate).slice(0, cut) : null,
      precision: stored.precision,
      certainty: stored.certainty === "stated" ? "stated" : "inferred",
      phrase: stored.datePhrase,
    },
    actors: stored.actors.map(({ actor }) => ({
      name: actor.name,
      ar: actor.nameAr,
      kind: actor.kind,
      country: actor.countryCode,
      variants: actor.variants,
      role: actor.role,
    })),
    countries: stored.countries.map((link) => link.countryCode),
    place: stored.place,
    summary: stored.summary,
    sources: [],
  };
}

/** Adds the sources to an already stored event reporting the same happening, if there is one. */
async function mergeIntoStoredEvent(
  tx: Tx,
  event: ExtractedEvent,
  sources: ExtractedEvent["sources"],
  articleIds: number[],
): Promise<boolean> {
  const [from, to] = [firstDay(event.date.start), lastDay(event.date.end ?? event.date.start)];
  // Candidates overlap the new event's dates; a year-long event is the widest a match can be.
  const candidates = await tx.event.findMany({
    where: { origin: "ingest", startDate: { lte: to, gte: new Date(from.getTime() - 366 * 86_400_000) }, endDate: { gte: from } },
    include: eventInclude,
  });
  const match = candidates.find((candidate) => sameHappening(asExtracted(candidate), event));
  if (!match) return false;

  await linkSources(tx, match.id, sources, articleIds);
  const actorIds = await upsertActors(tx, event.actors);
  await tx.eventActor.createMany({
    data: actorIds.map((actorId) => ({ eventId: match.id, actorId, startDate: match.startDate })),
    skipDuplicates: true,
  });
  await tx.eventCountry.createMany({
    data: event.countries.map((countryCode) => ({ eventId: match.id, countryCode, startDate: match.startDate })),
    skipDuplicates: true,
  });
  // A finer stated date (a day where the stored event only knew the month) replaces the coarser one.
  if (PRECISION_RANK[event.date.precision] < PRECISION_RANK[match.precision]) {
    const startDate = firstDay(event.date.start);
    await tx.event.update({
      where: { id: match.id },
      data: {
        startDate,
        endDate: lastDay(event.date.end ?? event.date.start),
        hasEnd: event.date.end !== null,
        precision: event.date.precision,
        certainty: event.date.certainty,
        datePhrase: event.date.phrase,
      },
    });
    await tx.eventActor.updateMany({ where: { eventId: match.id }, data: { startDate } });
    await tx.eventCountry.updateMany({ where: { eventId: match.id }, data: { startDate } });
  }
  return true;
}

async function createEvent(tx: Tx, event: ExtractedEvent, sources: ExtractedEvent["sources"], articleIds: number[]) {
  const startDate = firstDay(event.date.start);
  const created = await tx.event.create({
    data: {
      kind: event.kind,
      title: event.title,
      titleEn: event.titleEn,
      startDate,
      endDate: lastDay(event.date.end ?? event.date.start),
      hasEnd: event.date.end !== null,
      precision: event.date.precision,
      certainty: event.date.certainty,
      datePhrase: event.date.phrase,
      place: event.place,
      summary: event.summary,
      searchText: eventSearchText(event),
    },
    select: { id: true },
  });
  await linkSources(tx, created.id, sources, articleIds);
  const actorIds = await upsertActors(tx, event.actors);
  await tx.eventActor.createMany({ data: actorIds.map((actorId) => ({ eventId: created.id, actorId, startDate })) });
  await tx.eventCountry.createMany({
    data: [...new Set(event.countries)].map((countryCode) => ({ eventId: created.id, countryCode, startDate })),
    skipDuplicates: true,
  });
}

async function linkSources(tx: Tx, eventId: number, sources: ExtractedEvent["sources"], articleIds: number[]) {
  await tx.eventSource.createMany({
    data: sources.map((source) => ({
      eventId,
      articleId: articleIds[source.articleIndex],
      evidence: source.evidence,
      evidenceStart: source.start,
      evidenceEnd: source.end,
    })),
    skipDuplicates: true,
  });
}

function matchKeys(spellings: string[]): string[] {
  return [...new Set(spellings.flatMap((spelling) => [normalizeArabic(spelling), phoneticKey(spelling)]).filter(Boolean))];
}

async function upsertActors(tx: Tx, actors: ActorRef[]): Promise<number[]> {
  const ids: number[] = [];
  for (const actor of actors) {
    const spellings = [...new Set([actor.ar, actor.name, ...actor.variants])];
    const existing = await tx.actor.findUnique({ where: { name: actor.name } });
    if (existing) {
      const variants = [...new Set([...existing.variants, ...spellings])];
      if (variants.length !== existing.variants.length) {
        await tx.actor.update({ where: { id: existing.id }, data: { variants, matchKeys: matchKeys(variants) } });
      }
      ids.push(existing.id);
      continue;
    }
    const created = await tx.actor.create({
      data: {
        name: actor.name,
        nameAr: actor.ar,
        kind: actor.kind,
        countryCode: actor.country,
        variants: spellings,
        matchKeys: matchKeys(spellings),
        role: actor.role,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return [...new Set(ids)];
}
