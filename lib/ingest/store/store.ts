// Writes extracted articles and events to the database: one transaction per input file, the same
// text never stored twice (content hash), and a happening already stored gains sources instead of
// becoming a second event.
//
// A file costs two round trips whatever it holds: one read (known hashes, merge candidates, known
// actors, fresh ids), then the file's every write as one statement of data-modifying CTEs fed by
// JSON arrays — a statement is atomic, so a failure anywhere leaves nothing of the file behind.
// Which event merges into which is decided in memory in between, in the same order and by the same
// rule (sameHappening) as when each event was read and written in turn. Both statements go through
// the pg driver itself: Prisma's own cost per statement was a third of the time per file.
import { createHash } from "node:crypto";
import type pg from "pg";
import { driverPool, type Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoBounds } from "@/lib/ingest/dates/calendar";
import { gazetteer } from "@/lib/ingest/entities/gazetteer";
import { sameHappening } from "@/lib/ingest/events/merge";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";
import type { ActorRef, ExtractedEvent, ExtractionResult, ParsedArticle, ResolvedDate } from "@/lib/ingest/types";

export interface FileOutcome {
  file: string;
  articlesAdded: number;
  articlesKnown: number;
  eventsAdded: number;
  eventsMerged: number;
}

/** sha256 of the normalised text; `normalised` spares a second normalisation when the caller has it. */
export function contentHash(article: Pick<ParsedArticle, "title" | "body">, normalised?: string): string {
  return createHash("sha256").update(normalised ?? normalizeArabic(`${article.title}\n${article.body}`)).digest("hex");
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

const DAY_MS = 86_400_000;
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Every event's date is turned into its first and last day, and the same dates come back file after file.
const dayCache = new Map<string, [string, string]>();

function days(value: string): [string, string] {
  let hit = dayCache.get(value);
  if (!hit) {
    const [first, last] = isoBounds(value);
    hit = [isoDay(first), isoDay(last)];
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(value, hit);
  }
  return hit;
}

function firstDay(value: string): string {
  return days(value)[0];
}

function lastDay(value: string): string {
  return days(value)[1];
}

/** An event as stored (or as it will be once this file's statement runs). */
interface StoredEvent {
  id: number;
  kind: string;
  title: string;
  titleEn: string | null;
  startDate: string;
  endDate: string;
  hasEnd: boolean;
  precision: ExtractedEvent["date"]["precision"];
  certainty: "stated" | "inferred" | "unknown";
  datePhrase: string;
  place: string | null;
  summary: string;
  actors: ActorRef[];
  countries: string[];
}

/** What sameHappening compares: the stored event read back as an extraction. */
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

interface FileRead {
  known: [string, number][];
  actors: { id: number; name: string; variants: string[] }[];
  candidates: StoredEvent[];
  articleIds: number[];
  eventIds: number[];
}

/** What a file's store must read: its articles' hashes, its events' date spans, its actors' names. */
interface FileRequest {
  searchTexts: string[];
  hashes: string[];
  actorNames: string[];
  ranges: { f: string; t: string }[];
  events: number;
  eventSearchTexts: string[];
}

const requests = new WeakMap<ExtractionResult, FileRequest>();

/** The file's request, worked out once (FileStoreRun.prepare does it while the database is busy). */
function fileRequest(result: ExtractionResult): FileRequest {
  let request = requests.get(result);
  if (!request) {
    const searchTexts = result.articles.map((article) => normalizeArabic(`${article.title}\n${article.body}`));
    request = {
      searchTexts,
      hashes: result.articles.map((article, i) => contentHash(article, searchTexts[i])),
      actorNames: [...new Set(result.events.flatMap((event) => event.actors.map((actor) => actor.name)))],
      ranges: result.events.map((event) => ({ f: firstDay(event.date.start), t: lastDay(event.date.end ?? event.date.start) })),
      events: result.events.length,
      eventSearchTexts: result.events.map(eventSearchText),
    };
    requests.set(result, request);
  }
  return request;
}

/**
 * The read, as select-list items: which hashes are stored (Article_contentHash_key), the stored
 * events each new event could merge with (the same rule as before: starting at most a year before
 * it and still running when it starts — a range scan of Event_startDate_id_idx per event), the
 * actors already known by name (Actor_name_key), and ids for the rows this file may add (taken from
 * the sequences, so the write can link rows it creates in one go). Lists come as arrays (= ANY):
 * the planner can't see into a JSON list and chose sequential scans of Article for it.
 */
function readItems(request: FileRequest): Prisma.Sql {
  return Prisma.sql`
      (SELECT coalesce(json_agg(json_build_array(a."contentHash", a.id)), '[]') FROM "Article" a
        WHERE a."contentHash" = ANY(${request.hashes}::text[])) AS known,
      (SELECT coalesce(json_agg(json_build_object('id', ac.id, 'name', ac.name, 'variants', ac.variants)), '[]') FROM "Actor" ac
        WHERE ac.name = ANY(${request.actorNames}::text[])) AS actors,
      (SELECT coalesce(json_agg(c ORDER BY c.id), '[]') FROM (
        SELECT e.id, e.kind, e.title, e."titleEn", e."startDate", e."endDate", e."hasEnd", e.precision, e.certainty,
          e."datePhrase", e.place, e.summary,
          (SELECT coalesce(json_agg(json_build_object('name', ac.name, 'ar', ac."nameAr", 'kind', ac.kind,
              'country', ac."countryCode", 'variants', ac.variants, 'role', ac.role)), '[]')
            FROM "EventActor" ea JOIN "Actor" ac ON ac.id = ea."actorId" WHERE ea."eventId" = e.id) AS actors,
          (SELECT coalesce(json_agg(ec."countryCode"), '[]') FROM "EventCountry" ec WHERE ec."eventId" = e.id) AS countries
        FROM "Event" e
        WHERE e.id IN (
          SELECT s.id FROM json_to_recordset(${JSON.stringify(request.ranges)}::json) AS r(f date, t date)
          JOIN "Event" s ON s."startDate" <= r.t AND s."startDate" >= r.f - 366 AND s."endDate" >= r.f AND s.origin = 'ingest')
      ) c) AS candidates,
      (SELECT coalesce(array_agg(nextval('"Article_id_seq"')::int), '{}') FROM generate_series(1, ${request.hashes.length}::int)) AS "articleIds",
      (SELECT coalesce(array_agg(nextval('"Event_id_seq"')::int), '{}') FROM generate_series(1, ${request.events}::int)) AS "eventIds"`;
}

async function readForFile(conn: Connection, request: FileRequest): Promise<FileRead> {
  const { rows } = await run<FileRead>(conn, "sijill_store_read", Prisma.sql`SELECT ${readItems(request)}`);
  return rows[0];
}

/** Keys of each spelling, kept across files: the same names come back in article after article. */
const spellingKeys = new Map<string, string[]>();

function matchKeys(spellings: string[]): string[] {
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

/** An extracted date as an event row holds it: the days it covers, [from, to]. */
function storedDate(date: ResolvedDate, from: string, to: string) {
  return { startDate: from, endDate: to, hasEnd: date.end !== null, precision: date.precision, certainty: date.certainty, datePhrase: date.phrase };
}

function eventSearchText(event: ExtractedEvent): string {
  const actorNames = event.actors.flatMap((actor) => [actor.name, actor.ar, ...actor.variants]);
  return normalizeArabic([event.title, event.summary, event.place ?? "", ...actorNames].join(" "));
}

/** A pg connection (a pool client held for a run of files, or the pool itself). */
export type Connection = pg.Pool | pg.PoolClient;

/** Runs `sql` as the named prepared statement `name`: parsed once per connection, not per file. */
function run<Row extends pg.QueryResultRow>(conn: Connection, name: string, sql: Prisma.Sql): Promise<pg.QueryResult<Row>> {
  return conn.query<Row>({ name, text: sql.text, values: sql.values });
}

/** Stores one file's extraction (its articles and the events they report) atomically. */
export async function storeFileExtraction(db: Database, file: string, result: ExtractionResult): Promise<FileOutcome> {
  const conn = driverPool(db);
  const request = fileRequest(result);
  const plan = planFile(file, result, request, await readForFile(conn, request));
  if (plan.writes) await run(conn, "sijill_store_write", writeStatement(plan.writes, null));
  return plan.outcome;
}

/**
 * Stores a run of files in order over one connection, one round trip per file: each file's write
 * carries the next file's read (writeStatement), and `meanwhile` runs while PostgreSQL works —
 * ingestPaths extracts the file after next there.
 */
export class FileStoreRun {
  private pending: { result: ExtractionResult; request: FileRequest; read: FileRead } | null = null;

  constructor(private readonly conn: Connection) {}

  /** Works out what a coming file will ask of the database (normalised text, hashes): CPU, so best done while waiting for it. */
  prepare(result: ExtractionResult | null): void {
    if (result && result.articles.length > 0) fileRequest(result);
  }

  /** Stores `result` (null: the file has nothing to store) and reads for `next`; throws if the file is not stored. */
  async store(file: string, result: ExtractionResult | null, next: ExtractionResult | null, meanwhile: () => void): Promise<FileOutcome | null> {
    let plan: FilePlan | null = null;
    if (result) {
      const pending = this.pending?.result === result ? this.pending : null;
      const request = pending?.request ?? fileRequest(result);
      plan = planFile(file, result, request, pending?.read ?? (await readForFile(this.conn, request)));
    }
    this.pending = null;
    const nextRequest = next ? fileRequest(next) : null;
    type Row = FileRead & { createdActors: [number, string][] };
    let statement: Promise<pg.QueryResult<Row>> | null = null;
    if (plan?.writes) statement = run<Row>(this.conn, nextRequest ? "sijill_store_write_read" : "sijill_store_write", writeStatement(plan.writes, nextRequest));
    else if (nextRequest) statement = run<Row>(this.conn, "sijill_store_read", Prisma.sql`SELECT ${readItems(nextRequest)}`);
    statement?.catch(() => {}); // awaited below, after `meanwhile`
    meanwhile();
    // A failed write takes the next file's read with it: that file is then read again alone.
    const rows = statement ? (await statement).rows : [];
    if (next && nextRequest) {
      const read = plan?.writes ? withEffects(rows[0], plan.effects, rows[0].createdActors, nextRequest) : rows[0];
      this.pending = { result: next, request: nextRequest, read };
    }
    return plan?.outcome ?? null;
  }
}

interface PoolEvent extends StoredEvent {
  stored: boolean;
  dateChanged: boolean;
}

/** What a file's write changes that the next file's read (taken in the same statement) can't see yet. */
interface Effects {
  hashes: [string, number][];
  actors: Map<string, { id: number | null; variants: string[] }>;
  events: PoolEvent[];
}

interface FilePlan {
  outcome: FileOutcome;
  /** The write's CTEs (see writeStatement), or null when the file adds nothing. */
  writes: Prisma.Sql | null;
  effects: Effects;
}

/**
 * The file's write, as one statement: the CTEs do every insert and update, and the statement
 * returns the ids of the actors it created — plus, when `next` is given, the next file's read, so
 * a run of files costs one round trip per file. That read sees the database as it was before this
 * write (one snapshot per statement); withEffects() adds what the write changed.
 */
function writeStatement(writes: Prisma.Sql, next: FileRequest | null): Prisma.Sql {
  return Prisma.sql`WITH ${writes}
    SELECT (SELECT coalesce(json_agg(json_build_array(id, name)), '[]') FROM new_actors) AS "createdActors"
    ${next ? Prisma.sql`, ${readItems(next)}` : Prisma.empty}`;
}

/**
 * The next file's read (from before this file's write) with this file's write applied. Like the
 * read itself, it holds only the actors the next file names: carrying every actor met so far from
 * file to file made each file's plan slower than the last.
 */
function withEffects(read: FileRead, effects: Effects, createdActors: [number, string][], next: FileRequest): FileRead {
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

/**
 * Decides every row the file's store writes from what its read found: which articles are new,
 * which events merge into stored ones and which are created, which actors are created or gain
 * spellings. Pure: nothing is written until the statement runs.
 */
function planFile(file: string, result: ExtractionResult, request: FileRequest, read: FileRead): FilePlan {
  const outcome: FileOutcome = { file, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0 };
  const { searchTexts, hashes, actorNames } = request;

  // Articles: a hash already stored (or met earlier in this file) is known, the rest get fresh ids.
  const idByHash = new Map(read.known);
  const articleIds: number[] = [];
  const isNew: boolean[] = [];
  const articleRows: object[] = [];
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
    articleRows.push(articleRow(article, id, hashes[i], searchTexts[i], article.parentIndex === null ? null : (articleIds[article.parentIndex] ?? null)));
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

  // Events, in order: each merges into the first stored (or earlier created) event reporting the same
  // happening, else it is created. The pool is what the database would hold at that point.
  const pool: PoolEvent[] = read.candidates.map((candidate) => ({
    ...candidate,
    actors: [...candidate.actors],
    countries: [...candidate.countries],
    startDate: candidate.startDate.slice(0, 10),
    endDate: candidate.endDate.slice(0, 10),
    stored: true,
    dateChanged: false,
  }));
  const created: { event: PoolEvent; searchText: string }[] = [];
  const sourceRows: object[] = [];
  const links = new Map<PoolEvent, { actors: Set<string>; countries: Set<string> }>();
  const linksOf = (event: PoolEvent) => links.get(event) ?? links.set(event, { actors: new Set(), countries: new Set() }).get(event)!;
  let nextEventId = 0;

  for (const [eventIndex, event] of result.events.entries()) {
    const sources = event.sources.filter((source) => isNew[source.articleIndex]);
    if (sources.length === 0) continue;
    const [from, to] = [firstDay(event.date.start), lastDay(event.date.end ?? event.date.start)];
    const earliest = isoDay(new Date(Date.parse(from) - 366 * DAY_MS));
    const match = pool.find(
      (candidate) =>
        candidate.startDate <= to && candidate.startDate >= earliest && candidate.endDate >= from && sameHappening(asExtracted(candidate), event),
    );
    let target: PoolEvent;
    if (match) {
      target = match;
      outcome.eventsMerged++;
      for (const actor of event.actors) if (!target.actors.some((known) => known.name === actor.name)) target.actors.push(actor);
      for (const code of event.countries) if (!target.countries.includes(code)) target.countries.push(code);
      // A finer stated date (a day where the stored event only knew the month) replaces the coarser one.
      if (PRECISION_RANK[event.date.precision] < PRECISION_RANK[target.precision]) {
        Object.assign(target, storedDate(event.date, from, to), { dateChanged: target.stored });
      }
    } else {
      target = {
        id: read.eventIds[nextEventId++],
        kind: event.kind,
        title: event.title,
        titleEn: event.titleEn,
        ...storedDate(event.date, from, to),
        place: event.place,
        summary: event.summary,
        actors: [...new Map(event.actors.map((actor) => [actor.name, actor])).values()],
        countries: [...new Set(event.countries)],
        stored: false,
        dateChanged: false,
      };
      pool.push(target);
      created.push({ event: target, searchText: request.eventSearchTexts[eventIndex] });
      outcome.eventsAdded++;
    }
    noteActors(event.actors);
    for (const actor of event.actors) linksOf(target).actors.add(actor.name);
    for (const code of event.countries) linksOf(target).countries.add(code);
    for (const source of sources) {
      sourceRows.push({
        eventId: target.id,
        articleId: articleIds[source.articleIndex],
        evidence: source.evidence,
        evidenceStart: source.start,
        evidenceEnd: source.end,
      });
    }
  }

  // Links carry the event's final start date; links stored before this file follow a changed date.
  const actorLinks = [...links].flatMap(([event, { actors: names }]) => [...names].map((name) => ({ eventId: event.id, name, startDate: event.startDate })));
  const countryLinks = [...links].flatMap(([event, { countries }]) => [...countries].map((countryCode) => ({ eventId: event.id, countryCode, startDate: event.startDate })));
  const redated = pool.filter((event) => event.dateChanged);
  const eventRows = created.map(({ event, searchText }) => ({
    id: event.id, kind: event.kind, title: event.title, titleEn: event.titleEn, startDate: event.startDate, endDate: event.endDate,
    hasEnd: event.hasEnd, precision: event.precision, certainty: event.certainty, datePhrase: event.datePhrase,
    place: event.place, summary: event.summary, searchText,
  }));
  const newActors = [...actors.values()].filter((actor) => !actor.known).map(({ name, variants, ref }) => ({
    name, nameAr: ref!.ar, kind: ref!.kind, countryCode: ref!.country, variants, matchKeys: matchKeys(variants), role: ref!.role,
  }));
  const grownActors = [...actors.values()].filter((actor) => actor.grew).map(({ id, variants }) => ({ id, variants, matchKeys: matchKeys(variants) }));
  const json = (rows: unknown) => JSON.stringify(rows);

  const writes = Prisma.sql`
    new_actors AS (
      INSERT INTO "Actor" (name, "nameAr", kind, "countryCode", variants, "matchKeys", role)
      SELECT name, "nameAr", kind, "countryCode", variants, "matchKeys", role
      FROM json_to_recordset(${json(newActors)}::json) AS x(name text, "nameAr" text, kind "ActorKind", "countryCode" text, variants text[], "matchKeys" text[], role text)
      RETURNING id, name),
    grown_actors AS (
      UPDATE "Actor" ac SET variants = x.variants, "matchKeys" = x."matchKeys"
      FROM json_to_recordset(${json(grownActors)}::json) AS x(id int, variants text[], "matchKeys" text[]) WHERE ac.id = x.id),
    actor_ids AS (
      SELECT id, name FROM new_actors
      UNION ALL SELECT id, name FROM "Actor" WHERE name = ANY(${actorNames}::text[])),
    articles AS (
      INSERT INTO "Article" (id, title, outlet, agency, url, body, keywords, "publishedOn", "publishedPrecision", "publishedCertainty",
        "publishedPhrase", "sourceFile", "parentId", "contentHash", "searchText")
      SELECT * FROM json_to_recordset(${json(articleRows)}::json) AS x(id int, title text, outlet text, agency text, url text, body text,
        keywords text[], "publishedOn" date, "publishedPrecision" "DatePrecision", "publishedCertainty" "DateCertainty",
        "publishedPhrase" text, "sourceFile" text, "parentId" int, "contentHash" text, "searchText" text)),
    events AS (
      INSERT INTO "Event" (id, kind, title, "titleEn", "startDate", "endDate", "hasEnd", precision, certainty, "datePhrase", place, summary, "searchText")
      SELECT * FROM json_to_recordset(${json(eventRows)}::json) AS x(id int, kind text, title text, "titleEn" text, "startDate" date,
        "endDate" date, "hasEnd" boolean, precision "DatePrecision", certainty "DateCertainty", "datePhrase" text, place text,
        summary text, "searchText" text)),
    redated AS (
      UPDATE "Event" e SET "startDate" = x."startDate", "endDate" = x."endDate", "hasEnd" = x."hasEnd", precision = x.precision,
        certainty = x.certainty, "datePhrase" = x."datePhrase"
      FROM json_to_recordset(${json(redated)}::json) AS x(id int, "startDate" date, "endDate" date, "hasEnd" boolean,
        precision "DatePrecision", certainty "DateCertainty", "datePhrase" text)
      WHERE e.id = x.id),
    redated_actors AS (
      UPDATE "EventActor" ea SET "startDate" = x."startDate"
      FROM json_to_recordset(${json(redated)}::json) AS x(id int, "startDate" date) WHERE ea."eventId" = x.id),
    redated_countries AS (
      UPDATE "EventCountry" ec SET "startDate" = x."startDate"
      FROM json_to_recordset(${json(redated)}::json) AS x(id int, "startDate" date) WHERE ec."eventId" = x.id),
    sources AS (
      INSERT INTO "EventSource" ("eventId", "articleId", evidence, "evidenceStart", "evidenceEnd")
      SELECT * FROM json_to_recordset(${json(sourceRows)}::json) AS x("eventId" int, "articleId" int, evidence text, "evidenceStart" int, "evidenceEnd" int)
      ON CONFLICT DO NOTHING),
    actor_links AS (
      INSERT INTO "EventActor" ("eventId", "actorId", "startDate")
      SELECT x."eventId", a.id, x."startDate"
      FROM json_to_recordset(${json(actorLinks)}::json) AS x("eventId" int, name text, "startDate" date) JOIN actor_ids a ON a.name = x.name
      ON CONFLICT DO NOTHING),
    country_links AS (
      INSERT INTO "EventCountry" ("eventId", "countryCode", "startDate")
      SELECT * FROM json_to_recordset(${json(countryLinks)}::json) AS x("eventId" int, "countryCode" text, "startDate" date)
      ON CONFLICT DO NOTHING)`;
  const effects: Effects = {
    hashes: hashes.flatMap((hash, i): [string, number][] => (isNew[i] ? [[hash, articleIds[i]]] : [])),
    actors: new Map([...actors.values()].map((actor) => [actor.name, { id: actor.known ? actor.id : null, variants: actor.variants }])),
    events: [...links.keys()],
  };
  return { outcome, writes, effects };
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
    publishedOn: published.value ? firstDay(published.value) : null,
    publishedPrecision: published.value ? published.precision : null,
    publishedCertainty: published.value ? published.certainty : "unknown",
    publishedPhrase: published.phrase,
    sourceFile: article.file,
    parentId,
    contentHash: hash,
    searchText,
  };
}
