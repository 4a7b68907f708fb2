// A lookup index over the gazetteer, built once per gazetteer: every Arabic spelling of every
// actor, country, adjective, capital and place, keyed by the first letters of its phonetic key, so
// that recognising a sentence costs one map lookup per word instead of a scan of all entries.
import type { Gazetteer, GazetteerActor, GazetteerPlace } from "@/lib/ingest/entities/gazetteer";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";

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
