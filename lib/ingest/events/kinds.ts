// The kinds of event (seed/lexicon/kinds.json): what each is called, which kinds can be one
// happening told two ways (family), which wins when a clause holds several (priority).
import { lexicon } from "@/lib/ingest/lexicon";
import type { EventKind } from "@/lib/ingest/types";

export interface KindInfo {
  kind: EventKind;
  /** Arabic name, for filters and labels. */
  ar: string;
  /** The noun a title of this kind starts with ("" for none). */
  title: string;
  family: string;
  priority: number;
  /** How the event is told (seed/lexicon/kinds.json explains each). */
  shape: KindShape;
  /** Kinds whose words, in the same clause, this kind's words only describe. */
  yieldsTo: EventKind[];
}

export type KindShape = "encounter" | "travel" | "gathering" | "call" | "speech" | "press" | "happening";

const KINDS = new Map<EventKind, KindInfo>(lexicon().kinds.kinds.map((k) => [k.kind, {
  kind: k.kind, ar: k.ar, title: k.title, family: k.family, priority: k.priority, shape: k.shape, yieldsTo: k.yieldsTo,
}]));

const OTHER: KindInfo = { kind: "other", ar: "حدث", title: "", family: "other", priority: 0, shape: "happening", yieldsTo: [] };

/** What the lexicon says of a kind; an unknown kind (an old stored row) is treated as "other". */
export function kindInfo(kind: EventKind): KindInfo {
  return KINDS.get(kind) ?? OTHER;
}

export function allKinds(): KindInfo[] {
  return [...KINDS.values()];
}

const shapeOf = (kind: EventKind) => kindInfo(kind).shape;
/** Someone speaking (a statement, an announcement): what they said is not a happening of its own. */
export const isSpeech = (kind: EventKind) => shapeOf(kind) === "speech";
/** Someone speaking, or a press conference: an occasion later sentences of the speaker go on with. */
export const isSpeakingOccasion = (kind: EventKind) => shapeOf(kind) === "speech" || shapeOf(kind) === "press";
export const isEncounter = (kind: EventKind) => kindInfo(kind).family === "encounter";
export const sameFamily = (a: EventKind, b: EventKind) => a === b || kindInfo(a).family === kindInfo(b).family;
