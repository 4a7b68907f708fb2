// The pipeline's word lists, read from seed/lexicon/*.json: one list per concept, written in
// natural spelling by whoever edits them, validated and normalised here once, like the gazetteer.
// Code builds its patterns from these lists (alternation) and never spells the words itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { normalizeArabic } from "@/lib/ingest/text/normalise";

const words = z.array(z.string().min(1));
const numbered = (max: number) => z.record(z.string().min(1), z.number().int().min(0).max(max));

const calendarSchema = z.object({
  months: z.record(z.string(), numbered(12)),
  ambiguousMonths: words,
  hijriMonths: numbered(12),
  weekdays: numbered(6),
  ordinalUnits: numbered(10),
  ordinalCompoundUnits: numbered(9),
  ordinalTeen: words,
  ordinalTens: numbered(30),
});

const unitSchema = z.object({ the: words, this: words });
const timeSchema = z.object({
  qualifiers: z.object({ past: words, future: words, current: words }),
  relativeDays: z.object({ today: words, yesterday: words, dayBeforeYesterday: words, tomorrow: words, dayAfterTomorrow: words }),
  notToday: words,
  units: z.object({ year: unitSchema, month: unitSchema, week: unitSchema }),
  yearWords: words,
  monthCues: words,
  yearCues: words,
  futureParticles: words,
  notFutureVerbs: words,
  since: words,
  referencePoints: words,
  notReferencePoints: words,
  rightAfter: words,
  spans: words,
  dateLineLabels: words,
  dateLineWords: words,
  updatedLabels: words,
  notYet: words,
});

const chromeSchema = z.object({
  readAlso: words,
  readMore: words,
  relatedLists: words,
  followUs: z.object({ verbs: words, channels: words }),
  sourceLabels: words,
  keywordLabels: words,
  urlLabels: words,
  lines: words,
  lineStarts: words,
  sections: words,
  share: words,
  bylines: words,
  captions: words,
});

const agenciesSchema = z.object({ agencies: words });

const discourseSchema = z.object({
  speechVerbs: words,
  continuationVerbs: words,
  halParticiples: words,
  complementizers: words,
  attribution: words,
  impersonalOpeners: words,
  background: z.object({ pastAuxiliaries: words, perfectParticle: z.string().min(1), phrases: words }),
  pairWords: words,
  afterWords: words,
  duringWords: words,
  circumstanceOpeners: words,
  relativePronouns: words,
  sequenceOpeners: words,
  purposeBefore: words,
});

const triggerSchema = z.object({
  past: words.default([]),
  present: words.default([]),
  nouns: words.default([]),
  words: words.default([]),
  phrases: words.default([]),
}).strict();

const kindSchema = z.object({
  kind: z.string().regex(/^[a-z_]+$/, "a kind is a lower-case English identifier"),
  ar: z.string().min(1),
  title: z.string(),
  family: z.string().min(1),
  priority: z.number().int().min(0),
  reference: z.string(),
  shape: z.enum(["encounter", "travel", "gathering", "call", "speech", "press", "happening"]),
  triggers: triggerSchema,
  unless: z.array(z.object({ for: words.optional(), before: words.default([]), after: words.default([]) }).strict()).default([]),
  destinationObject: words.default([]),
  yieldsTo: z.array(z.string()).default([]),
}).strict();

const kindsSchema = z.object({ kinds: z.array(kindSchema).min(1) }).superRefine((value, ctx) => {
  const seen = new Set<string>();
  value.kinds.forEach((k, i) => {
    if (seen.has(k.kind)) ctx.addIssue({ code: "custom", path: ["kinds", i, "kind"], message: `kind "${k.kind}" is listed twice` });
    seen.add(k.kind);
  });
});

const namesSchema = z.object({
  notName: words,
  nameCompounds: words,
  counterpart: words,
  portfolio: words,
  afterAla: words,
  notSurname: words,
  timeWords: words,
  institutions: words,
  bodies: words,
  press: words,
  honorifics: words,
  wordNames: z.array(z.object({ name: z.string(), after: words.optional(), notAfter: words.optional() }).strict()),
});

const placesSchema = z.object({
  placeBefore: words,
  cityWords: words,
  topicNouns: words,
  landmarks: words,
  internationalBodies: words,
  venueBefore: words,
  presidency: words,
  adminUnits: words,
  borders: words,
});

const FILES = {
  calendar: calendarSchema,
  time: timeSchema,
  chrome: chromeSchema,
  agencies: agenciesSchema,
  discourse: discourseSchema,
  kinds: kindsSchema,
  names: namesSchema,
  places: placesSchema,
} as const;

type Files = typeof FILES;
export type Lexicon = { [K in keyof Files]: z.infer<Files[K]> };

/** A word or phrase as the patterns see it: normalised, one space between words. */
export function norm(word: string): string {
  return normalizeArabic(word).replace(/\s+/g, " ").trim();
}

/**
 * The words of a parsed lexicon file normalised: strings in lists and the keys of word → number
 * maps. Single strings (a kind's Arabic name and title) are display text and stay as written.
 * "$…" keys are comments for editors and are dropped.
 */
function normaliseAll(value: unknown): unknown {
  if (Array.isArray(value)) return [...new Set(value.map((v) => (typeof v === "string" ? norm(v) : normaliseAll(v))))];
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith("$")).map(([k, v]) => [typeof v === "number" ? norm(k) : k, normaliseAll(v)]));
  }
  return value;
}

const defaultDir = path.join(process.cwd(), "seed", "lexicon");

export function loadLexicon(dir = defaultDir): Lexicon {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FILES)) {
    const file = path.join(dir, `${name}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = schema.safeParse(normaliseAll(raw));
    if (!parsed.success) {
      throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    out[name] = parsed.data;
  }
  return out as Lexicon;
}

let cached: Lexicon | undefined;

/** The project's lexicon, read from disk once per process. */
export function lexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex alternation of normalised words, longest first (so "كانون الثاني" beats "كانون"), spaces matching any run of spaces. */
export function alternation(list: Iterable<string>): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => escape(w).replace(/ /g, "\\s+")).join("|");
}

/** A set of normalised words. */
export function wordSet(list: Iterable<string>): Set<string> {
  return new Set(list);
}
