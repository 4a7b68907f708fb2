// Decides every row a file's store writes, from the file's extraction and what the read found:
// which articles are new, which events merge into stored ones (by merge.ts's rule, the only one)
// and which are created, which actors are created or gain spellings. Pure: no database here.
import { mergeReports, sameHappening } from "@/lib/ingest/events/merge";
import { dayBounds, type FileRead, type FileRequest, type StoredEvent } from "@/lib/ingest/store/read";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";
import type { ActorRef, ExtractedEvent, ExtractionResult, ParsedArticle, ResolvedDate } from "@/lib/ingest/types";

export interface FileOutcome {
  file: string;
  articlesAdded: number;
  articlesKnown: number;
  eventsAdded: number;
  eventsMerged: number;
}

interface PoolEvent extends StoredEvent {
  stored: boolean;
  /** A stored event whose kind, title, place or date a merge changed. */
  changed: boolean;
}

/** What a file's write changes that the next file's read (taken in the same statement) can't see yet. */
export interface Effects {
  hashes: [string, number][];
  actors: Map<string, { id: number | null; variants: string[] }>;
  events: StoredEvent[];
}

/** The rows of one file's write, as plain data (write.ts turns them into one statement). */
export interface FileWrites {
  actorNames: string[];
  newActors: { name: string; nameAr: string; kind: string; countryCode: string | null; variants: string[]; matchKeys: string[]; role: string | null }[];
  grownActors: { id: number; variants: string[]; matchKeys: string[] }[];
  articles: ReturnType<typeof articleRow>[];
  events: (Omit<StoredEvent, "actors" | "countries"> & { searchText: string })[];
  /** Stored events a merge changed: their new kind, title, place and date. */
  updated: Omit<StoredEvent, "actors" | "countries" | "summary" | "titleEn">[];
  sources: { eventId: number; articleId: number; evidence: string; evidenceStart: number; evidenceEnd: number }[];
  actorLinks: { eventId: number; name: string; startDate: string }[];
  countryLinks: { eventId: number; countryCode: string; startDate: string }[];
}

export interface FilePlan {
  outcome: FileOutcome;
  /** null when the file adds nothing. */
  writes: FileWrites | null;
  effects: Effects;
}

const DAY_MS = 86_400_000;

/** What sameHappening and mergeReports compare: the stored event read back as an extraction. */
function asExtracted(stored: StoredEvent): ExtractedEvent {
  const cut = stored.precision === "day" ? 10 : stored.precision === "month" ? 7 : 4;
  return {
    kind: stored.kind as ExtractedEvent["kind"],
    title: stored.title,
    titleEn: stored.titleEn,
    date: {
      start: stored.startDate.slice(0, cut),
      end: stored.hasEnd ? stored.endDate.slice(0, cut) : null,
      precision: stored.precision,
      certainty: stored.certainty === "stated" ? "stated" : "inferred",
      phrase: stored.datePhrase,
    },
    actors: stored.actors,
    countries: stored.countries,
    place: stored.place,
    summary: stored.summary,
    sources: [],
  };
}

/** An extracted date as an event row holds it: the days it covers. */
function storedDate(date: ResolvedDate) {
  const [startDate] = dayBounds(date.start);
  const [, endDate] = dayBounds(date.end ?? date.start);
  return { startDate, endDate, hasEnd: date.end !== null, precision: date.precision, certainty: date.certainty, datePhrase: date.phrase };
}

/** Keys of each spelling, kept across files: the same names come back in article after article. */
const spellingKeys = new Map<string, string[]>();

export function matchKeys(spellings: string[]): string[] {
  const keysOf = (spelling: string) => {
    let keys = spellingKeys.get(spelling);
    if (!keys) {
      if (spellingKeys.size > 100_000) spellingKeys.clear();
      keys = [normalizeArabic(spelling), phoneticKey(spelling)];
      spellingKeys.set(spelling, keys);
    }
    return keys;
  };
  return [...new Set(spellings.flatMap(keysOf).filter(Boolean))];
}

/**
 * Whether merging the mention's spellings into `variants` (as a set) would leave the list as it is:
 * every spelling is listed already and the list holds no repeats.
 */
function alreadyListed(variants: string[], ref: ActorRef, distinct: WeakSet<string[]>): boolean {
  if (!variants.includes(ref.ar) || !variants.includes(ref.name) || !ref.variants.every((v) => variants.includes(v))) return false;
  if (!distinct.has(variants)) {
    if (new Set(variants).size !== variants.length) return false;
    distinct.add(variants);
  }
  return true;
}

function articleRow(article: ParsedArticle, id: number, hash: string, searchText: string, parentId: number | null) {
  const { published } = article;
  return {
    id,
    title: article.title,
    outlet: article.outlet,
    agency: article.agency,
    url: article.url,
    body: article.body,
    keywords: article.keywords,
    publishedOn: published.value ? dayBounds(published.value)[0] : null,
    publishedPrecision: published.value ? published.precision : null,
    publishedCertainty: published.value ? published.certainty : "unknown",
    publishedPhrase: published.phrase,
    sourceFile: article.file,
    parentId,
    contentHash: hash,
    searchText,
  };
}

/** Applies a merge's result to the pool event it merged into. */
function absorb(target: PoolEvent, merged: ExtractedEvent): void {
  const date = storedDate(merged.date);
  const changed = merged.kind !== target.kind || merged.title !== target.title || merged.place !== target.place
    || date.startDate !== target.startDate || date.endDate !== target.endDate || date.precision !== target.precision
    || date.certainty !== target.certainty || date.hasEnd !== target.hasEnd;
  Object.assign(target, { kind: merged.kind, title: merged.title, place: merged.place, ...date });
  target.actors = [...new Map(merged.actors.map((actor) => [actor.name, actor])).values()];
  target.countries = [...new Set(merged.countries)];
  if (changed && target.stored) target.changed = true;
}

/** Plans one file's store. Events merge, in order, into the first stored (or earlier created) event reporting the same happening. */
export function planFile(file: string, result: ExtractionResult, request: FileRequest, read: FileRead): FilePlan {
  const outcome: FileOutcome = { file, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0 };
  const { searchTexts, hashes, actorNames } = request;

  // Articles: a hash already stored (or met earlier in this file) is known, the rest get fresh ids.
  const idByHash = new Map(read.known);
  const articleIds: number[] = [];
  const isNew: boolean[] = [];
  const articles: FileWrites["articles"] = [];
  result.articles.forEach((article, i) => {
    const known = idByHash.get(hashes[i]);
    if (known !== undefined) {
      articleIds.push(known);
      isNew.push(false);
      outcome.articlesKnown++;
      return;
    }
    const id = read.articleIds[i];
    idByHash.set(hashes[i], id);
    articleIds.push(id);
    isNew.push(true);
    outcome.articlesAdded++;
    articles.push(articleRow(article, id, hashes[i], searchTexts[i], article.parentIndex === null ? null : (articleIds[article.parentIndex] ?? null)));
  });
  const nothing: Effects = { hashes: [], actors: new Map(), events: [] };
  if (outcome.articlesAdded === 0) return { outcome, writes: null, effects: nothing }; // every source was stored by an earlier run

  // Actors: variants of known ones grow, unknown ones are created with their first spelling's details.
  const actors = new Map(read.actors.map((actor) => [actor.name, { ...actor, known: true, ref: null as ActorRef | null, grew: false }]));
  const distinct = new WeakSet<string[]>(); // variant lists known to hold no repeats
  const noteActors = (refs: ActorRef[]) => {
    for (const ref of refs) {
      const actor = actors.get(ref.name);
      if (actor && alreadyListed(actor.variants, ref, distinct)) continue; // the usual case: nothing grows
      const spellings = [ref.ar, ref.name, ...ref.variants];
      if (!actor) {
        actors.set(ref.name, { id: 0, name: ref.name, variants: [...new Set(spellings)], known: false, ref, grew: false });
        continue;
      }
      const variants = [...new Set([...actor.variants, ...spellings])];
      if (variants.length !== actor.variants.length) Object.assign(actor, { variants, grew: actor.known });
    }
  };

  // The pool is what the database would hold at each point of the file.
  const pool: PoolEvent[] = read.candidates.map((candidate) => ({
    ...candidate,
    actors: [...candidate.actors],
    countries: [...candidate.countries],
    startDate: candidate.startDate.slice(0, 10),
    endDate: candidate.endDate.slice(0, 10),
    stored: true,
    changed: false,
  }));
  const created: { event: PoolEvent; searchText: string }[] = [];
  const sources: FileWrites["sources"] = [];
  const links = new Map<PoolEvent, { actors: Set<string>; countries: Set<string> }>();
  const linksOf = (event: PoolEvent) => links.get(event) ?? links.set(event, { actors: new Set(), countries: new Set() }).get(event)!;
  let nextEventId = 0;

  for (const [eventIndex, event] of result.events.entries()) {
    const own = event.sources.filter((source) => isNew[source.articleIndex]);
    if (own.length === 0) continue;
    const [from, to] = [dayBounds(event.date.start)[0], dayBounds(event.date.end ?? event.date.start)[1]];
    const earliest = new Date(Date.parse(from) - 366 * DAY_MS).toISOString().slice(0, 10);
    const match = pool.find(
      (candidate) =>
        candidate.startDate <= to && candidate.startDate >= earliest && candidate.endDate >= from && sameHappening(asExtracted(candidate), event),
    );
    let target: PoolEvent;
    if (match) {
      target = match;
      outcome.eventsMerged++;
      absorb(target, mergeReports(asExtracted(target), event));
    } else {
      target = {
        id: read.eventIds[nextEventId++],
        kind: event.kind,
        title: event.title,
        titleEn: event.titleEn,
        ...storedDate(event.date),
        place: event.place,
        summary: event.summary,
        actors: [...new Map(event.actors.map((actor) => [actor.name, actor])).values()],
        countries: [...new Set(event.countries)],
        stored: false,
        changed: false,
      };
      pool.push(target);
      created.push({ event: target, searchText: request.eventSearchTexts[eventIndex] });
      outcome.eventsAdded++;
    }
    noteActors(event.actors);
    for (const actor of event.actors) linksOf(target).actors.add(actor.name);
    for (const code of event.countries) linksOf(target).countries.add(code);
    for (const source of own) {
      sources.push({
        eventId: target.id,
        articleId: articleIds[source.articleIndex],
        evidence: source.evidence,
        evidenceStart: source.start,
        evidenceEnd: source.end,
      });
    }
  }

  // Links carry the event's final start date; links stored before this file follow a changed date.
  const writes: FileWrites = {
    actorNames,
    newActors: [...actors.values()].filter((actor) => !actor.known).map(({ name, variants, ref }) => ({
      name, nameAr: ref!.ar, kind: ref!.kind, countryCode: ref!.country, variants, matchKeys: matchKeys(variants), role: ref!.role,
    })),
    grownActors: [...actors.values()].filter((actor) => actor.grew).map(({ id, variants }) => ({ id, variants, matchKeys: matchKeys(variants) })),
    articles,
    events: created.map(({ event, searchText }) => ({
      id: event.id, kind: event.kind, title: event.title, titleEn: event.titleEn, startDate: event.startDate, endDate: event.endDate,
      hasEnd: event.hasEnd, precision: event.precision, certainty: event.certainty, datePhrase: event.datePhrase,
      place: event.place, summary: event.summary, searchText,
    })),
    updated: pool.filter((event) => event.changed).map((event) => ({
      id: event.id, kind: event.kind, title: event.title, startDate: event.startDate, endDate: event.endDate, hasEnd: event.hasEnd,
      precision: event.precision, certainty: event.certainty, datePhrase: event.datePhrase, place: event.place,
    })),
    sources,
    actorLinks: [...links].flatMap(([event, { actors: names }]) => [...names].map((name) => ({ eventId: event.id, name, startDate: event.startDate }))),
    countryLinks: [...links].flatMap(([event, { countries }]) => [...countries].map((countryCode) => ({ eventId: event.id, countryCode, startDate: event.startDate }))),
  };
  const effects: Effects = {
    hashes: hashes.flatMap((hash, i): [string, number][] => (isNew[i] ? [[hash, articleIds[i]]] : [])),
    actors: new Map([...actors.values()].map((actor) => [actor.name, { id: actor.known ? actor.id : null, variants: actor.variants }])),
    events: [...links.keys()],
  };
  return { outcome, writes, effects };
}

/**
 * The next file's read (from before this file's write) with this file's write applied. Like the
 * read itself, it holds only the actors the next file names: carrying every actor met so far from
 * file to file made each file's plan slower than the last.
 */
export function withEffects(read: FileRead, effects: Effects, createdActors: [number, string][], next: FileRequest): FileRead {
  const createdIds = new Map(createdActors.map(([id, name]) => [name, id]));
  const known = new Map(read.known);
  for (const [hash, id] of effects.hashes) known.set(hash, id);
  const actors = new Map(read.actors.map((actor) => [actor.name, actor]));
  const named = new Set(next.actorNames);
  for (const [name, actor] of effects.actors) {
    if (!named.has(name)) continue;
    const id = actor.id ?? createdIds.get(name);
    if (id !== undefined) actors.set(name, { id, name, variants: actor.variants });
  }
  const events = new Map(read.candidates.map((event) => [event.id, event]));
  for (const event of effects.events) events.set(event.id, event);
  return { ...read, known: [...known], actors: [...actors.values()], candidates: [...events.values()].sort((a, b) => a.id - b.id) };
}
