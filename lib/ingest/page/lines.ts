// What each line of a saved page is: page furniture (menus, tickers, share buttons, staff boxes,
// counters), a byline, a date line, or text. The words come from seed/lexicon/chrome.json.
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { parseDateLine } from "@/lib/ingest/page/date-line";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { ResolvedDate } from "@/lib/ingest/types";

const { chrome, time } = lexicon();

const CHROME_LINES = new Set(chrome.lines);
const CHROME_START = new RegExp(`^(?:${alternation(chrome.lineStarts)})(?=$|[\\s:|\\-–])`);
const SECTIONS = new Set(chrome.sections);
const SHARE = new Set(chrome.share);
const CAPTION = new RegExp(`^(?:${alternation(chrome.captions)})(?=\\s)`);
const BYLINE = new RegExp(`^(?:${alternation(chrome.bylines)})(?:\\s*[:\\-–/|]|\\s+\\S)`);
const UPDATED = new RegExp(`^(?:${alternation(time.updatedLabels)})`);
/** Separators of menus and breadcrumbs. */
const SEPARATORS = /\s*[|»«›‹/•·>\\]\s*|\s+-\s+/;

export type LineKind = "chrome" | "byline" | "date" | "text";

export interface PageLine {
  /** The line as written, trimmed. */
  text: string;
  norm: string;
  kind: LineKind;
  words: number;
  /** For date lines and bylines that hold one: the date the line gives. */
  date: ResolvedDate | null;
  /** A "last updated" stamp rather than the publication line. */
  updated: boolean;
  /** Written as a list item (a bullet before it). */
  listItem: boolean;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const bare = (norm: string) => norm.replace(/[^\p{L}\p{N}\s+&]/gu, " ").replace(/\s+/g, " ").trim();

/** A ticker: several headlines on one line, kept apart by runs of spaces or tabs. */
function isTicker(raw: string): boolean {
  return (raw.match(/\S(?: {3,}|\t+)\S/g) ?? []).length >= 2;
}

/** A line made only of section labels, share buttons or short menu items between separators. */
function isMenu(norm: string): boolean {
  const parts = norm.split(SEPARATORS).map(bare).filter(Boolean);
  if (parts.length === 0) return true;
  if (parts.every((p) => SECTIONS.has(p) || SHARE.has(p) || CHROME_LINES.has(p))) return true;
  // Without separators, a run of labels: "الرئيسية أخبار سياسة اقتصاد".
  const words = bare(norm).split(" ");
  if (parts.length === 1 && words.length >= 2 && words.every((w) => SECTIONS.has(w) || SHARE.has(w))) return true;
  return parts.length >= 3 && parts.every((p) => p.split(" ").length <= 3) && parts.filter((p) => SECTIONS.has(p)).length >= 2;
}

/** Only a time, a counter, a rating or punctuation: "06:12 م", "123", "(5)". */
const CLOCK_WORDS = new Set(["ص", "م", "am", "pm", "مساء", "صباحا", "gmt", "utc"]);
function isNoise(norm: string): boolean {
  return !bare(norm).split(" ").some((w) => !CLOCK_WORDS.has(w) && /\p{L}{2,}/u.test(w));
}

export function classifyLine(raw: string, listItem = false): PageLine {
  const text = raw.trim();
  const norm = normalizeArabic(text);
  const words = wordCount(text);
  const line: PageLine = { text, norm, kind: "text", words, date: null, updated: false, listItem };
  const plain = bare(norm);
  if (isTicker(raw) || CHROME_LINES.has(plain) || (words <= 12 && CHROME_START.test(plain)) || (words <= 14 && isMenu(norm)) || (words <= 20 && CAPTION.test(plain))) {
    return { ...line, kind: "chrome" };
  }
  const date = parseDateLine(text);
  if (date) return { ...line, kind: "date", date, updated: UPDATED.test(norm) };
  if (words <= 10 && BYLINE.test(norm)) {
    return { ...line, kind: "byline", date: bylineDate(text) };
  }
  // "بغداد اليوم - نينوى", "الصحيفة - و.م.ع": the outlet, the place or the agency, a dash between.
  const sides = text.split(/\s+[-–—]\s+/);
  if (sides.length === 2 && words <= 6 && sides.every((side) => wordCount(side) <= 3) && !/[.!؟:]$/.test(text)) {
    return { ...line, kind: "byline" };
  }
  // "background", "news-picture", "Loading...": a short line with no Arabic is markup left on the page.
  if (isNoise(norm) || (words <= 3 && !/[\u0600-\u06FF]/.test(text))) return { ...line, kind: "chrome" };
  return line;
}

/** "كتب: فلان - الثلاثاء 01/أبريل/2025 06:12 م": the date after the writer's name. */
function bylineDate(text: string): ResolvedDate | null {
  const parts = text.split(/\s+[-–|]\s+|\s*[|،,]\s*/);
  for (let i = 1; i < parts.length; i++) {
    const date = parseDateLine(parts.slice(i).join(" - "));
    if (date) return date;
  }
  return null;
}
