// Words that announce a happening, by kind, from seed/lexicon/kinds.json. The lists hold words in
// their plain forms; the forms a sentence writes are made here once (ال and attached pronouns on
// nouns, the future on present verbs) and each word of a sentence is looked up after its attached
// particles are taken off ("بالمحادثات" → "محادثات", "والتقى" → "التقي").
import { lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { Token } from "@/lib/ingest/text/tokens";
import type { EventKind } from "@/lib/ingest/types";

/** How the trigger word is written: a perfect verb tells a happening as done. */
export type TriggerForm = "past" | "present" | "noun" | "word" | "phrase";

export interface Trigger {
  kind: EventKind;
  /** Offset of the word in the sentence. */
  at: number;
  /** The word as written (the first word of a phrase). */
  text: string;
  /** Index of the word in the token list. */
  token: number;
  form: TriggerForm;
}

const PRONOUNS = ["ه", "ها", "هم", "هما", "هن", "نا"];

/** A noun's written forms: with the article, with attached pronouns (زيارة → زيارته), and the dual of a ة noun. */
export function nounForms(noun: string): string[] {
  const out = [noun, `ال${noun}`];
  if (noun.includes(" ")) return out;
  if (noun.endsWith("ه")) {
    const stem = `${noun.slice(0, -1)}ت`;
    out.push(...PRONOUNS.map((p) => stem + p), `${stem}ان`, `${stem}ين`);
  } else if (noun.endsWith("ء")) {
    const stem = noun.slice(0, -1);
    out.push(...PRONOUNS.flatMap((p) => [noun + p, `${stem}ئ${p}`, `${stem}ؤ${p}`]));
  } else {
    out.push(...PRONOUNS.map((p) => noun + p));
  }
  return out;
}

interface Entry {
  kind: EventKind;
  form: TriggerForm;
}

interface Phrase {
  kind: EventKind;
  /** The words after the first. */
  rest: string[];
}

interface TriggerIndex {
  words: Map<string, Entry>;
  /** Phrases by every written form of their first word, longest first. */
  phrases: Map<string, Phrase[]>;
  /** Per kind, the rules that cancel a trigger: which of its words (all when null), and the words before or after. */
  unless: Map<EventKind, { words: Set<string> | null; before: string[][]; after: string[][] }[]>;
  destinationObject: Set<string>;
}

function buildIndex(): TriggerIndex {
  const words = new Map<string, Entry>();
  const phrases = new Map<string, Phrase[]>();
  const unless: TriggerIndex["unless"] = new Map();
  const destinationObject = new Set<string>();
  const add = (form: string, entry: Entry) => {
    const other = words.get(form);
    if (other && other.kind !== entry.kind) {
      throw new Error(`seed/lexicon/kinds.json: «${form}» is a trigger of both ${other.kind} and ${entry.kind}; keep it in one kind`);
    }
    if (!other) words.set(form, entry);
  };
  for (const k of lexicon().kinds.kinds) {
    const t = k.triggers;
    for (const w of t.past) add(w, { kind: k.kind, form: "past" });
    for (const w of t.present) for (const f of [w, `س${w}`]) add(f, { kind: k.kind, form: "present" });
    for (const w of t.nouns) for (const f of nounForms(w)) add(f, { kind: k.kind, form: "noun" });
    for (const w of t.words) add(w, { kind: k.kind, form: "word" });
    for (const p of t.phrases) {
      const [first, ...rest] = p.split(" ");
      for (const f of nounForms(first)) {
        const list = phrases.get(f) ?? [];
        list.push({ kind: k.kind, rest });
        list.sort((a, b) => b.rest.length - a.rest.length);
        phrases.set(f, list);
      }
    }
    unless.set(k.kind, k.unless.map((rule) => ({
      words: rule.for ? new Set(rule.for.flatMap((w) => [w, `س${w}`])) : null,
      before: rule.before.map((w) => w.split(" ")),
      after: rule.after.map((w) => w.split(" ")),
    })));
    for (const w of k.destinationObject) for (const f of [w, `س${w}`]) destinationObject.add(f);
  }
  return { words, phrases, unless, destinationObject };
}

let index: TriggerIndex | undefined;
const triggerIndex = () => (index ??= buildIndex());

/** The word, and the word without its attached particles and accusative alef. */
function variants(norm: string): string[] {
  const out = [norm];
  const m = /^(?:وبال|وال|فال|بال|لل|ول|وب|فل|فب|و|ف|ب|ل)(?=\S{2,})/.exec(norm);
  if (m) out.push(norm.slice(m[0].length));
  if (/^[وف]/.test(norm)) out.push(norm.slice(1));
  // Indefinite accusative nouns carry a final alef: "عقدوا اجتماعا", "شنت هجوما".
  for (const f of [...out]) if (f.length > 4 && f.endsWith("ا")) out.push(f.slice(0, -1));
  return out;
}

/** What a written word can start: a one-word trigger and the phrases its first word begins. */
interface WordTriggers {
  entry: Entry | null;
  phrases: Phrase[];
}

// The same words come back in every article: look each one up once.
const cache = new Map<string, WordTriggers>();

function wordTriggers(norm: string): WordTriggers {
  let w = cache.get(norm);
  if (w === undefined) {
    const { words, phrases } = triggerIndex();
    const forms = variants(norm);
    w = {
      entry: forms.map((f) => words.get(f)).find(Boolean) ?? null,
      phrases: forms.flatMap((f) => phrases.get(f) ?? []),
    };
    if (cache.size > 200_000) cache.clear();
    cache.set(norm, w);
  }
  return w;
}

/** A phrase's later word as written: itself, with the article, or with the accusative alef. */
function sameWord(written: string, word: string): boolean {
  return written === word || written === `ال${word}` || written === `${word}ا` || written === `ال${word}ا` || written.replace(/^[وف]/, "") === word;
}

/** The words of a phrase that follow token i, or 0 when they don't. */
function phraseLength(tokens: Token[], i: number, p: Phrase): number {
  for (let k = 0; k < p.rest.length; k++) {
    const t = tokens[i + 1 + k];
    if (!t?.isWord || !sameWord(t.norm, p.rest[k])) return 0;
  }
  return p.rest.length + 1;
}

const bare = (norm: string | undefined) => (norm ?? "").replace(/^[وف](?=\S{3})/, "");

/** Whether the words from token `at` on (or, backwards, up to it) are `words`; "#" is any number. */
function wordsAt(tokens: Token[], at: number, words: string[], backwards: boolean): boolean {
  const seq = tokens.filter((t, i) => t.isWord && (backwards ? i < at : i >= at));
  const run = backwards ? seq.slice(-words.length) : seq.slice(0, words.length);
  return run.length === words.length && words.every((w, k) => (w === "#" ? /^\d/.test(run[k].norm) : bare(run[k].norm) === w || run[k].norm === w));
}

export function findTriggers(tokens: Token[]): Trigger[] {
  const { unless } = triggerIndex();
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) continue;
    const w = wordTriggers(t.norm);
    let kind: EventKind | null = null;
    let form: TriggerForm = "word";
    let length = 1;
    // The longest phrase first: "وقف إطلاق النار" is not "إطلاق النار".
    for (const p of w.phrases) {
      const n = phraseLength(tokens, i, p);
      if (n > 0) {
        [kind, form, length] = [p.kind, "phrase", n];
        break;
      }
    }
    if (!kind && w.entry) [kind, form] = [w.entry.kind, w.entry.form];
    if (!kind) continue;
    const word = variants(t.norm).find((f) => triggerIndex().words.get(f)?.kind === kind) ?? t.norm;
    const cancelled = (unless.get(kind) ?? []).some((rule) => (rule.words === null || rule.words.has(word))
      && (rule.before.some((w) => wordsAt(tokens, i, w, true)) || rule.after.some((w) => wordsAt(tokens, i + length, w, false))));
    if (cancelled) {
      i += length - 1;
      continue;
    }
    out.push({ kind, at: t.start, text: t.text, token: i, form });
    i += length - 1;
  }
  return out;
}

/** A visit verb whose object is where the visit went ("يزور القاهرة"). */
export function takesDestinationObject(t: Trigger): boolean {
  return triggerIndex().destinationObject.has(normalizeArabic(t.text).replace(/^[وف]/, ""));
}
