// Words as the scanners see them: runs of letters and digits and single punctuation marks, each
// with its normal form, and the stems a word has once its attached particles are taken off.
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";

/** Words the scanner looks at: letters/digits runs, and single punctuation marks. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** normalizeArabic(text) */
  norm: string;
  isWord: boolean;
}

// A plus sign written onto a word is part of its name: "أوبك+".
const TOKEN_RE = /[\p{L}\p{M}\p{N}\u0640]+\+?|[^\s\p{L}\p{M}\p{N}]/gu;
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

