// Recognise actors, countries and places in a sentence: gazetteer names in any spelling (with
// attached particles), country adjectives and capitals, and people introduced by a role
// ("المتحدثة باسم الحكومة الإيرانية، فاطمة مهاجراني") even when the gazetteer doesn't know them.
import { isoBounds } from "@/lib/ingest/dates/days";
import { PREFIX_LEN, entityIndex, type EntityIndex, type EntryKind, type IndexEntry } from "@/lib/ingest/entities/gazetteer-index";
import { gazetteer as defaultGazetteer, type Gazetteer, type GazetteerActor } from "@/lib/ingest/entities/gazetteer";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";
import { cachedKey, stems, tokenize, type Token } from "@/lib/ingest/text/tokens";
import type { ActorRef } from "@/lib/ingest/types";

export interface EntityMention {
  /** Character offsets in the recognised text. */
  start: number;
  end: number;
  kind: EntryKind;
  country: string | null;
  actor: ActorRef | null;
  /** The gazetteer entry behind an actor, for its terms of office. */
  gazetteerActor: GazetteerActor | null;
  /** Arabic display name when the mention can be a place (capital, place, country). */
  place: string | null;
  /** How it was found: its name, or a role phrase that points to the office holder. */
  via: "name" | "role";
}

/** People first met through a role in this article, matched again by name later on. */
export class LearnedActors {
  private readonly byKey = new Map<string, { actor: ActorRef; roleKey: string | null }>();
  add(actor: ActorRef, roleKey: string | null): void {
    const words = actor.ar.split(/\s+/);
    this.byKey.set(phoneticKey(actor.ar), { actor, roleKey });
    const last = words[words.length - 1];
    if (words.length > 1 && last.length >= 4) this.byKey.set(phoneticKey(last), { actor, roleKey });
  }
  /** A known person named in full ("شيجيرو إيشيبا"): later in the article the family name alone ("إيشيبا") is them. */
  addSurname(actor: ActorRef, surface: string): void {
    const words = surface.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const last = words[words.length - 1];
    if (words.length > 1 && last.length >= 4 && !this.byKey.has(phoneticKey(last))) this.byKey.set(phoneticKey(last), { actor, roleKey: null });
  }
  get(key: string) {
    return this.byKey.get(key);
  }
  get size(): number {
    return this.byKey.size;
  }
}

export interface RecogniseOptions {
  gazetteer?: Gazetteer;
  /** The article's date (any precision), for resolving "the Ukrainian president" to a person. */
  date?: string | null;
  learned?: LearnedActors;
  /** Gazetteer names only, no role phrases (enough to list who an article names). */
  namesOnly?: boolean;
}

export function actorRef(a: GazetteerActor, role: string | null = null): ActorRef {
  return { name: a.name, ar: a.ar, kind: a.kind, country: a.country, variants: [a.ar, ...a.variants], role };
}

/** Roles the actor held at `date` (overlapping it at the date's precision). */
export function rolesAt(actor: GazetteerActor, date: string): string[] {
  const [from, to] = isoBounds(date);
  return actor.roles
    .filter((r) => isoBounds(r.from)[0] <= to && (r.to === null || isoBounds(r.to)[1] >= from))
    .map((r) => r.role);
}

const SHADDA = "\u0651";
const MAX_NAME_TOKENS = 6;

/** acc + key with doubled letters collapsed, as phoneticKey would: both are already collapsed, so only the seam can double. */
function joinKeys(acc: string, key: string): string {
  return acc.length > 0 && key.length > 0 && acc.charCodeAt(acc.length - 1) === key.charCodeAt(0) ? acc + key.slice(1) : acc + key;
}

/**
 * The longest name starting at token i. The phonetic keys of the word runs from i (hyphens inside
 * a name skipped) only grow or stay the same as words are added, so the longest run key the
 * index holds is the entry a scan of the prefix's entries, longest key first, would meet first.
 */
function lookup(index: EntityIndex, tokens: Token[], keys: string[], i: number): { entries: IndexEntry[]; end: number } | null {
  for (const stem of stems(tokens[i].norm)) {
    const first = cachedKey(stem);
    let prefix = first;
    for (let j = i + 1; prefix.length < PREFIX_LEN && j < tokens.length && tokens[j].isWord; j++) prefix += keys[j];
    const byKey = index.byPrefixKey.get(prefix.slice(0, PREFIX_LEN));
    if (!byKey) continue;
    let best: { entries: IndexEntry[]; end: number } | null = null;
    let bestLength = -1;
    let acc = first;
    let runs = 1;
    let entries = byKey.get(acc);
    if (entries) [best, bestLength] = [{ entries, end: i + 1 }, acc.length];
    for (let j = i + 1; j < tokens.length && runs < MAX_NAME_TOKENS; j++) {
      if (!tokens[j].isWord) {
        if (tokens[j].text === "-" || tokens[j].text === "‐") continue;
        break;
      }
      acc = joinKeys(acc, keys[j]);
      runs++;
      entries = byKey.get(acc);
      if (entries && acc.length > bestLength) [best, bestLength] = [{ entries, end: j + 1 }, acc.length];
    }
    if (best) return best;
  }
  return null;
}

/** Whether the text, less attached particles and the article, is one of the entry's own spellings. */
function spelledAs(e: IndexEntry, forms: Set<string>): boolean {
  return e.spellings.some((s) => forms.has(s) || forms.has(s.replace(/^ال(?=\S{3})/, "")));
}

/**
 * Among entries sharing a phonetic key, pick one. An entry spelled exactly as written wins
 * ("العراقي" is the adjective, not عراقجي whose key is the same); then "عمان" is Oman unless
 * written "عمّان" (Amman).
 */
function choose(all: IndexEntry[], surface: string): IndexEntry {
  const written = new Set(stems(normalizeArabic(surface)));
  const forms = new Set([...written].flatMap((f) => [f, f.replace(/^ال(?=\S{3})/, "")]));
  // Spelled as written, article included, first: "السورية" is the adjective, not "سورية" (Syria) with an article.
  const asWritten = all.filter((e) => e.spellings.some((sp) => written.has(sp)));
  const exact = asWritten.length > 0 ? asWritten : all.filter((e) => spelledAs(e, forms));
  const entries = exact.length > 0 ? exact : all;
  const capital = entries.find((e) => e.kind === "capital");
  const country = entries.find((e) => e.kind === "country");
  if (capital && country && capital.country !== country.country) return surface.includes(SHADDA) ? capital : country;
  return entries[0];
}

function toMention(e: IndexEntry, tokens: Token[], i: number, end: number, gaz: Gazetteer): EntityMention {
  const countryAr = e.kind === "country" ? gaz.countries.find((c) => c.code === e.country)?.ar ?? null : null;
  return {
    start: tokens[i].start, end: tokens[end - 1].end, kind: e.kind, country: e.country,
    actor: e.actor ? actorRef(e.actor) : null, gazetteerActor: e.actor ?? null,
    place: e.placeAr ?? countryAr, via: "name",
  };
}

const { names } = lexicon();
// Words that can't be part of a person's name right after a role (verbs, particles, time words).
const NOT_NAME = new Set(names.notName);
let roleWords: Set<string> | undefined;
/** The first word of an office ("رئيس", "وزيرة", "المتحدث"), with an attached و. */
function roleWord(norm: string): boolean {
  roleWords ??= new Set(defaultGazetteer().roles.flatMap((r) => r.ar.map((phrase) => normalizeArabic(phrase).split(" ")[0])));
  return roleWords.has(norm) || roleWords.has(norm.replace(/^و/, ""));
}
// A verb is never part of a name: "المتحدث باسم الوزارة رحب بالقرار" names no one called "رحب".
const VERBS = new Set(lexicon().kinds.kinds.flatMap((k) => [...k.triggers.past, ...k.triggers.present, ...k.triggers.present.map((v) => `س${v}`)]));
const isVerb = (norm: string) => VERBS.has(norm) || VERBS.has(norm.replace(/^[وف]/, ""));
const COUNTERPART = new RegExp(`^(?:و|ف|ب|ل)?(?:${alternation(names.counterpart)})$`);
const PORTFOLIO = new RegExp(`^و?(?:ال\\S{3,}|لل\\S{3,}|${alternation([...names.portfolio, ...names.bodies])})$`);

/**
 * A word between a role and its holder's country or name: definite ("الهيئة العليا المستقلة
 * للانتخابات"), a body's head ("مديرية"), or a noun in construct before a definite one
 * ("وإدارة الكوارث") — never the first word of a compound name ("عبد الله").
 */
function isPortfolioWord(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  if (PORTFOLIO.test(w)) return true;
  const next = tokens[k + 1];
  return /^و\S{3,}$/.test(w) && !NAME_COMPOUNDS.has(w.slice(1)) && !!next?.isWord && /^(?:ال|لل)\S{3,}/.test(next.norm);
}

// What follows the preposition على when a page spells it علي ("علي هامش القمة", "علي الرغم").
const AFTER_ALA = new Set(names.afterAla);

/** "علي" written with ي is the name Ali; only "على" (with ى) is the preposition both fold to. */
const isAli = (t: Token, next?: Token) => t.norm === "علي" && !t.text.includes("ى") && !(next && AFTER_ALA.has(next.norm));

function isNameWord(t: Token | undefined, prev: Token | undefined, next: Token | undefined): boolean {
  if (!t || !t.isWord || /\d/.test(t.norm) || t.norm.length < 2) return false;
  if (roleWord(t.norm)) return false; // "رئيس", "وزير": an office, not a name
  if (!isAli(t, next) && (NOT_NAME.has(t.norm) || NOT_NAME.has(t.norm.replace(/^[وف]/, "")) || isVerb(t.norm))) return false;
  // A preposition or conjunction on an article ("بالقرار", "وال…") starts a phrase, not a name.
  if (/^(?:[وفبلك]ال|لل)\S{3,}/.test(t.norm)) return false;
  // Only "عبد الله", "أبو الغيط"-style compounds carry the article inside a name.
  if (t.norm.startsWith("ال") && !(prev && NAME_COMPOUNDS.has(prev.norm))) return false;
  if (t.norm.startsWith("لل")) return false; // "للأمين العام": a preposition, not a name
  return /^[\u0621-\u064A]+$/.test(t.norm);
}

// Nisba adjectives that end a role phrase rather than a name ("المتحدث الرسمي", "الإقليمي").
const NOT_SURNAME = new Set(names.notSurname);
const NAME_COMPOUNDS = new Set(names.nameCompounds);
const HONORIFICS = new Set(names.honorifics);

// Time words that can follow a name directly ("… عباس عراقجي الخميس").
const TIME_WORDS = new Set(names.timeWords);

/** "الأنصاري", "الشناوي", "الصادق": a family name with the article, allowed after a first name. */
function isSurnameWithArticle(t: Token | undefined): boolean {
  if (!t || !t.isWord || !/^ال[\u0621-\u064A]{3,}$/.test(t.norm)) return false;
  return !NOT_SURNAME.has(t.norm) && !TIME_WORDS.has(t.norm) && !NOT_NAME.has(t.norm);
}

function isBoundary(t: Token | undefined, next: Token | undefined): boolean {
  return !t || !t.isWord || (!isAli(t, next) && (NOT_NAME.has(t.norm) || NOT_NAME.has(t.norm.replace(/^[وف]/, ""))));
}

interface RoleMatch {
  key: string;
  end: number;
}

function matchRole(index: EntityIndex, tokens: Token[], i: number): RoleMatch | null {
  for (const stem of stems(tokens[i].norm)) {
    if (COUNTERPART.test(stem) || COUNTERPART.test(tokens[i].norm)) return { key: "counterpart", end: i + 1 };
    for (const r of index.roles.get(stem) ?? []) {
      let ok = true;
      let j = i + 1;
      for (const w of r.words.slice(1)) {
        if (tokens[j]?.norm !== w) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) return { key: r.key, end: j };
    }
  }
  return null;
}

function holderOf(gaz: Gazetteer, roleKey: string, country: string, date: string): GazetteerActor | null {
  const holders = gaz.actors.filter((a) => a.country === country && rolesAt(a, date).includes(roleKey));
  return holders.length === 1 ? holders[0] : null;
}

/** Role key of the nearest person before position `tokenIndex` (the one a "counterpart" mirrors). */
function subjectRole(mentions: { m: EntityMention; tokenStart: number }[], learned: LearnedActors | undefined, date: string | null, tokenIndex: number): string | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const { m, tokenStart } = mentions[k];
    if (tokenStart >= tokenIndex || m.actor?.kind !== "person") continue;
    if (m.gazetteerActor && date) return rolesAt(m.gazetteerActor, date).at(-1) ?? null;
    const known = learned?.get(phoneticKey(m.actor.ar));
    if (known) return known.roleKey;
  }
  return null;
}

const WORD_NAMES = new Map(names.wordNames.map((w) => [normalizeArabic(w.name), { after: w.after ? new Set(w.after) : null, notAfter: new Set(w.notAfter ?? []) }]));

/** "العام المالي" is no Mali, "صلاة المغرب" no Morocco: names that are also words, where the words before say which. */
function dropOrdinaryWords(tokens: Token[], found: Found[], byStart: Map<number, { m: EntityMention; tokenEnd: number }>): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    const t = tokens[f.tokenStart];
    const bare = t.norm.replace(/^[وفبل](?=\S{3})/, "");
    if (f.tokenEnd !== f.tokenStart + 1) continue;
    // "المالي" is the adjective: the name never takes the article.
    const articled = /^ال/.test(bare) && WORD_NAMES.has(bare.slice(2));
    const rule = WORD_NAMES.get(bare) ?? WORD_NAMES.get(t.norm);
    if (!rule && !articled) continue;
    if (articled) {
      found.splice(k, 1);
      byStart.delete(f.tokenStart);
      continue;
    }
    if (!rule) continue;
    const prev = tokens.slice(0, f.tokenStart).reverse().find((x) => x.isWord)?.norm ?? "";
    const attached = bare !== t.norm; // "بمالي", "ومالي"
    const ok = !rule.notAfter.has(prev) && (rule.after === null || attached || rule.after.has(prev));
    if (!ok) {
      found.splice(k, 1);
      byStart.delete(f.tokenStart);
    }
  }
}

// State bodies by their first word, longest first: "وزارة الصحة" before "وزارة".
const INSTITUTIONS = new Map<string, string[][]>();
for (const phrase of names.institutions) {
  const words = phrase.split(" ");
  const list = INSTITUTIONS.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  INSTITUTIONS.set(words[0], list);
}

type Found = { m: EntityMention; tokenStart: number; tokenEnd: number };

/**
 * "السلطات التركية", "ووزارة الصحة السورية": a state body and the adjective of its country are
 * one actor, an organisation of that country. The adjective's mention is taken into it.
 */
function institutionsByCountry(index: EntityIndex, tokens: Token[], text: string, found: Found[], byStart: Map<number, { m: EntityMention; tokenEnd: number }>): void {
  // "وزير الخارجية المصري", "المتحدث باسم الخارجية الإيرانية": the body is the portfolio of a role.
  const inRole = (i: number) => [1, 2, 3].some((back) => {
    const role = i - back >= 0 && tokens[i - back].isWord ? matchRole(index, tokens, i - back) : null;
    return role !== null && role.end >= i;
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || byStart.has(i) || inRole(i)) continue;
    // The word itself, without an attached و ف ب ل, or with لل read as ال ("للسلطات").
    const forms: [string, (raw: string) => string][] = [[t.norm, (raw) => raw]];
    if (/^[وفبل]\S{3}/.test(t.norm)) forms.push([t.norm.slice(1), (raw) => raw.slice(1)]);
    if (t.norm.startsWith("لل")) forms.push([`ال${t.norm.slice(2)}`, (raw) => `ال${raw.slice(2)}`]);
    // In construct, without its article: "حكومة النيجر".
    if (!t.norm.startsWith("ال")) forms.push([`ال${t.norm}`, (raw) => raw]);
    for (const [first, display] of forms) {
      const words = (INSTITUTIONS.get(first) ?? []).find((w) => w.every((x, k) => k === 0 || tokens[i + k]?.norm === x));
      // "السلطات التركية", "حكومة النيجر", "القوات الأمنية بالعراق": the body and its country.
      const adjective = words && byStart.get(i + words.length);
      if (!words || !adjective?.m.country || !(adjective.m.kind === "adjective" || adjective.m.kind === "country")) continue;
      const ar = display(text.slice(t.start, adjective.m.end));
      const actor: ActorRef = { name: ar, ar, kind: "organisation", country: adjective.m.country, variants: [ar], role: null };
      const m: EntityMention = { start: t.start, end: adjective.m.end, kind: "actor", country: adjective.m.country, actor, gazetteerActor: null, place: null, via: "name" };
      const at = found.findIndex((f) => f.tokenStart === i + words.length);
      found.splice(at, 1, { m, tokenStart: i, tokenEnd: adjective.tokenEnd });
      byStart.delete(i + words.length);
      byStart.set(i, { m, tokenEnd: adjective.tokenEnd });
      i = adjective.tokenEnd - 1;
      break;
    }
  }
}

const BODIES = new Set(names.bodies);
// A body named by a news word or a wire service ("وكالة الأنباء الكويتية", "وكالة الأناضول") is an outlet.
const PRESS = new Set([...names.press, ...lexicon().agencies.agencies.filter((a) => !a.includes(" ")).flatMap((a) => [a, `ال${a}`])]);
const MAX_BODY_WORDS = 6;

/**
 * "هيئة الطيران المدني", "المجلس الدستوري", "المديرية العامة للأرصاد الجوية": a body's head noun
 * and the definite words that name it make an organisation; a country adjective ending it gives
 * its country. Inside a role ("رئيس الهيئة العليا … فاروق بوعسكر") it is the role's portfolio.
 */
function namedBodies(index: EntityIndex, tokens: Token[], text: string, found: Found[], byStart: Map<number, { m: EntityMention; tokenEnd: number }>): void {
  // A role that spells the body out ("رئيس مجلس السيادة") keeps it: the role and its holder are what is named.
  const inRolePhrase = (i: number) => [1, 2].some((back) => {
    const role = i - back >= 0 && tokens[i - back].isWord ? matchRole(index, tokens, i - back) : null;
    return role !== null && role.end > i;
  });
  const covered = new Set<number>();
  for (const f of found) for (let x = f.tokenStart; x < f.tokenEnd; x++) covered.add(x);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || covered.has(i)) continue;
    // "ووزارة", "وزارة" (whose و is its own), "بالمجلس": the head with or without an attached particle.
    const heads = [t.norm, t.norm.replace(/^(?:[وف](?=\S{4})|[وف]?[بل](?=ال))/, "")].map((w) => w.replace(/^ال/, ""));
    if (!heads.some((h) => BODIES.has(h)) || inRolePhrase(i)) continue;
    // "بنك الجزائر", "مصرف سورية المركزي": the body of a country, by the country's name.
    const named = byStart.get(i + 1);
    if (named?.m.kind === "country" && named.m.country) {
      let stop = named.tokenEnd;
      while (stop < tokens.length && stop - i <= MAX_BODY_WORDS && tokens[stop].isWord && !byStart.has(stop) && /^ال\S{3,}/.test(tokens[stop].norm) && !TIME_WORDS.has(tokens[stop].norm) && !NOT_NAME.has(tokens[stop].norm)) stop++;
      addBody(i, stop, named.m.country);
      i = stop - 1;
      continue;
    }
    // Definite words ("الطيران المدني", "للأرصاد"), or a ل-construct before one ("لإدارة الحالات"); never a time word.
    // A new body joined by و ("ووزارة الصحة والوكالة الوطنية") is a name of its own.
    const anotherBody = (norm: string) => BODIES.has(norm.replace(/^و/, "").replace(/^ال/, ""));
    const naming = (k: number) => {
      const w = tokens[k];
      if (!w?.isWord || covered.has(k) || TIME_WORDS.has(w.norm) || NOT_NAME.has(w.norm) || anotherBody(w.norm)) return false;
      return /^(?:و?ال|لل)\S{2,}/.test(w.norm) || (/^ل(?!ل)\S{3,}/.test(w.norm) && /^(?:ال|لل)\S{2,}/.test(tokens[k + 1]?.norm ?? ""));
    };
    let end = i + 1;
    let country: string | null = null;
    for (;;) {
      while (end < tokens.length && end - i <= MAX_BODY_WORDS && naming(end)) end++;
      // A country's adjective inside the name ("الاتحاد العام التونسي للشغل") gives its country; the name may go on.
      const adjective = byStart.get(end);
      if (end > i + 1 && adjective?.m.kind === "adjective" && adjective.m.country) {
        country = adjective.m.country;
        end = adjective.tokenEnd;
        if (naming(end)) continue;
      }
      break;
    }
    if (end === i + 1) continue;
    if (tokens.slice(i + 1, end).some((w) => PRESS.has(w.norm.replace(/^و/, "")))) {
      i = end - 1;
      continue;
    }
    const inner = byStart.get(end - 1);
    if (!country && inner?.m.kind === "adjective") country = inner.m.country;
    addBody(i, end, country);
    i = end - 1;
  }
  found.sort((a, b) => a.tokenStart - b.tokenStart);

  /** Tokens [i, stop) name a body of `country`: one organisation mention in place of what was found there. */
  function addBody(i: number, stop: number, country: string | null) {
    const t = tokens[i];
    const own = BODIES.has(t.norm.replace(/^ال/, "")); // the head as written, no particle to drop
    const rawStart = own ? t.start : t.start + (t.text.length - t.text.replace(/^(?:[وف](?=\S{4})|[وف]?[بل](?=ال))/u, "").length);
    const ar = text.slice(rawStart, tokens[stop - 1].end);
    const actor: ActorRef = { name: ar, ar, kind: "organisation", country, variants: [ar], role: null };
    const m: EntityMention = { start: t.start, end: tokens[stop - 1].end, kind: "actor", country, actor, gazetteerActor: null, place: null, via: "name" };
    for (let x = i; x < stop; x++) {
      const at = found.findIndex((f) => f.tokenStart === x);
      if (at >= 0) found.splice(at, 1);
      byStart.delete(x);
      covered.add(x);
    }
    found.push({ m, tokenStart: i, tokenEnd: stop });
    byStart.set(i, { m, tokenEnd: stop });
  }
}

/** All entity mentions in `text`, in order, non-overlapping. */
export function recogniseEntities(text: string, options: RecogniseOptions = {}): EntityMention[] {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const index = entityIndex(gaz);
  const tokens = tokenize(text);
  const keys = tokens.map((t) => (t.isWord ? cachedKey(t.norm) : ""));
  const found: { m: EntityMention; tokenStart: number; tokenEnd: number }[] = [];
  const byStart = new Map<number, { m: EntityMention; tokenEnd: number }>();

  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i].isWord) {
      i++;
      continue;
    }
    const hit = lookup(index, tokens, keys, i);
    const surface = hit ? text.slice(tokens[i].start, tokens[hit.end - 1].end) : "";
    const entry = hit ? choose(hit.entries, surface) : null;
    // One word with the article ("القوى") is not a person whose names never carry it ("تشوي"): sounds collide on short words.
    // Nor is a verb alone ("ترأس" is not the surname "تراس", whatever the spelling once hamzas are folded).
    const articleOnName = hit && hit.end === i + 1 && entry?.actor?.kind === "person"
      && ((/^(?:[وفبل]?ال|لل)/.test(tokens[i].norm) && !entry.spellings.some((sp) => sp.startsWith("ال"))) || isVerb(tokens[i].norm));
    // An adjective is a word of the language, spelled one way: a sound-alike is another word ("رؤوس" heads, not "روس").
    const soundAlike = hit && (entry?.kind === "adjective" || entry?.kind === "country") && hit.end === i + 1 && !spelledAs(entry, new Set(stems(tokens[i].norm).flatMap((f) => [f, f.replace(/^ال(?=\S{3})/, "")])));
    if (hit && entry && !articleOnName && !soundAlike) {
      const m = toMention(entry, tokens, i, hit.end, gaz);
      if (m.actor?.kind === "person" && hit.end - i > 1) options.learned?.addSurname(m.actor, surface);
      found.push({ m, tokenStart: i, tokenEnd: hit.end });
      byStart.set(i, { m, tokenEnd: hit.end });
      i = hit.end;
      continue;
    }
    const learned = options.learned && stems(tokens[i].norm).map((s) => options.learned?.get(cachedKey(s))).find(Boolean);
    if (learned) {
      const m: EntityMention = { start: tokens[i].start, end: tokens[i].end, kind: "actor", country: learned.actor.country, actor: learned.actor, gazetteerActor: null, place: null, via: "name" };
      found.push({ m, tokenStart: i, tokenEnd: i + 1 });
      byStart.set(i, { m, tokenEnd: i + 1 });
    }
    i++;
  }

  dropOrdinaryWords(tokens, found, byStart);
  if (options.namesOnly) return found.map((f) => f.m);
  institutionsByCountry(index, tokens, text, found, byStart);
  namedBodies(index, tokens, text, found, byStart);
  // Roles: "<role> <portfolio words> <country adjective> ، <name>".
  const date = options.date ?? null;
  const added: typeof found = [];
  const covered = new Set<number>();
  for (const f of found) for (let x = f.tokenStart; x < f.tokenEnd; x++) covered.add(x);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].isWord || covered.has(i)) continue;
    const role = matchRole(index, tokens, i);
    if (!role) continue;
    let k = role.end;
    let country: string | null = null;
    for (let steps = 0; k < tokens.length && steps < 8; steps++) {
      const at = byStart.get(k);
      if (at && (at.m.kind === "country" || at.m.kind === "adjective")) {
        country = at.m.country;
        k = at.tokenEnd;
        break;
      }
      // "مدير مديرية الدفاع المدني السوري": a body named inside the role is its portfolio.
      if (at?.m.actor?.kind === "organisation") {
        country = at.m.country ?? country;
        k = at.tokenEnd;
        continue;
      }
      if (at || !tokens[k].isWord || !isPortfolioWord(tokens, k) || NOT_NAME.has(tokens[k].norm)) {
        if (tokens[k].text === "(" ) {
          const close = tokens.findIndex((t, x) => x > k && t.text === ")");
          if (close > k && close - k <= 4) {
            k = close + 1;
            continue;
          }
        }
        break;
      }
      k++;
    }
    while (tokens[k] && /^[،,(]$/.test(tokens[k].text)) k++;
    // "وزير المحروقات والمناجم، السيد محمد عرقاب": a title before the name.
    while (tokens[k]?.isWord && HONORIFICS.has(tokens[k].norm)) k++;
    // "… السوري في محافظة اللاذقية عبد الكافي كيال": where the office is, before the name.
    if (tokens[k]?.norm === "في") {
      let j = k + 1;
      for (let w = 0; w < 2 && tokens[j]?.isWord && !byStart.has(j); w++) j++;
      const place = byStart.get(j);
      if (place && place.m.kind !== "actor") {
        j = place.tokenEnd;
        while (tokens[j] && /^[،,]$/.test(tokens[j].text)) j++;
        if (isNameWord(tokens[j], tokens[j - 1], tokens[j + 1])) k = j;
      }
    }
    const next = byStart.get(k);
    if (next?.m.actor && !(country && next.m.actor.country && next.m.actor.country !== country)) continue; // a known name follows
    if (covered.has(k) && !byStart.has(k)) continue; // inside a name already found ("الفريق أول عبد الفتاح البرهان")
    const roleText = text.slice(tokens[i].start, tokens[role.end - 1].end);
    // An unknown name: 2–4 name-like words, then a boundary.
    let n = k;
    while (n < tokens.length && n - k < 4 && !byStart.has(n)) {
      if (isNameWord(tokens[n], tokens[n - 1], tokens[n + 1])) n++;
      // "محمد الشناوي", "نور الدين البابا": a family name with the article after a first name.
      else if ((n === k + 1 || (n === k + 2 && NAME_COMPOUNDS.has(tokens[k].norm))) && isSurnameWithArticle(tokens[n])) {
        n++;
        break; // a family name with the article ends the name
      } else break;
    }
    // After two or more name words, a definite word ("… فاروق بوعسكر النتائج") is the sentence going on.
    const definiteNext = n - k >= 2 && !!tokens[n]?.isWord && /^ال\S{2,}/.test(tokens[n].norm);
    if (n - k >= 2 && (isBoundary(tokens[n], tokens[n + 1]) || byStart.has(n) || definiteNext)) {
      const ar = text.slice(tokens[k].start, tokens[n - 1].end);
      const actor: ActorRef = { name: ar, ar, kind: "person", country, variants: [ar], role: roleText };
      options.learned?.add(actor, role.key === "counterpart" ? subjectRole(found, options.learned, date, i) : role.key);
      added.push({ m: { start: tokens[k].start, end: tokens[n - 1].end, kind: "actor", country, actor, gazetteerActor: null, place: null, via: "role" }, tokenStart: k, tokenEnd: n });
      for (let x = k; x < n; x++) byStart.delete(x);
      continue;
    }
    if (!country || !date) continue;
    const roleKey = role.key === "counterpart" ? subjectRole(found, options.learned, date, i) : role.key;
    const holder = roleKey ? holderOf(gaz, roleKey, country, date) : null;
    if (holder) {
      added.push({ m: { start: tokens[i].start, end: tokens[k - 1].end, kind: "actor", country, actor: actorRef(holder, roleText), gazetteerActor: holder, place: null, via: "role" }, tokenStart: i, tokenEnd: k });
    }
  }
  const all = [...found.filter((f) => !added.some((a) => f.tokenStart >= a.tokenStart && f.tokenStart < a.tokenEnd && a.m.via === "role" && a.m.gazetteerActor === null)), ...added];
  return all.sort((a, b) => a.tokenStart - b.tokenStart).map((f) => f.m);
}
