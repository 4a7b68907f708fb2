// A lookup index over the gazetteer, built once per gazetteer: every Arabic spelling of every
// actor, country, adjective, capital and place, keyed by the first letters of its phonetic key, so
// that recognising a sentence costs one map lookup per word instead of a scan of all entries.
import type { Gazetteer, GazetteerActor, GazetteerPlace } from "./gazetteer";
import { normalizeArabic, phoneticKey } from "./normalise";

export type EntryKind = "actor" | "country" | "capital" | "place" | "adjective";

export interface IndexEntry {
  key: string;
  /** Normalised spellings behind the key: where phonetic keys collide, an exact spelling decides. */
  spellings: string[];
  kind: EntryKind;
  /** ISO2 of the country named or implied (actor's country, place's country). */
  country: string | null;
  actor?: GazetteerActor;
  /** Arabic display form of a place (capital or gazetteer place). */
  placeAr?: string;
  place?: GazetteerPlace;
}

export interface RoleEntry {
  key: string;
  words: string[];
}

export interface EntityIndex {
  byPrefix: Map<string, IndexEntry[]>;
  /** byPrefix's entries grouped by key within each prefix, in byPrefix order. */
  byPrefixKey: Map<string, Map<string, IndexEntry[]>>;
  /** Role phrases by their first normalised word, longest first. */
  roles: Map<string, RoleEntry[]>;
  gazetteer: Gazetteer;
}

export const PREFIX_LEN = 3;
const KIND_RANK: Record<EntryKind, number> = { actor: 5, capital: 4, country: 3, place: 2, adjective: 1 };

/** Words the scanner looks at: letters/digits runs, and single punctuation marks. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** normalizeArabic(text) */
  norm: string;
  isWord: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}]/gu;
const normCache = new Map<string, { norm: string; isWord: boolean }>();

/** A word's normal form and whether it holds a letter or digit, memoised. */
function cachedNorm(word: string): { norm: string; isWord: boolean } {
  let n = normCache.get(word);
  if (n === undefined) {
    const norm = normalizeArabic(word);
    n = { norm, isWord: /[\p{L}\p{N}]/u.test(norm) };
    if (normCache.size > 200_000) normCache.clear();
    normCache.set(word, n);
  }
  return n;
}

// The same sentence is tokenised by triggers, entities and clauses in a row: remember the last one.
let lastText: string | null = null;
let lastTokens: readonly Token[] = [];

/** Tokens of a text (treat the array as read-only: it may be shared). */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens as Token[];
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const { norm, isWord } = cachedNorm(m[0]);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, norm, isWord });
  }
  lastText = text;
  lastTokens = out;
  return out;
}

const keyCache = new Map<string, string>();
/** phoneticKey, memoised: the same words recur across thousands of sentences. */
export function cachedKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    k = phoneticKey(word);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

/** Attached particles: و ف ب ل ك and their combinations with ال ("وبالعاصمة", "للصحفيين"). */
const CLITICS = ["وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

/** The word and the word without each possible attached particle, longest word first. */
export function stems(norm: string): readonly string[] {
  let out = stemCache.get(norm);
  if (out === undefined) {
    out = stemsOf(norm);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, out);
  }
  return out;
}

// stems() runs for every word of every sentence scanned, and the same words recur across articles.
const stemCache = new Map<string, readonly string[]>();

function stemsOf(norm: string): string[] {
  const out = [norm];
  for (const c of CLITICS) if (norm.startsWith(c) && norm.length - c.length >= 3) out.push(norm.slice(c.length));
  // An indefinite accusative adjective carries a final alef: "وفدا سودانيا" → "سوداني".
  if (/\S{4}يا$/.test(norm)) out.push(norm.slice(0, -1));
  return out;
}

function usable(spelling: string): boolean {
  return /[\u0600-\u06FF]/.test(spelling) || spelling.length >= 4;
}

function add(map: Map<string, IndexEntry[]>, spelling: string, entry: Omit<IndexEntry, "key" | "spellings">) {
  if (!usable(spelling)) return;
  const key = phoneticKey(spelling);
  if (key.length < 3) return; // two-letter keys collide with ordinary words
  const prefix = key.slice(0, PREFIX_LEN);
  const list = map.get(prefix) ?? [];
  const norm = normalizeArabic(spelling);
  const same = list.find((e) => e.key === key && e.kind === entry.kind && e.country === entry.country && e.actor === entry.actor);
  if (same) {
    if (!same.spellings.includes(norm)) same.spellings.push(norm);
    return;
  }
  list.push({ key, spellings: [norm], ...entry });
  map.set(prefix, list);
}

const cache = new WeakMap<Gazetteer, EntityIndex>();

export function entityIndex(gaz: Gazetteer): EntityIndex {
  const hit = cache.get(gaz);
  if (hit) return hit;
  const byPrefix = new Map<string, IndexEntry[]>();
  for (const actor of gaz.actors) {
    for (const s of [actor.ar, ...actor.variants]) add(byPrefix, s, { kind: "actor", country: actor.country, actor });
  }
  for (const c of gaz.countries) {
    for (const s of [c.ar, c.en, ...c.variants]) add(byPrefix, s, { kind: "country", country: c.code });
    for (const s of c.adjectives) add(byPrefix, s, { kind: "adjective", country: c.code });
    if (c.capital) {
      for (const s of [c.capital.ar, c.capital.en, ...c.capital.variants]) {
        add(byPrefix, s, { kind: "capital", country: c.code, placeAr: c.capital.ar });
      }
    }
  }
  for (const p of gaz.places) {
    for (const s of [p.ar, p.en, ...p.variants]) add(byPrefix, s, { kind: "place", country: p.country, placeAr: p.ar, place: p });
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.key.length - a.key.length || KIND_RANK[b.kind] - KIND_RANK[a.kind]);

  const roles = new Map<string, RoleEntry[]>();
  for (const r of gaz.roles) {
    for (const phrase of r.ar) {
      const words = normalizeArabic(phrase).split(" ");
      const list = roles.get(words[0]) ?? [];
      list.push({ key: r.key, words });
      roles.set(words[0], list);
    }
  }
  for (const list of roles.values()) list.sort((a, b) => b.words.length - a.words.length);
  const byPrefixKey = new Map<string, Map<string, IndexEntry[]>>();
  for (const [prefix, list] of byPrefix) {
    const byKey = new Map<string, IndexEntry[]>();
    for (const e of list) {
      const same = byKey.get(e.key);
      if (same) same.push(e);
      else byKey.set(e.key, [e]);
    }
    byPrefixKey.set(prefix, byKey);
  }
  const index = { byPrefix, byPrefixKey, roles, gazetteer: gaz };
  cache.set(gaz, index);
  return index;
}
