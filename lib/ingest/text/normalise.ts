// One normaliser for matching, dedup and search (never for display), plus a phonetic key that
// lets transliterated names spelled several ways meet ("سونغ" / "سونج" / "سون").

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const INVISIBLE = /[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/; // tatweel, ZWJ/ZWNJ, bidi marks
const QUOTES_AND_BRACKETS = /["'«»“”„‟‹›`´‘’()[\]{}<>]/;

const LETTER_FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ہ": "ه", "ک": "ك",
  "،": ",", "؛": ";", "؟": "?", "٪": "%", "\u00A0": " ",
};

const foldCache: (string | undefined)[] = new Array(0x10000);

/** foldChar, memoised per UTF-16 unit: normalisation runs over every sentence several times. */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  let f = foldCache[code];
  if (f === undefined) {
    f = foldChar(ch);
    foldCache[code] = f;
  }
  return f;
}

function foldChar(ch: string): string {
  if (DIACRITICS.test(ch) || INVISIBLE.test(ch)) return "";
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  // Presentation forms (ﻻ, ﺍ …) decompose to ordinary letters.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) {
    // Noncharacters (U+FDD0–FDEF) and unassigned points in these blocks are their own NFKC form:
    // folding them again would never end. Treat them as invisible.
    const decomposed = ch.normalize("NFKC");
    return decomposed === ch ? "" : decomposed.split("").map(foldChar).join("");
  }
  const folded = LETTER_FOLD[ch];
  if (folded !== undefined) return folded;
  if (QUOTES_AND_BRACKETS.test(ch)) return " ";
  if (/\s/.test(ch)) return " ";
  return ch.toLowerCase();
}

export interface NormalisedText {
  text: string;
  /** map[i] = index in the original of normalised char i; map[text.length] = original length. */
  map: number[];
}

// The same sentence is normalised by several passes in a row (dates, places, background): keep the last.
let lastOriginal: string | null = null;
let lastNormalised: NormalisedText = { text: "", map: [0] };

/** Normalise and keep, for every output character, where it came from (for exact evidence offsets). Treat the result as read-only: it may be shared. */
export function normalizeWithMap(original: string): NormalisedText {
  if (original === lastOriginal) return lastNormalised;
  let text = "";
  const map: number[] = [];
  let afterSpace = true; // a space at the start, or after another, is dropped (runs collapse)
  for (let i = 0; i < original.length; i++) {
    const folded = fold(original[i]);
    if (folded.length === 1) {
      const space = folded === " ";
      if (space && afterSpace) continue;
      afterSpace = space;
      text += folded;
      map.push(i);
      continue;
    }
    for (const ch of folded) {
      const space = ch === " ";
      if (space && afterSpace) continue;
      afterSpace = space;
      text += ch;
      map.push(i);
    }
  }
  if (afterSpace && text.length > 0) {
    text = text.slice(0, -1);
    map.pop();
  }
  map.push(original.length);
  lastOriginal = original;
  lastNormalised = { text, map };
  return lastNormalised;
}

/**
 * normalizeWithMap's text alone, without building the offset map. Most characters fold to
 * themselves, so the text is copied in runs and only the characters that change are appended.
 */
export function normalizeArabic(original: string): string {
  if (original === lastOriginal) return lastNormalised.text;
  let text = "";
  let runStart = 0;
  let afterSpace = true;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    const folded = fold(ch);
    if (folded === ch && !(afterSpace && ch === " ")) {
      afterSpace = ch === " ";
      continue; // part of the run
    }
    text += original.slice(runStart, i);
    runStart = i + 1;
    for (const f of folded) {
      const space = f === " ";
      if (space && afterSpace) continue;
      afterSpace = space;
      text += f;
    }
  }
  text += original.slice(runStart);
  return afterSpace && text.length > 0 ? text.slice(0, -1) : text;
}

const G_LETTERS = /[غجقگ]/g;

/** One word's phonetic form; see phoneticKey. */
function phoneticWord(word: string): string {
  let w = word.replace(/[ؤ]/g, "و").replace(/[ئ]/g, "ي").replace(/ء/g, "");
  // The article is optional in transliterated names ("الكرملين" / "كرملين").
  if (w.startsWith("ال") && w.length > 4) w = w.slice(2);
  // "تش" and Persian "چ" render the same "ch" that Arabic also writes as ج ("عراقتشي"/"عراقجي").
  w = w.replace(/تش|چ/g, "g").replace(G_LETTERS, "g");
  // A nasal "ng" written نغ/نج/نق is often just ن ("سونغ"/"سونج"/"سون").
  w = w.replace(/نg/g, "ن");
  // Doubled letters come and go between spellings.
  w = w.replace(/(.)\1+/g, "$1");
  return w;
}

/**
 * Key for matching names across spellings: normalised, hyphens and spaces removed, غ/ج/ق/گ/تش → g,
 * final ng → n, ال dropped, hamza seats folded, doubled letters collapsed.
 */
export function phoneticKey(name: string): string {
  return normalizeArabic(name)
    .replace(/[-_.,;:!?]/g, " ")
    .split(" ")
    .filter(Boolean)
    .map(phoneticWord)
    .join("")
    .replace(/(.)\1+/g, "$1");
}

/** Arabic-letter count, used to tell Arabic text from other languages. */
export function countArabicLetters(text: string): number {
  // A loop, not text.match(/[…]/g): every file is checked, and the match built an array of its letters.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) n++;
  }
  return n;
}
