// One happening reported in several sentences or articles becomes one event with all its sources.
// Works on ExtractedEvent fields only, so stored events can be compared after conversion.
import { isoBounds } from "@/lib/ingest/dates/days";
import { phoneticKey } from "@/lib/ingest/text/normalise";
import { kindInfo } from "@/lib/ingest/events/kinds";
import type { ActorRef, EventKind, EventSourceRef, ExtractedEvent, ResolvedDate } from "@/lib/ingest/types";

const family = (kind: EventKind) => kindInfo(kind).family;

// Merging compares the same names and places over and over (every pair, every pass).
const soundCache = new Map<string, string>();

/** phoneticKey, memoised. */
function soundOf(name: string): string {
  let key = soundCache.get(name);
  if (key === undefined) {
    key = phoneticKey(name);
    if (soundCache.size > 100_000) soundCache.clear();
    soundCache.set(name, key);
  }
  return key;
}

/** Gazetteer actors compare by canonical name; role-introduced ones by how their name sounds. */
export function actorKey(a: ActorRef): string {
  return /[\u0600-\u06FF]/.test(a.name) ? `ar:${soundOf(a.name)}` : `en:${a.name.toLowerCase()}`;
}

function span(d: ResolvedDate): [number, number] {
  const [s] = isoBounds(d.start);
  const [, e] = isoBounds(d.end ?? d.start);
  return [s.getTime(), e.getTime()];
}

const DAY_MS = 86_400_000;
/** A range of more than three days. */
function isSpan(d: ResolvedDate): boolean {
  const [s, e] = span(d);
  return d.end !== null && e - s > 3 * DAY_MS;
}

export function datesCompatible(a: ResolvedDate, b: ResolvedDate): boolean {
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return as <= be && bs <= ae;
}

function shared<T>(a: T[], b: T[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}

export function sameHappening(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (family(a.kind) !== family(b.kind) || !datesCompatible(a.date, b.date)) return false;
  const actors = shared(a.actors.map(actorKey), b.actors.map(actorKey));
  const samePlace = a.place !== null && b.place !== null && soundOf(a.place) === soundOf(b.place);
  // A year-wide date overlaps everything in that year: ask for more than one shared name.
  const coarse = a.date.precision !== b.date.precision && (a.date.precision === "year" || b.date.precision === "year");
  // So does a span of days ("هذا الأسبوع") over a single day of another kind: one shared name is not enough.
  const spread = a.kind !== b.kind && isSpan(a.date) !== isSpan(b.date);
  if (coarse || spread) return samePlace || actors >= 2;
  if (family(a.kind) === "speech") return actors > 0 && a.date.precision === b.date.precision && !separateAnnouncement(a, b);
  if (actors > 0) return a.place === null || b.place === null || samePlace || actors >= 2;
  const countries = shared(a.countries, b.countries);
  const sameCountries = countries >= 2 && countries === Math.min(a.countries.length, b.countries.length);
  return sameCountries && (samePlace || a.place === null || b.place === null);
}

/**
 * A report that tells a press conference and then, in a sentence of its own, an announcement by
 * one of its speakers ("وأعلن عبد العاطي أن …") does not say it was made there: what was
 * announced is news of its own, and merging would keep only one sentence of the report.
 */
function separateAnnouncement(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const announcement = a.kind === "announcement" ? a : b.kind === "announcement" ? b : null;
  const presser = kindInfo(a.kind).shape === "press" ? a : kindInfo(b.kind).shape === "press" ? b : null;
  if (!announcement || !presser) return false;
  // Told first, then "وأضاف … في مؤتمر صحفي": the announcement was made there.
  return announcement.sources.some((x) => presser.sources.some((y) => y.articleIndex === x.articleIndex && y.start < x.start));
}

const CERTAINTY_RANK = { stated: 1, inferred: 0 } as const;
const PRECISION_RANK = { day: 2, month: 1, year: 0 } as const;
// Unknown basis (a stored date) ranks with a relative phrase: it was read from some text.
const BASIS_RANK = { calendar: 2, relative: 1, publication: 0 } as const;

/**
 * The better of two dates for the same happening: stated over inferred, then the more precise,
 * then the one a source's own words give ("16 يناير" over "غدا" over the publication date line).
 */
function betterDate(a: ResolvedDate, b: ResolvedDate): ResolvedDate {
  const score = (d: ResolvedDate) =>
    CERTAINTY_RANK[d.certainty] * 100 + PRECISION_RANK[d.precision] * 10 + BASIS_RANK[d.basis ?? "relative"] * 2 + (d.end ? 1 : 0);
  return score(b) > score(a) ? b : a;
}

/** One source per article: the sentence that gives the event's date, when one of them does. */
function pickSources(a: EventSourceRef[], b: EventSourceRef[], date: ResolvedDate): EventSourceRef[] {
  const sources = [...a];
  for (const s of b) {
    const i = sources.findIndex((x) => x.articleIndex === s.articleIndex);
    if (i === -1) sources.push(s);
    else if (!sources[i].evidence.includes(date.phrase) && s.evidence.includes(date.phrase)) sources[i] = s;
  }
  return sources;
}

/**
 * Two reports of one happening as one event: the higher-priority kind leads (its title, its place
 * first), every actor and country is kept, and the better date wins. The only merge rule: the
 * store applies it to stored events too.
 */
export function mergeReports(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  const lead = kindInfo(b.kind).priority > kindInfo(a.kind).priority || (b.kind === a.kind && b.actors.length > a.actors.length) ? b : a;
  const actors = new Map<string, ActorRef>();
  for (const x of [...lead.actors, ...a.actors, ...b.actors]) if (!actors.has(actorKey(x))) actors.set(actorKey(x), x);
  const date = betterDate(a.date, b.date);
  // One source per article: several sentences of one report are one testimony.
  const sources = pickSources(a.sources, b.sources, date);
  return {
    ...lead,
    date,
    actors: [...actors.values()],
    countries: [...new Set([...a.countries, ...b.countries])],
    place: lead.place ?? a.place ?? b.place,
    sources,
  };
}

/** Keys two events must share to be compared at all (an actor, or a country): keeps merging near-linear. */
function blockingKeys(e: ExtractedEvent): string[] {
  return [...e.actors.map(actorKey), ...e.countries.map((c) => `c:${c}`)].map((k) => `${family(e.kind)}|${k}`);
}

/** Merge every group of events that report the same happening. Order: first appearance. */
export function mergeDuplicateEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const merged: (ExtractedEvent | null)[] = [];
  const byKey = new Map<string, number[]>();
  for (const e of events) {
    const candidates = new Set<number>();
    for (const k of blockingKeys(e)) for (const i of byKey.get(k) ?? []) candidates.add(i);
    let target = -1;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const m = merged[i];
      if (m && sameHappening(m, e)) {
        target = i;
        break;
      }
    }
    if (target === -1) {
      target = merged.length;
      merged.push(e);
    } else {
      merged[target] = mergeReports(merged[target] as ExtractedEvent, e);
    }
    for (const k of blockingKeys(merged[target] as ExtractedEvent)) {
      const list = byKey.get(k) ?? [];
      if (!list.includes(target)) list.push(target);
      byKey.set(k, list);
    }
  }
  const out = merged.filter((e): e is ExtractedEvent => e !== null);
  // A merge can make two earlier groups match each other (new actors, sharper date): settle it.
  return out.length < events.length ? mergeDuplicateEvents(out) : out;
}
