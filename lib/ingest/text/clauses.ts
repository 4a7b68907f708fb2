// Sentences (with exact body offsets) and, inside a sentence, the clauses that decide which words
// belong to which happening: "X said today THAT Y and Z will meet tomorrow" holds two events.
import { tokenize, type Token } from "@/lib/ingest/text/tokens";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic } from "@/lib/ingest/text/normalise";

export interface Sentence {
  text: string;
  /** Offsets in the article body: body.slice(start, end) === text. */
  start: number;
  end: number;
  /** Position among the body's sentences (0 = the lead). */
  position: number;
}

/** Split a body into sentences at . ! ? ؟ outside quotes («» “” ""), never across paragraphs. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (e - s > 1) out.push({ text: body.slice(s, e), start: s, end: e, position: out.length });
  };
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\n") {
      push(start, i);
      start = i + 1;
      depth = 0;
      straight = false;
    } else if (ch === "«" || ch === "“") depth++;
    else if (ch === "»" || ch === "”") depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    else if ((ch === "." || ch === "!" || ch === "?" || ch === "؟") && depth === 0 && !straight) {
      let e = i + 1;
      while (e < body.length && /[.!?؟"»”)]/.test(body[e])) e++;
      if (e < body.length && !/\s/.test(body[e])) continue; // 3.5, a.m.
      push(start, e);
      start = e;
      i = e - 1;
    }
  }
  push(start, body.length);
  return out;
}

export type ClauseType = "main" | "reported" | "local" | "sentence" | "attribution";

export interface Clause {
  type: ClauseType;
  start: number;
  end: number;
}

/** A happening's share of a sentence: a main or reported clause plus its local adjuncts. */
export interface Frame {
  type: "main" | "reported";
  ranges: [number, number][];
  text: string;
}

const { discourse } = lexicon();
const strip = (w: string) => w.replace(/^[وف]/, "");
const COMPLEMENTIZERS = new Set(discourse.complementizers);
const HAL = new Set(discourse.halParticiples);
const SPEECH = new Set(discourse.speechVerbs);
const ATTRIBUTION = new Set(discourse.attribution);
const isComplementizer = (w: string) => COMPLEMENTIZERS.has(w);

function quoteLength(tokens: Token[], i: number): number {
  const close = tokens[i].text === '"' ? '"' : tokens[i].text === "«" ? "»" : "”";
  let words = 0;
  for (let j = i + 1; j < tokens.length && tokens[j].text !== close; j++) if (tokens[j].isWord) words++;
  return words;
}

/** Cut a sentence into typed clauses by complementizers, speech quotes, participles and adjunct openers. */
export function splitClauses(sentence: string): Clause[] {
  const tokens = tokenize(sentence);
  const cuts: { at: number; type: ClauseType }[] = [];
  let inStraight = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = strip(t.norm);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.text === '"') inStraight = !inStraight;
    const opening = t.text === "«" || t.text === "“" || (t.text === '"' && inStraight);
    if (opening) {
      const speech = prev && (prev.text === ":" || SPEECH.has(strip(prev.norm)));
      // After "إن"/"أن" the quote is the reported clause itself, already cut there.
      const continues = prev?.isWord && isComplementizer(strip(prev.norm));
      if (!continues && (speech || quoteLength(tokens, i) >= 6 || (next && isComplementizer(next.norm)))) cuts.push({ at: t.start, type: "reported" });
    } else if (t.text === ":" && next) cuts.push({ at: next.start, type: "reported" });
    else if (t.isWord && isComplementizer(w) && i > 0) cuts.push({ at: t.start, type: "reported" });
    else if (t.isWord && w === "ذلك" && t.norm === "وذلك") cuts.push({ at: t.start, type: "sentence" });
    else if (t.isWord && ATTRIBUTION.has(w)) cuts.push({ at: t.start, type: "attribution" });
    else if (t.isWord && (w === "حسب" || w === "وفق") && next?.norm === "ما") cuts.push({ at: t.start, type: "attribution" });
    else if (t.isWord && w === "اشاره" && prev?.norm === "في") cuts.push({ at: prev.start, type: "reported" });
    else if (t.isWord && (HAL.has(w) || w === "حيث")) cuts.push({ at: t.start, type: "local" });
    else if (t.isWord && prev?.text === "،" && /^و\S{2,}/.test(t.norm) && !isComplementizer(w) && w !== "ذلك") {
      cuts.push({ at: t.start, type: "local" });
    }
  }
  const clauses: Clause[] = [];
  let start = 0;
  let type: ClauseType = "main";
  for (const cut of cuts) {
    if (cut.at > start) clauses.push({ type, start, end: cut.at });
    if (cut.at >= start) [start, type] = [cut.at, cut.type];
  }
  clauses.push({ type, start, end: sentence.length });
  // "يذكر أن السودان وإيران أعلنا …": the opener is the writer's aside, the clause after أن is the news.
  if (clauses.length > 1 && clauses[0].type === "main" && clauses[1].type === "reported" && IMPERSONAL_OPENER.test(normalize(sentence.slice(clauses[0].start, clauses[0].end)))) {
    clauses[0].type = "attribution";
    clauses[1].type = "main";
  }
  return clauses;
}
// "it is worth mentioning that", "it is known that": no speaker, so nothing is reported.
const IMPERSONAL_OPENER = new RegExp(`^[وف]?(?:${alternation(discourse.impersonalOpeners)})\\s*$`);
const normalize = (text: string) => normalizeArabic(text).replace(/[,،]/g, " ").replace(/\s+/g, " ").trim();

/** Group clauses into frames; sentence adjuncts ("وذلك …") and attributions are returned apart. */
export function framesOf(sentence: string): { frames: Frame[]; adjuncts: Clause[] } {
  const frames: Frame[] = [];
  const adjuncts: Clause[] = [];
  for (const c of splitClauses(sentence)) {
    if (c.type === "sentence" || c.type === "attribution") adjuncts.push(c);
    else if (c.type === "local" && frames.length > 0) frames[frames.length - 1].ranges.push([c.start, c.end]);
    else frames.push({ type: c.type === "reported" ? "reported" : "main", ranges: [[c.start, c.end]], text: "" });
  }
  for (const f of frames) f.text = f.ranges.map(([s, e]) => sentence.slice(s, e)).join(" ");
  return { frames, adjuncts };
}

export const inRanges = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e);
