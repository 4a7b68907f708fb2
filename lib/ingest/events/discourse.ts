// What one sentence leaves for the next: the speaker that "وأضاف" goes on with, the pair that
// "الوزيران" means, and the happening that "عقب اللقاء" points back to. Each is carried only
// where the text leaves no doubt; a wrong actor on an event is worse than a missing one.
import { inRanges, type Frame } from "@/lib/ingest/text/clauses";
import type { EntityMention } from "@/lib/ingest/entities/recognise";
import { tokenize } from "@/lib/ingest/text/tokens";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { Trigger } from "@/lib/ingest/events/triggers";
import type { ActorRef, EventKind, ResolvedDate } from "@/lib/ingest/types";

/**
 * What earlier sentences leave for the next one: who was speaking in the previous main clause
 * (carried on through "وأضاف … وتابع …"), and the two people of the last happening ("الوزيران").
 */
export interface Discourse {
  /** The previous sentence's speaker; null when its main clause was not someone speaking. */
  speaker: ActorRef | null;
  /** The date of that speaker's statement, when the sentence dated one. */
  speechDate: ResolvedDate | null;
  pair: { actors: ActorRef[]; position: number } | null;
  /** The latest event told, for "عقب اللقاء" (after the meeting) in the next sentences. */
  last: Told | null;
  /** Every event told so far, in order, for "خلال الزيارة نفسها" a few sentences on. */
  told: Told[];
}

export interface Told {
  kind: EventKind;
  date: ResolvedDate;
  position: number;
  actors: string[];
}

const { discourse } = lexicon();
export { sameFamily } from "@/lib/ingest/events/kinds";
// "عقب اللقاء", "في ختام المباحثات": a definite trigger after "after" points back to a happening told.
const DURING_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(discourse.duringWords)})\\s*$`);
const AFTER_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(discourse.afterWords)})\\s*$`);

/** A trigger that refers back to the happening just told rather than telling a new one. */
export function isBackReference(sentence: string, t: Trigger): "after" | "during" | null {
  // Only a definite noun ("اللقاء") points back; "لقائه" is the subject's own meeting.
  if (!/^ال/.test(normalizeArabic(t.text))) return null;
  const before = normalizeArabic(sentence.slice(Math.max(0, t.at - 14), t.at));
  return AFTER_BEFORE.test(before) ? "after" : DURING_BEFORE.test(before) ? "during" : null;
}

// "وأضاف أن …", "وتابعت …": a sentence that goes on with the previous one's speaker unnamed.
const CONTINUATION = new RegExp(`^[وف](?:${alternation(discourse.continuationVerbs)})(ت)?$`);
// Dual references to the two sides of the happening just told.
export const PAIR_WORDS = new RegExp(`^[وف]?(?:ال)?(?:${alternation(discourse.pairWords)})$`);
const SUBJECT_WINDOW = 10; // words: a VSO subject follows its verb closely, after its role words

/** Grammatical gender of an actor when the text tells it: a role or an organisation name ending in ة. */
function genderOf(a: ActorRef): "f" | "m" | null {
  const head = normalizeArabic((a.kind === "organisation" ? a.ar : a.role ?? "").split(/\s+/)[0] ?? "");
  if (!head) return null;
  return head.endsWith("ه") ? "f" : "m";
}

/** The first person or organisation near the start of a sentence's main clause. */
export function mainSubject(sentence: string, frame: Frame | undefined, mentions: EntityMention[]): ActorRef | null {
  if (!frame || frame.type !== "main") return null;
  const limit = tokenize(sentence).filter((t) => t.isWord)[SUBJECT_WINDOW]?.start ?? Infinity;
  return mentions.find((x) => x.actor && x.start < limit && inRanges(frame.ranges, x.start))?.actor ?? null;
}

/** The previous speaker, for a sentence opening with a continuation verb that agrees with them. */
export function continuedSpeaker(firstWord: string, d: Discourse): ActorRef | null {
  const m = CONTINUATION.exec(firstWord);
  if (!m || !d.speaker) return null;
  const g = genderOf(d.speaker);
  // A feminine verb needs a speaker known to be feminine; a masculine one any speaker not known feminine.
  if (m[1] ? g !== "f" : g === "f") return null;
  return d.speaker;
}
