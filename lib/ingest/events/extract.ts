// From an article body to dated happenings: sentence → frames (clauses) → trigger + date + who + where.
// A mention with no date the text can fix is not put on the timeline (it is only counted).
import { isoBounds } from "@/lib/ingest/dates/days";
import { framesOf, inRanges, splitSentences, type Frame, type Sentence } from "@/lib/ingest/text/clauses";
import { type DateAnchor, findDateMentions, isFutureVerb, resolveMention } from "@/lib/ingest/dates/mentions";
import { type EntityMention, LearnedActors, recogniseEntities } from "@/lib/ingest/entities/recognise";
import { tokenize } from "@/lib/ingest/text/tokens";
import type { Token } from "@/lib/ingest/text/tokens";
import { gazetteer as defaultGazetteer, type Gazetteer } from "@/lib/ingest/entities/gazetteer";
import {
  PAIR_WORDS, continuedSpeaker, isBackReference, mainSubject, sameFamily, type Discourse,
} from "@/lib/ingest/events/discourse";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { actorKey } from "@/lib/ingest/events/merge";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import { internationalOfficers, placeOf, topicPlaces, unitPlace, type Place } from "@/lib/ingest/entities/places";
import { buildTitle, shortName } from "@/lib/ingest/events/titles";
import { isEncounter, isSpeakingOccasion, isSpeech, kindInfo } from "@/lib/ingest/events/kinds";
import { findTriggers, takesDestinationObject, type Trigger } from "@/lib/ingest/events/triggers";
import type { ActorRef, ExtractedEvent, ParsedArticle, ResolvedDate } from "@/lib/ingest/types";

export { splitSentences, type Sentence } from "@/lib/ingest/text/clauses";

export interface ArticleEventOptions {
  articleIndex: number;
  /** Publication date of the article (stated or inferred), null when unknown. */
  anchor: DateAnchor | null;
  gazetteer?: Gazetteer;
  learned?: LearnedActors;
}

export interface ArticleEvents {
  events: ExtractedEvent[];
  /** Happenings mentioned without any date the text can fix. */
  undated: number;
}

/** How many sentences back "عقب اللقاء" may point. */
const BACK_REFERENCE_REACH = 6;

// "وذلك أثناء لقائه …": a circumstance that tells who else was there and where.
const { discourse } = lexicon();
const CIRCUMSTANCE = new RegExp(`^(?:وذلك\\s+)?(?:${alternation(discourse.circumstanceOpeners)})\\s`);
const HAL = new Set(discourse.halParticiples);
function dedupeActors(list: ActorRef[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const a of list) if (!seen.has(a.name)) seen.set(a.name, a);
  return [...seen.values()];
}

function quoteStart(text: string, words: number): string {
  const cleaned = text.replace(/["«»“”:]/g, " ").replace(/^\s*(?:و?(?:أن|أنّ|إن|إنّ|بأن)\s+)/, "").trim();
  let all = cleaned.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "… تصعيدا خطيرا، مضيفا أن …": the quote ends where the speaker goes on.
  const goesOn = all.findIndex((w, i) => i >= 3 && HAL.has(normalizeArabic(w).replace(/^و/, "")));
  if (goesOn > 0) all = all.slice(0, goesOn);
  // Stop at the first comma when it leaves a readable phrase.
  const comma = all.findIndex((w) => /[،,]$/.test(w));
  if (comma >= 3 && comma < words) all = [...all.slice(0, comma + 1), "…"];
  return all.slice(0, words).join(" ").replace(/[،,.]$/, "").replace(/[،,]\s*…$/, "…") + (all.length > words ? "…" : "");
}

interface Draft {
  frame: Frame;
  event: ExtractedEvent;
}

type Options = Required<Omit<ArticleEventOptions, "anchor">> & {
  anchor: DateAnchor | null;
  /** The country the article is about, for happenings whose sentence names none (worked out once, when first asked). */
  articleCountry: () => string | null;
};

/**
 * The country an article is about: the one its title and first sentences name most (countries,
 * capitals, places, adjectives and actors all count), when one leads.
 */
function mainCountry(article: ParsedArticle, o: Omit<Options, "articleCountry">): string | null {
  const counts = new Map<string, number>();
  const text = [article.title, ...splitSentences(article.body).slice(0, 12).map((s) => s.text)];
  for (const part of text) {
    for (const m of recogniseEntities(part, { gazetteer: o.gazetteer, date: o.anchor?.value ?? null })) {
      if (m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

function eventsOfSentence(s: Sentence, sentenceText: string, article: ParsedArticle, o: Options, counts: { undated: number }, discourse: Discourse): ExtractedEvent[] {
  const gaz = o.gazetteer;
  const tokens = tokenize(sentenceText);
  const firstWord = tokens.find((t) => t.isWord)?.norm ?? "";
  const carried = continuedSpeaker(firstWord, discourse);
  const carriedDate = carried ? discourse.speechDate : null;
  // Most sentences announce nothing: check for a trigger before the costlier passes.
  const found = findTriggers(tokens);
  const nothing = () => {
    [discourse.speaker, discourse.speechDate] = [carried, carriedDate];
    return [];
  };
  if (found.length === 0) return nothing();
  const mentions = recogniseEntities(sentenceText, { gazetteer: gaz, date: o.anchor?.value ?? null, learned: o.learned });
  // A word inside a name is not a trigger: "فيصل" is not "ف" + "يصل" (arrives).
  const outsideNames = found.filter((t) => !mentions.some((m) => m.start <= t.at && t.at < m.end));
  // "خلال الزيارة نفسها تباحث …": the occasion points back only when the sentence tells another happening
  // at it; beside a speech verb alone ("ولفت الوزير خلال المحادثات") it is the happening the sentence is about.
  const acts = outsideNames.some((t) => !isSpeech(t.kind) && !isBackReference(sentenceText, t) && !refersBack(tokens, t));
  const backRefs = outsideNames.filter((t) => {
    const ref = isBackReference(sentenceText, t);
    return ref === "after" || (ref === "during" && acts);
  });
  const triggers = outsideNames.filter((t) => !backRefs.includes(t));
  if (triggers.length === 0) return nothing();
  const { frames, adjuncts } = framesOf(sentenceText);
  const ownSubject = mainSubject(sentenceText, frames[0], mentions);
  const speaker = ownSubject ? null : carried;
  // "وأضاف الأنصاري …" names the same speaker again: still the same occasion.
  const sameSpeaker = !!ownSubject && !!carried && ownSubject.name === carried.name;
  const occasionDate = speaker || sameSpeaker ? carriedDate : null;
  const speaks = frames[0]?.type === "main" && triggers.some((t) => inRanges(frames[0].ranges, t.at) && isSpeakingOccasion(t.kind));
  [discourse.speaker, discourse.speechDate] = speaks ? [ownSubject ?? carried, occasionDate] : [null, null];
  const pairWord = tokens.some((t) => t.isWord && PAIR_WORDS.test(t.norm));
  const pair = pairWord && discourse.pair && s.position - discourse.pair.position <= 2 ? discourse.pair.actors : null;
  const dates = findDateMentions(sentenceText)
    .map((m) => ({ m, r: resolveMention(m, o.anchor) }))
    .filter((d): d is { m: typeof d.m; r: ResolvedDate } => d.r !== null);
  let drafts: Draft[] = [];
  const topics = topicPlaces(sentenceText, mentions);
  const officers = internationalOfficers(sentenceText, mentions);

  let speechDate: ResolvedDate | null = null;
  frames.forEach((frame, fi) => {
    const inFrame = triggers.filter((t) => inRanges(frame.ranges, t.at));
    // "ووصل الإعصار … بوصوله إلى القاهرة": words of a kind that yields to another in the clause describe it.
    const own = inFrame.filter((t) => !kindInfo(t.kind).yieldsTo.some((k) => inFrame.some((o) => o.kind === k)));
    if (own.length === 0) return;
    const pick = (list: Trigger[]) => list.reduce((a, b) => (rank(b, sentenceText, list) > rank(a, sentenceText, list) ? b : a));
    // In the lead, a happening it tells beats one it names as known ("على طاولة المحادثات … خلال لقائه").
    const fresh = fi === 0 && s.position === 0 ? own.filter((t) => !refersBack(tokens, t)) : [];
    const best = fresh.length > 0 ? pick(fresh) : pick(own);
    // Speech inside speech is content, not a happening of its own; "الخطة التي أعلنت عنها الوزارة"
    // names an announcement told elsewhere.
    if (isSpeech(best.kind) && (frame.type === "reported" || afterRelative(tokens, best))) return;
    let date = nearestDate(dates.filter((d) => inRanges(frame.ranges, d.m.index) && datesTrigger(sentenceText, d.m.index, best)), best);
    const isMain = fi === 0 && frame.type === "main";
    if (!date && isMain) date = dates.find((d) => adjuncts.some((c) => d.m.index >= c.start && d.m.index < c.end))?.r ?? null;
    if (!date && isMain && s.position === 0 && dates.length === 0 && o.anchor && !frameIsFuture(frame) && !refersBack(tokens, best)) {
      // The lead of a dated report tells that day's news — but not a happening it names as known
      // ("ارتفعت حصيلة ضحايا الزلزال الذي ضرب …": the quake is not that day's).
      date = { start: o.anchor.value, end: null, precision: o.anchor.precision, certainty: "inferred", phrase: article.published.phrase ?? "", basis: "publication" };
    }
    // "وأضاف أن …" goes on with the statement the previous sentence dated.
    if (!date && isMain && occasionDate && isSpeakingOccasion(best.kind)) date = occasionDate;
    // "عقدا مؤتمرا صحفيا عقب المباحثات": the same day as the talks just told.
    const ref = backRefs.find((t) => inRanges(frame.ranges, t.at));
    const last = discourse.last;
    // "وبعدها، أجرى …": what happened next, the same day as the happening just told.
    const next = isMain ? SEQUENCE.exec(normalizeArabic(sentenceText)) : null;
    if (!date && next && last && s.position - last.position <= 2 && last.date.precision === "day" && !last.date.end) {
      date = { ...last.date, certainty: "inferred", phrase: sentenceText.slice(0, next[0].length).trim(), basis: "relative" };
    }
    // "عقب المباحثات", "وخلال الزيارة نفسها": the latest happening of that kind told a few sentences before.
    const occasion = ref ? discourse.told.findLast((x) => sameFamily(ref.kind, x.kind) && s.position - x.position <= BACK_REFERENCE_REACH) : undefined;
    if (!date && ref && occasion && occasion.date.precision === "day" && !occasion.date.end) {
      const from = sentenceText.slice(0, ref.at).search(/(?:عقب|بعد|إثر|اثر|في ختام|في أعقاب|في اعقاب)\s*$/);
      date = { ...occasion.date, certainty: "inferred", phrase: sentenceText.slice(from >= 0 ? from : ref.at, ref.at + ref.text.length), basis: "relative" };
    }
    // "أعلن الجيش أمس أن مسيّرات استهدفت …": a past happening told inside a dated announcement
    // was at or before it; the announcement's day is the closest the text allows.
    if (!date && frame.type === "reported" && speechDate && !frameIsFuture(frame) && toldAsDone(sentenceText, frame, best)) date = { ...speechDate, certainty: "inferred" };
    // "وأعلن عبد العاطي أن …" later in a dated report: said on the occasion just told, or else on
    // the day of the report, unless the sentence sets it in the past ("وكان … قد", "في وقت سابق").
    // Not when it is placed by a happening the text does not date ("عقب القمة"), nor when it only
    // tells what the two sides of the happening just told did ("إن الرئيسين أكدا …").
    if (!date && isMain && !ref && !pairWord && isSpeech(best.kind) && o.anchor?.precision === "day" && !frameIsFuture(frame) && !BACKGROUND.test(normalizeArabic(sentenceText))) {
      date = reportDay(o.anchor, discourse.last, article);
    }
    // "ثم يزور الموفدان رئيس مجلس النواب …", "وأضافت الوزارة أن الطرفين … ووقعا": the story goes on
    // with the people of the happening just told, on its day.
    if (!date && isMain && !isSpeech(best.kind) && last && s.position - last.position <= 2 && last.date.precision === "day" && !last.date.end
      && !frameIsFuture(frame) && !refersBack(tokens, best) && !BACKGROUND.test(normalizeArabic(sentenceText))) {
      const keys = mentions.filter((m) => m.actor && inRanges(frame.ranges, m.start)).map((m) => actorKey(m.actor!));
      const samePeople = keys.some((k) => last.actors.includes(k)) || (pairWord && !!pair);
      // "وفي حي القيزان، قصفت الطائرات منزلا …": a report of strikes goes on with more of them, told as done, that day.
      const moreOfTheSame = best.form === "past" && opensClause(sentenceText, best) && kindInfo(best.kind).family === kindInfo(last.kind).family && kindInfo(best.kind).shape === "happening";
      if (samePeople || moreOfTheSame) date = { ...last.date, certainty: "inferred", basis: "relative" };
    }
    if (!date) {
      counts.undated++;
      return;
    }
    if (isMain && isSpeech(best.kind)) speechDate = date;
    let own_mentions = mentions.filter((m) => inRanges(frame.ranges, m.start));
    let context: string | null = null;
    let contextPlace: Place | null = null;
    if (isMain) {
      for (const c of adjuncts) {
        const text = sentenceText.slice(c.start, c.end);
        const norm = normalizeArabic(text);
        if (c.type !== "sentence" || !CIRCUMSTANCE.test(norm)) continue;
        const extra = mentions.filter((m) => m.start >= c.start && m.start < c.end);
        own_mentions = [...own_mentions, ...extra];
        const who = extra.filter((m) => m.actor?.kind === "person").map((m) => shortName(m.actor as ActorRef));
        const where = placeOf(text, extra.filter((m) => m.kind !== "actor"), gaz);
        contextPlace = where;
        if (who.length) context = `خلال لقائه ${who.join(" و")}${where ? ` في ${where.place}` : ""}`;
      }
    }
    let actors = dedupeActors(own_mentions.flatMap((m) => (m.actor ? [m.actor] : [])));
    const named = (list: ActorRef[]) => list.some((a) => a.kind === "person" || a.kind === "organisation");
    if (isMain && speaker && !named(actors)) actors = [speaker, ...actors];
    const pairHere = pair && tokens.some((t) => t.isWord && PAIR_WORDS.test(t.norm) && inRanges(frame.ranges, t.start));
    if (pairHere) actors = dedupeActors([...pair, ...actors]);
    const frameText = sentenceText.slice(0, Math.max(...frame.ranges.map((r) => r[1])));
    let where = placeOf(frameText, own_mentions.filter((m) => m.kind !== "actor"), gaz) ?? contextPlace ?? unitPlace(frameText);
    // A phone call joins two places; the "في" places of its sentence are what was discussed.
    if (kindInfo(best.kind).shape === "call") where = null;
    // "يزور … القاهرة": a visit's destination often follows the verb with no preposition.
    const travel = kindInfo(best.kind).shape === "travel";
    const object = travel ? own_mentions.find((m) => m.place && m.kind !== "adjective" && m.kind !== "actor" && tokens.some((t, i) => t.start === best.at && tokens[i + 1]?.start === m.start)) : undefined;
    if (object?.place && takesDestinationObject(best)) where = { place: object.place, country: object.country };
    if (!where && travel) {
      const home = actors[0]?.country ?? null;
      const dest = own_mentions.find((m) => m.start > best.at && m.place && m.kind !== "actor" && m.kind !== "adjective" && m.country !== home);
      if (dest?.place) where = { place: dest.place, country: dest.country };
    }
    const parties = own_mentions.filter((m) => !topics.has(m) && !(m.actor && officers.has(m.actor)) && !(kindInfo(best.kind).shape === "gathering" && holdsPresidency(sentenceText, m)));
    // "طهران والرياض ستعقدان … في العاصمة الإيرانية": the host named as a party stays in the title.
    const hostIsParty = isEncounter(best.kind) && !!where?.country && parties.some((m) => m.country === where?.country && !m.actor && m.kind !== "adjective" && !VENUE_BEFORE.test(normalizeArabic(sentenceText.slice(Math.max(0, m.start - 20), m.start))) && !/^و?ب/.test(normalizeArabic(sentenceText.slice(m.start, m.end))));
    // A place the gazetteer doesn't know ("حي الشجاعية", "قضاء الحمدانية") is local to the article's country.
    if (where && !where.country && kindInfo(best.kind).shape === "happening" && (isMain || toldAsDone(sentenceText, frame, best))) {
      const home = o.articleCountry();
      if (home) where = { ...where, country: home };
    }
    let countries = [...new Set([...parties.map((m) => m.country), ...actors.filter((a) => !officers.has(a)).map((a) => a.country), where?.country ?? null].filter((c): c is string => !!c))];
    // A happening whose sentence names no one and no country (a fire "في قضاء الحمدانية") is the article's country's.
    // In a reported clause, only a happening told as done ("إن مسلحين قتلوا 25 جنديا").
    if (actors.length === 0 && countries.length === 0 && !isSpeech(best.kind) && (isMain || toldAsDone(sentenceText, frame, best))) {
      const home = o.articleCountry();
      if (home) {
        countries = [home];
        if (where && !where.country) where = { ...where, country: home };
      }
    }
    if (actors.length === 0 && countries.length === 0) return;
    if (isSpeech(best.kind) && !named(actors) && !countriesSpeak(tokens, best, own_mentions)) return;
    const gathering = kindInfo(best.kind).shape === "gathering" ? /^\s*["«“]([^"»”]{2,40})["»”]/.exec(sentenceText.slice(best.at + best.text.length))?.[1] ?? null : null;
    const nextFrame = frames[fi + 1];
    const content = isSpeech(best.kind) && !context && nextFrame?.type === "reported" ? quoteStart(nextFrame.text, 8) : null;
    const title = buildTitle({ kind: best.kind, actors, countries, place: where?.place ?? null, placeCountry: hostIsParty ? null : where?.country ?? null, named: gathering, context, content, phrase: triggerPhrase(tokens, best) }, gaz);
    drafts.push({
      frame,
      event: {
        kind: best.kind, title, titleEn: null, date, actors, countries, place: where?.place ?? null,
        summary: sentenceText.length > 300 ? `${sentenceText.slice(0, 297)}…` : sentenceText,
        sources: [{ articleIndex: o.articleIndex, evidence: sentenceText, start: s.start, end: s.end }],
      },
    });
  });
  // "X: <the event X announced>" reads better than the first words of the quote.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const sibling = drafts.slice(i + 1).find((x) => x.frame.type === "reported" && !isSpeech(x.event.kind));
    if (isSpeech(d.event.kind) && sibling && d.event.title.includes(":")) {
      d.event.title = `${d.event.title.split(":")[0]}: ${sibling.event.title}`;
    }
  }
  // "تعلن الوزارة أن الملك استقبل يومه الجمعة …": an announcement of a happening on its own day is
  // how the happening became known, not a second event.
  const vehicles = drafts.filter((d) => d.event.kind === "announcement" && drafts.some((x) => x.frame.type === "reported" && !isSpeech(x.event.kind)
    && x.event.date.start === d.event.date.start && x.event.date.precision === "day" && x.event.date.certainty === "stated"));
  drafts = drafts.filter((d) => !vehicles.includes(d));
  const mainSpeech = drafts.find((d) => d.frame.type === "main" && isSpeakingOccasion(d.event.kind));
  if (mainSpeech && discourse.speaker && mainSpeech.event.actors.includes(discourse.speaker)) discourse.speechDate = mainSpeech.event.date;
  const two = [...drafts].reverse().map((d) => d.event.actors.filter((a) => a.kind === "person")).find((p) => p.length === 2);
  if (two) discourse.pair = { actors: two, position: s.position };
  const told = drafts.at(-1)?.event;
  if (told) discourse.last = { kind: told.kind, date: told.date, position: s.position, actors: told.actors.map(actorKey) };
  for (const d of drafts) discourse.told.push({ kind: d.event.kind, date: d.event.date, position: s.position, actors: d.event.actors.map(actorKey) });
  return drafts.map((d) => d.event);
}

/**
 * "السودان وإيران أعلنا …", "أعلنت مصر وقطر …": states named right beside the speech verb,
 * joined by و, are its subject. A lone country before a singular verb is too often a topic.
 */
function countriesSpeak(tokens: Token[], t: Trigger, mentions: EntityMention[]): boolean {
  const states = mentions.filter((m) => m.kind === "country" && m.country);
  const words = tokens.filter((x) => x.isWord);
  const at = words.findIndex((x) => x.start === t.at);
  if (at < 0) return false;
  const stateAt = (i: number) => (i >= 0 && i < words.length ? states.find((m) => m.start <= words[i].start && words[i].start < m.end) : undefined);
  const firstWord = (m: EntityMention) => words.findIndex((w) => w.start === m.start);
  const lastWord = (m: EntityMention) => words.findLastIndex((w) => w.start < m.end);
  let after = 0;
  for (let i = at + 1, m = stateAt(i); m && m.start === words[i].start && (after === 0 || /^و/.test(words[i].norm)); i = lastWord(m) + 1, m = stateAt(i)) after++;
  let before = 0;
  for (let i = at - 1, m = stateAt(i); m && lastWord(m) === i; m = stateAt(i)) {
    before++;
    const first = firstWord(m);
    if (first < 0 || !/^و/.test(words[first].norm)) break;
    i = first - 1;
  }
  // Dual or plural verb ("أعلنا", "أعلنتا", "أعلنوا") after its subject.
  const plural = /(?:ا|تا|وا|ان)$/.test(normalizeArabic(t.text));
  return after >= 2 || (plural && before >= 2);
}

const RELATIVE = new RegExp(`(?:^|\\s)(?:${alternation(discourse.relativePronouns)})(?:\\s|$)`);

/**
 * A reported clause that tells a happening as done: its trigger is a perfect verb and the clause's
 * own predicate, not one inside a relative clause ("الهجمات التي شنتها …" names a strike told elsewhere).
 */
/** "وفي حي القيزان، قصفت …", "واستهدفت …": the trigger is the verb its clause opens with, after any place or time set off by a comma. */
function opensClause(sentence: string, t: Trigger): boolean {
  const before = sentence.slice(0, t.at);
  const words = before.slice(Math.max(before.lastIndexOf("،"), before.lastIndexOf(","), 0)).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length === 0 || (words.length === 1 && /^[وف]$/.test(words[0]));
}

function afterRelative(tokens: Token[], t: Trigger): boolean {
  const before = tokens.filter((x) => x.isWord && x.start < t.at).at(-1);
  return !!before && RELATIVE.test(` ${before.norm} `);
}

function toldAsDone(sentence: string, frame: Frame, t: Trigger): boolean {
  if (t.form !== "past" || isSpeech(t.kind)) return false;
  const from = frame.ranges.find(([a, b]) => t.at >= a && t.at < b)?.[0] ?? t.at;
  return !RELATIVE.test(normalizeArabic(sentence.slice(from, t.at)));
}

const VENUE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(lexicon().places.venueBefore)})\\s*$`);
const PRESIDENCY = alternation(lexicon().places.presidency);
const CHAIR_AFTER = new RegExp(`^\\s*(?:ال)?(?:${PRESIDENCY})(?:\\s|$)`);
const CHAIR_BEFORE = new RegExp(`(?:^|\\s)(?:ال)?(?:${PRESIDENCY})(?:\\s+\\S+){0,2}\\s+(?:من|الي|ل)\\s*$`);
// "تسلم العراق رئاسة القمة من البحرين": who hands over or takes the chair, not who attended.
function holdsPresidency(sentence: string, m: EntityMention): boolean {
  if (m.actor || !m.country) return false;
  const after = normalizeArabic(sentence.slice(m.end, m.end + 12));
  const before = normalizeArabic(sentence.slice(Math.max(0, m.start - 30), m.start));
  return CHAIR_AFTER.test(after) || CHAIR_BEFORE.test(before);
}

/**
 * The trigger noun with the words that say what kind it was ("اجتماعا تحضيريا للقمة" → "اجتماع
 * تحضيري للقمة"): a title for a happening whose text names no one.
 */
function triggerPhrase(tokens: Token[], t: Trigger): string | null {
  const bare = (w: string) => w.replace(/^[وفب](?=ال|\S{4})/, "").replace(/(?<=\S{3})ا$/, "");
  const head = tokens[t.token];
  if (!head || !/^(?:[وفب]?ال|\S+ا$)/.test(head.norm)) return null;
  const indefinite = !/^[وفب]?ال/.test(head.norm);
  const words = [bare(head.text)];
  for (let i = t.token + 1; i < tokens.length && words.length < 3; i++) {
    const x = tokens[i];
    if (!x.isWord) break;
    const n = x.norm.replace(/ا$/, "");
    // An adjective agrees: the accusative alef after "اجتماعا", or a nisba ("التحضيري"); or a genitive "للقمة".
    const agrees = (indefinite && /\S{3}ا$/.test(x.norm) && !/^ال/.test(x.norm)) || /(?:ي|يه)$/.test(n);
    if (!agrees && !/^لل\S{3}/.test(x.norm)) break;
    words.push(bare(x.text));
  }
  return words.length > 1 ? words.join(" ") : null;
}

// Background, not the report's news: "وكان … قد أعلن", "سبق أن", "في وقت سابق", "يذكر أن".
// "وكان المجلس الرئاسي أعلن …": a sentence opening with و + كان tells what had happened before.
const BACKGROUND = new RegExp(`(?:^[وف](?:${alternation(discourse.background.pastAuxiliaries)})\\s|(?:^|\\s)(?:[وف]?(?:${alternation(discourse.background.pastAuxiliaries)})\\s(?:\\S+\\s){0,8}${discourse.background.perfectParticle}|[وف]?(?:${alternation(discourse.background.phrases)}))(?:\\s|$))`);
const DAY_MS = 86_400_000;

/** The day an undated statement in a dated report was made: the occasion just told when it is that day's news, else the report's day. */
function reportDay(anchor: DateAnchor, last: Discourse["last"], article: ParsedArticle): ResolvedDate {
  const published = isoBounds(anchor.value)[0].getTime();
  if (last && last.date.precision === "day" && !last.date.end) {
    const lag = published - isoBounds(last.date.start)[0].getTime();
    // The same day reads clearer from the date line than from another sentence's phrase.
    if (lag > 0 && lag <= 2 * DAY_MS) return { ...last.date, certainty: "inferred" };
  }
  return { start: anchor.value, end: null, precision: "day", certainty: "inferred", phrase: article.published.phrase ?? "", basis: "publication" };
}

// "منذ نيسان 2023" is when a state began, not when something happened.
const SINCE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(lexicon().time.since)})\\s*$`);
// "وتأتي الزيارة بعد … الاتفاق الذي وقع في 10 آذار": the date belongs to the reference point
// ("بعد ظهر الثلاثاء" is Tuesday afternoon, not after it).
const REFERENCE_WORDS = new Set(lexicon().time.referencePoints);
const NOT_REFERENCE = new Set(lexicon().time.notReferencePoints);
const RIGHT_AFTER = new Set(lexicon().time.rightAfter);
const SPANS = new Set(lexicon().time.spans);

/** Whether a date phrase can date the trigger: not a "since" date, not the date of a later reference point. */
function datesTrigger(sentence: string, dateIndex: number, t: Trigger): boolean {
  if (SINCE_BEFORE.test(normalizeArabic(sentence.slice(Math.max(0, dateIndex - 12), dateIndex)))) return false;
  if (dateIndex <= t.at) return true;
  // The reference word governs the phrase it opens, a few words long: in "منذ سنوات وهدأت يوم
  // الثلاثاء" a new clause (و…) comes between, and Tuesday is when the fighting calmed.
  const words = normalizeArabic(sentence.slice(t.at + t.text.length, dateIndex)).replace(/[,;]/g, " , ").split(" ").filter(Boolean);
  const last = words.findLastIndex((w, i) => REFERENCE_WORDS.has(w) && !NOT_REFERENCE.has(words[i + 1] ?? ""));
  if (last < 0) return true;
  // A comma or a new verb joined by و ("وهدأت", not "والاتفاق" nor "وقع") ends the reference phrase.
  const phrase = words.slice(last + 1);
  if (phrase.some((w) => w === "," || /^و(?!ال)\S{4,}$/.test(w))) return true;
  // Right after a happening of a named day, with no span of time between, is that day.
  return RIGHT_AFTER.has(words[last]) && !phrase.some((w) => SPANS.has(w.replace(/^ال/, "")));
}

/**
 * A trigger's weight in its frame. One written with the purpose ل ("اجتماعا تحضيريا للقمة",
 * "التقى … لبحث") names what the happening was for, so a bare trigger beside it outranks it.
 */
function rank(t: Trigger, sentence: string, others: Trigger[]): number {
  // Between triggers of one kind, the verb is the clause's predicate ("طائرات مسيرة استهدفت …").
  const verb = t.form === "past" || t.form === "present" ? 0.5 : 0;
  // "قرر … إثر اجتماعه", "وقرر تحالف أوبك+ خلال اجتماعه": beside a verb of another happening, one
  // named as the setting is not the news (beside a speech verb it is: "قال … خلال لقائه نظيره").
  const acts = others.some((o) => o !== t && (o.form === "past" || o.form === "present") && !isSpeech(o.kind));
  const setting = acts && SETTING_BEFORE.test(normalizeArabic(sentence.slice(Math.max(0, t.at - 16), t.at))) ? 0 : 500;
  const purpose = PURPOSE.test(normalizeArabic(t.text)) || PURPOSE_BEFORE.test(normalizeArabic(sentence.slice(Math.max(0, t.at - 20), t.at)));
  return kindInfo(t.kind).priority + verb + setting + (purpose ? 0 : 1000);
}
const PURPOSE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(lexicon().discourse.purposeBefore)})\\s*$`);
const SETTING_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(lexicon().discourse.circumstanceOpeners)})\\s*$`);
const PURPOSE = /^(?:لل|ل(?!ل)(?=\S{3}))(?!قا[ءئؤ]|فت)/;

function nearestDate(dates: { m: { index: number }; r: ResolvedDate }[], t: Trigger): ResolvedDate | null {
  let best: { d: number; r: ResolvedDate } | null = null;
  for (const x of dates) {
    const d = Math.abs(x.m.index - t.at);
    if (!best || d < best.d) best = { d, r: x.r };
  }
  return best?.r ?? null;
}

const SEQUENCE = new RegExp(`^(?:${alternation(lexicon().discourse.sequenceOpeners)})(?=[\\s,،])`);
const NOT_YET = new RegExp(`(?:^|\\s)[وف]?(?:${alternation(lexicon().time.notYet)})(?:\\s|$)`);

/** A frame told in the future, or hoped, expected or planned ("يأمل", "من المقرر", "قريبا"). */
const RELATIVE_AFTER = new RegExp(`^\\s*(?:${alternation(lexicon().discourse.relativePronouns)})(?:\\s|$)`);

/** A trigger noun with the article, or one a relative clause describes: a happening named as already known. */
function refersBack(tokens: Token[], t: Trigger): boolean {
  if (t.form === "past" || t.form === "present") return false;
  const definite = /^(?:[وفبل]|وب|وال|فال|بال|لل)?ال/.test(tokens[t.token].norm) || /^لل/.test(tokens[t.token].norm);
  const rest = tokens.slice(t.token + 1, t.token + 3).map((x) => x.norm).join(" ");
  return definite || RELATIVE_AFTER.test(rest);
}

function frameIsFuture(frame: Frame): boolean {
  return tokenize(frame.text).some((t) => t.isWord && isFutureVerb(t.norm)) || NOT_YET.test(normalizeArabic(frame.text));
}

/** All dated happenings in one article, in body order (not merged). */
export function extractEvents(article: ParsedArticle, options: ArticleEventOptions): ArticleEvents {
  const base = {
    articleIndex: options.articleIndex, anchor: options.anchor,
    gazetteer: options.gazetteer ?? defaultGazetteer(), learned: options.learned ?? new LearnedActors(),
  };
  let country: string | null | undefined;
  const o: Options = { ...base, articleCountry: () => (country === undefined ? (country = mainCountry(article, base)) : country) };
  const counts = { undated: 0 };
  const events: ExtractedEvent[] = [];
  const discourse: Discourse = { speaker: null, speechDate: null, pair: null, last: null, told: [] };
  for (const s of splitSentences(article.body)) events.push(...eventsOfSentence(s, s.text, article, o, counts, discourse));
  return { events, undated: counts.undated };
}
