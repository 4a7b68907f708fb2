// Scores what `extract` gives for each corpus page against the page's gold. Pure: pages and their
// extraction in, figures out. An extracted event matches a gold event of the same page when their
// dates overlap and they share an actor or two countries (or, for a gold event naming no actor, a
// country and the kind's family).
import { phoneticKey } from "@/lib/ingest/text/normalise";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import { isoBounds } from "@/lib/ingest/dates/days";
import type { ExtractJson } from "@/lib/ingest/extract-json";
import type { GoldEvent, GoldPage } from "./gold";

type Extracted = ExtractJson["events"][number];
type ExtractedActor = Extracted["actors"][number];

export interface PageInput {
  id: string;
  gold: GoldPage;
  /** The page's own article as extracted (its first), or null when none was found. */
  article: ExtractJson["articles"][number] | null;
  /** Extracted events with a source on this page. */
  events: Extracted[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  id: string;
  gold: number;
  goldMain: number;
  extracted: number;
  matched: number;
  matchedMain: number;
  exactDates: number;
  kindsRight: number;
  published: "right" | "wrong" | "missing" | "coarser";
  headline: "right" | "wrong" | "unscored";
  actors: Counts;
  countries: Counts;
  misses: GoldEvent[];
  wrong: Extracted[];
  pairs: { gold: GoldEvent; extracted: Extracted }[];
}

export interface Figures {
  pages: number;
  goldEvents: number;
  extractedEvents: number;
  /** Gold events matched. */
  eventRecall: number;
  /** Main gold events matched. */
  mainRecall: number;
  /** Extracted events matching a gold event. */
  precision: number;
  /** Among matches, start, end and precision all equal. */
  dateExact: number;
  /** Pages whose publication date is right (value and precision); where the text gives none, pages where none is invented. */
  published: number;
  /** Pages with a headline whose title is it. */
  headline: number;
  actorF1: number;
  countryF1: number;
  /** Among matches, the same kind. */
  kindAccuracy: number;
}

export const FIGURE_NAMES = ["eventRecall", "mainRecall", "precision", "dateExact", "published", "headline", "actorF1", "countryF1", "kindAccuracy"] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** Kinds that can be one happening told two ways (mirrors the families in seed/lexicon/kinds.json). */
export type Families = Map<string, string>;

function span(start: string, end: string | null): [number, number] {
  return [isoBounds(start)[0].getTime(), isoBounds(end ?? start)[1].getTime()];
}

function overlaps(g: GoldEvent, e: Extracted): boolean {
  const [gs, ge] = span(g.start, g.end);
  const [es, ee] = span(e.start, e.end);
  return gs <= ee && es <= ge;
}

const words = (name: string) => phoneticKey(name.replace(/-/g, " ")).length > 0
  ? normalizeArabic(name).replace(/[-_.,]/g, " ").split(" ").filter(Boolean).map(phoneticKey)
  : [];

/** Whether `part`'s word keys occur in order, contiguously, within `whole`'s. */
function containsWords(whole: string[], part: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

/** A name's consonants: transliterations differ most in their long vowels ("جوزيف" / "جوزاف"). */
const skeleton = (keys: string[]) => keys.map((k) => (k.length > 3 ? k[0] + k.slice(1).replace(/[اوي]/g, "") : k));

/** A gold actor (with its spellings) and an extracted one are the same: same sound, or one's words within the other's. */
export function sameActor(gold: string | string[], actor: ExtractedActor): boolean {
  const golds = (Array.isArray(gold) ? gold : [gold]).map(words);
  const mine = [actor.ar, actor.name].map(words);
  const same = (g: string[], m: string[]) => g.join("") === m.join("") || containsWords(m, g) || containsWords(g, m);
  return golds.some((g) => mine.some((m) => same(g, m) || same(skeleton(g), skeleton(m))));
}

function actorCounts(g: GoldEvent, e: Extracted): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const ga of g.actors) {
    const i = e.actors.findIndex((a, k) => !used.has(k) && sameActor(ga, a));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: e.actors.length - used.size, fn: g.actors.length - tp };
}

function countryCounts(g: GoldEvent, e: Extracted): Counts {
  const tp = e.countries.filter((c) => g.countries.includes(c)).length;
  return { tp, fp: e.countries.length - tp, fn: g.countries.length - tp };
}

function exactDate(g: GoldEvent, e: Extracted): boolean {
  return g.start === e.start && (g.end ?? null) === (e.end ?? null) && g.precision === e.precision;
}

/** How well `e` fits `g`, or 0 when it is not a match. */
export function matchScore(g: GoldEvent, e: Extracted, families: Families): number {
  if (!overlaps(g, e)) return 0;
  const actors = actorCounts(g, e).tp;
  const countries = countryCounts(g, e).tp;
  const family = (k: string) => families.get(k) ?? k;
  // A happening no one is named in (a quake, a flood) is matched by a country it struck and its kind.
  const unnamed = g.actors.length === 0 && countries >= Math.min(1, g.countries.length) && family(g.kind) === family(e.kind);
  if (actors === 0 && countries < 2 && !unnamed) return 0;
  return 1 + actors * 4 + countries + (exactDate(g, e) ? 8 : 0) + (family(g.kind) === family(e.kind) ? 2 : 0) + (g.kind === e.kind ? 3 : 0);
}

const squash = (s: string) => normalizeArabic(s).replace(/[\s.:،,"'«»“”]+/g, " ").trim();

export function scorePage(page: PageInput, families: Families): PageScore {
  const { gold, events } = page;
  // One-to-one: the best-fitting pairs first.
  const candidates: { gi: number; ei: number; score: number }[] = [];
  gold.events.forEach((g, gi) => events.forEach((e, ei) => {
    const score = matchScore(g, e, families);
    if (score > 0) candidates.push({ gi, ei, score });
  }));
  candidates.sort((a, b) => b.score - a.score || a.gi - b.gi || a.ei - b.ei);
  const goldUsed = new Set<number>();
  const extUsed = new Set<number>();
  const pairs: PageScore["pairs"] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gi) || extUsed.has(c.ei)) continue;
    goldUsed.add(c.gi);
    extUsed.add(c.ei);
    pairs.push({ gold: gold.events[c.gi], extracted: events[c.ei] });
  }
  const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  let actors = zero;
  let countries = zero;
  for (const p of pairs) {
    actors = add(actors, actorCounts(p.gold, p.extracted));
    countries = add(countries, countryCounts(p.gold, p.extracted));
  }
  // Unmatched events count against actor and country F1 too.
  for (const [i, g] of gold.events.entries()) if (!goldUsed.has(i)) {
    actors = add(actors, { tp: 0, fp: 0, fn: g.actors.length });
    countries = add(countries, { tp: 0, fp: 0, fn: g.countries.length });
  }
  for (const [i, e] of events.entries()) if (!extUsed.has(i)) {
    actors = add(actors, { tp: 0, fp: e.actors.length, fn: 0 });
    countries = add(countries, { tp: 0, fp: e.countries.length, fn: 0 });
  }

  const pub = gold.published;
  const got = page.article?.published ?? null;
  let published: PageScore["published"];
  // A page whose text gives no date (only its address or the archive does) is right when no date is invented.
  if (pub === null || pub.basis === "outside") published = got === null || got === pub?.date ? "right" : pub && pub.date.startsWith(got) ? "coarser" : "wrong";
  else if (got === null) published = "missing";
  else if (got === pub.date) published = "right";
  else if (pub.date.startsWith(got)) published = "coarser";
  else published = "wrong";

  const headline = gold.headline === null ? "unscored"
    : page.article && squash(page.article.title) === squash(gold.headline) ? "right" : "wrong";

  return {
    id: page.id,
    gold: gold.events.length,
    goldMain: gold.events.filter((g) => g.main).length,
    extracted: events.length,
    matched: pairs.length,
    matchedMain: pairs.filter((p) => p.gold.main).length,
    exactDates: pairs.filter((p) => exactDate(p.gold, p.extracted)).length,
    kindsRight: pairs.filter((p) => p.gold.kind === p.extracted.kind).length,
    published,
    headline,
    actors,
    countries,
    misses: gold.events.filter((_, i) => !goldUsed.has(i)),
    wrong: events.filter((_, i) => !extUsed.has(i)),
    pairs,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f1 = (c: Counts) => (c.tp === 0 ? (c.fp + c.fn === 0 ? 1 : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

export function summarise(scores: PageScore[]): Figures {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const total = (f: (s: PageScore) => Counts) => scores.reduce((a, s) => ({ tp: a.tp + f(s).tp, fp: a.fp + f(s).fp, fn: a.fn + f(s).fn }), { tp: 0, fp: 0, fn: 0 });
  const headlined = scores.filter((s) => s.headline !== "unscored");
  return {
    pages: scores.length,
    goldEvents: sum((s) => s.gold),
    extractedEvents: sum((s) => s.extracted),
    eventRecall: ratio(sum((s) => s.matched), sum((s) => s.gold)),
    mainRecall: ratio(sum((s) => s.matchedMain), sum((s) => s.goldMain)),
    precision: ratio(sum((s) => s.matched), sum((s) => s.extracted)),
    dateExact: ratio(sum((s) => s.exactDates), sum((s) => s.matched)),
    published: ratio(scores.filter((s) => s.published === "right").length, scores.length),
    headline: ratio(headlined.filter((s) => s.headline === "right").length, headlined.length),
    actorF1: f1(total((s) => s.actors)),
    countryF1: f1(total((s) => s.countries)),
    kindAccuracy: ratio(sum((s) => s.kindsRight), sum((s) => s.matched)),
  };
}
