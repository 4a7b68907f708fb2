// Where a happening took place, and which places and people in its sentence are not parties to
// it: the topic of talks ("الأوضاع في قطاع غزة"), or the passport of a UN envoy.
import type { EntityMention } from "@/lib/ingest/entities/recognise";
import type { Gazetteer } from "@/lib/ingest/entities/gazetteer";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic, normalizeWithMap } from "@/lib/ingest/text/normalise";
import type { ActorRef } from "@/lib/ingest/types";

export interface Place {
  place: string;
  country: string | null;
}

const { places } = lexicon();
const CITY_WORDS = alternation(places.cityWords);
const PLACE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(places.placeBefore)}|(?:ب|في)?(?:ال)?(?:${CITY_WORDS})(?:\\s+ال\\S+)?)\\s*[("«]?\\s*$`);
// "وقف إطلاق النار في قطاع غزة", "الأوضاع في لبنان": a place that is the topic, not the venue.
const TOPIC_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:${alternation(places.topicNouns)})\\s+(?:في|ب)\\s*$`);
// "قرب الحدود مع مالي": a border is where, not who.
const BORDER_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(places.borders)})\\s*$`);
const LANDMARK = new RegExp(`(?:في|الي)\\s+((?:${alternation(places.landmarks)})\\s+[^\\s,.]+(?:\\s+ال[^\\s,.]+)?)`);

/**
 * Places named as what was discussed ("تطورات الأوضاع في قطاع غزة ولبنان"), with the places
 * joined to them by و: they are the topic, neither the venue nor a party.
 */
export function topicPlaces(sentence: string, mentions: EntityMention[]): Set<EntityMention> {
  const out = new Set<EntityMention>();
  let prev: EntityMention | null = null;
  for (const m of mentions) {
    if (!m.place || m.kind === "actor" || m.kind === "adjective") {
      prev = null;
      continue;
    }
    const before = normalizeArabic(sentence.slice(Math.max(0, m.start - 30), m.start));
    const surface = normalizeArabic(sentence.slice(m.start, m.end));
    const attachedBa = /^ب/.test(normalizeArabic(m.place)) ? /^و?بب/.test(surface) : /^و?ب/.test(surface);
    const between = prev ? normalizeArabic(sentence.slice(prev.end, m.start)) : null;
    const joined = prev !== null && out.has(prev) && (between === "و" || between === ", و" || (/^,?$/.test(between ?? "x") && surface.startsWith("و")));
    if (TOPIC_BEFORE.test(before) || (attachedBa && TOPIC_BEFORE.test(`${before} ب`)) || joined || BORDER_BEFORE.test(before)) out.add(m);
    prev = m;
  }
  return out;
}

// "المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان رمطان لعمامرة": a person serving an
// international body acts for it, not for the country of their passport.
// The list writes names with their article; here it is optional, since "للأمم المتحدة" attaches it.
const INTERNATIONAL_OFFICE = new RegExp(`(?:^|\\s)(?:ال|لل|ل)?(?:${alternation(places.internationalBodies.map((b) => b.replace(/^ال/, "")))})(?:\\s+\\S+){0,4}$`);

/** People whose role in this sentence is an office of an international body. */
export function internationalOfficers(sentence: string, mentions: EntityMention[]): Set<ActorRef> {
  const out = new Set<ActorRef>();
  for (const m of mentions) {
    if (m.actor?.kind !== "person") continue;
    const before = normalizeArabic(sentence.slice(Math.max(0, m.start - 80), m.start));
    if (INTERNATIONAL_OFFICE.test(before) && !/[,.]/.test(before.slice(-30))) out.add(m.actor);
  }
  return out;
}

const GENERIC = new Set([...lexicon().names.notSurname, "العامه", "العام", "الوطنيه", "العليا", "المركزيه", "الجديده", "المذكوره", "نفسها", "ذاتها"]);
const NAME_WORD = `[^\\s,.;:()"«»\\d]{2,}`;
const UNIT_PLACE = new RegExp(`(?:^|\\s)(?:(?:في|داخل|قرب|الي|من)\\s+)?[وب]?((?:ال)?(?:${alternation(places.adminUnits)})\\s+(?!(?:في|من|الي|علي|عن|مع|التي|الذي)(?:\\s|$))${NAME_WORD}(?:\\s+ال${NAME_WORD})?)`, "u");

/**
 * "بإقليم الحوز", "في قضاء الحمدانية": a place the gazetteer doesn't know, named by its unit
 * (its country is the article's, worked out by the caller). Not the topic ("الأوضاع في محافظة إدلب").
 */
export function unitPlace(sentence: string): Place | null {
  const { text, map } = normalizeWithMap(sentence);
  const m = UNIT_PLACE.exec(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  const start = end - m[1].length;
  // "بالمديرية العامة": a unit named by a generic adjective is a body, not a place.
  if (GENERIC.has(m[1].split(" ")[1] ?? "")) return null;
  if (TOPIC_BEFORE.test(text.slice(Math.max(0, start - 30), start).replace(/(?<=\S)ب$/, " ب"))) return null;
  return { place: sentence.slice(map[start], map[end - 1] + 1), country: null };
}

/** The place of a frame: a place/capital/country right after "في"/"إلى" or with an attached ب. */
export function placeOf(sentence: string, mentions: EntityMention[], gaz: Gazetteer): Place | null {
  const candidates = mentions.filter((m) => m.place && (m.kind === "capital" || m.kind === "place" || m.kind === "country"));
  const scored = candidates.filter((m) => {
    const before = normalizeArabic(sentence.slice(Math.max(0, m.start - 30), m.start));
    const surface = normalizeArabic(sentence.slice(m.start, m.end));
    // "بالدوحة", "ببكين" (a name that itself starts with ب needs a second one).
    const attachedBa = /^ب/.test(normalizeArabic(m.place ?? "")) ? /^و?بب/.test(surface) : /^و?ب/.test(surface);
    const topicBa = attachedBa && TOPIC_BEFORE.test(`${before} ب`);
    return (PLACE_BEFORE.test(before) || attachedBa) && !TOPIC_BEFORE.test(before) && !topicBa;
  });
  const best = scored.find((m) => m.kind !== "country") ?? scored[0];
  if (best?.place) return { place: best.place, country: best.country };
  // "في العاصمة الإيرانية": the capital of the country the adjective names.
  for (const m of mentions) {
    if (m.kind !== "adjective" || !m.country) continue;
    const before = normalizeArabic(sentence.slice(Math.max(0, m.start - 16), m.start));
    const capital = /(?:^|\s)(?:في|الي|ب)?\s*ال?عاصمه\s*$/.test(before) ? gaz.countries.find((c) => c.code === m.country)?.capital : null;
    if (capital) return { place: capital.ar, country: m.country };
  }
  const { text, map } = normalizeWithMap(sentence);
  const lm = LANDMARK.exec(text);
  if (lm) {
    const s = lm.index + lm[0].length - lm[1].length;
    return { place: sentence.slice(map[s], map[s + lm[1].length - 1] + 1), country: null };
  }
  return null;
}
