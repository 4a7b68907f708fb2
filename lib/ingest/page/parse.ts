// Split one scraped page into articles: the page's own article and every article embedded after
// "اقرأ أيضاً:". Page furniture (headline lists, "follow us" lines, navigation labels) is dropped.
import { findDateMentions } from "@/lib/ingest/dates/mentions";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { isParagraph, readHead } from "@/lib/ingest/page/head";
import { classifyLine, type PageLine } from "@/lib/ingest/page/lines";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { ParsedArticle } from "@/lib/ingest/types";

const { chrome, agencies, discourse } = lexicon();

/** A label glued into a sentence by scraping (`إقرأ المزيدوبين` → `وبين`): its letters in any alef form, with harakat between them. */
function gluedLabel(phrase: string): RegExp {
  const H = "[\\u064B-\\u0652]*";
  const forms: Record<string, string> = { "ا": "[اأإآء]", "ي": "[يى]", "ه": "[هة]", " ": "\\s*" };
  const letter = (ch: string) => forms[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${[...phrase].map(letter).join(H)}${H}\\s*`, "gu");
}
const GLUED_READ_MORE = chrome.readMore.map(gluedLabel);

// Lines are matched in normalised form.
const READ_ALSO = new RegExp(`^(?:${alternation(chrome.readAlso)})\\s*:?$`);
const READ_ALSO_LINK = new RegExp(`^(?:${alternation(chrome.readAlso)})\\s*:\\s*\\S`);
const LIST_MARKER = new RegExp(`^(?:${alternation(chrome.relatedLists)})\\s*:?$`);
const FOLLOW_US = new RegExp(`^(?:${alternation(chrome.followUs.verbs)})(?=\\s).*(?:${alternation(chrome.followUs.channels)})`);
const SOURCE = new RegExp(`^(?:${alternation(chrome.sourceLabels)})\\s*:\\s*(.+)$`);
const KEYWORDS = new RegExp(`^(?:${alternation(chrome.keywordLabels)})\\s*:\\s*(.*)$`);
const URL_LINE = new RegExp(`^(?:(?:${alternation(chrome.urlLabels)})\\s*:\\s*)?(https?:\\/\\/\\S+)$`, "i");
const BULLET = /^[•·▪●◦‣\-*–]\s*/;

/** Wire services: an `المصدر:` line naming one is the agency, not the outlet. */
const WIRE_AGENCIES = agencies.agencies;

export function isWireAgency(source: string): boolean {
  const n = ` ${normalizeArabic(source).replace(/[.,:;]/g, " ").replace(/\s+/g, " ")} `;
  return WIRE_AGENCIES.some((a) => n.includes(` ${a} `) || n.includes(` وكاله ${a} `));
}

const SPEECH_VERBS = new Set(discourse.speechVerbs);

/** A line of several glued headlines ("زاخاروفا: … زاخاروفا تندد …: "…"") rather than a sentence. */
function looksLikeHeadlineRun(line: string): boolean {
  if (/[.!?؟…]\s*$/.test(line)) return false;
  const n = normalizeArabic(line);
  let colons = 0;
  const re = /(\S+):/g;
  for (let m = re.exec(n); m; m = re.exec(n)) if (!SPEECH_VERBS.has(m[1].replace(/^[وف](?=\S{3})/, ""))) colons++;
  return colons >= 2;
}

interface Segment {
  lines: string[];
  /** Indexes of the lines written as list items. */
  bullets: Set<number>;
  parent: number | null;
}

function splitKeywords(raw: string): string[] {
  const parts = raw.split(/\s*[،,|؛;•/]\s*|\s+-\s+/).map((s) => s.trim()).filter(Boolean);
  return parts;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export interface ParsedPage {
  articles: ParsedArticle[];
  problems: string[];
}

const RUN_ON_WORDS = 60;
const DATE_LABEL_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(lexicon().time.dateLineLabels)})\\s*[:\\-–]?\\s*$`, "u");

/**
 * A page saved as one run-on line ("… في ليبيا أخبار وتقارير_ قسم الأخبار منشور الثلاثاء 12 سبتمبر
 * 2023 توفي نحو 2800 شخص …"): parted at its date line into the head's pieces, the date line and the
 * article, so that the head can be read as on any page. Lines without such a date stay whole.
 */
export function splitRunOn(line: string): string[] {
  if (wordCount(line) < RUN_ON_WORDS) return [line];
  const m = findDateMentions(line).find((x) => x.kind === "full" && x.index > 20 && x.index < line.length * 0.4);
  if (!m) return [line];
  // Only a date line: labelled ("منشور الثلاثاء 12 سبتمبر 2023") or with its clock ("… 2023 - 06:12 م"),
  // not a date the article tells ("تعقد الجولة الأحد المقبل 11 مايو 2025").
  let start = m.index;
  const label = DATE_LABEL_BEFORE.exec(normalizeArabic(line.slice(Math.max(0, m.index - 24), m.index)));
  const clock = /^\s*[-–|,،]?\s*\d{1,2}:\d{2}/.test(line.slice(m.index + m.length));
  if (!label && !clock) return [line];
  if (label) start = line.lastIndexOf(line.slice(m.index - 24, m.index).trimEnd().split(/\s+/).at(-1) ?? "", m.index - 1);
  const after = line.slice(m.index + m.length);
  if (wordCount(after) < 10) return [line];
  const head = line.slice(0, start).split(/(?<=[.!؟])\s+/).map((x) => x.trim()).filter(Boolean);
  return [...head, line.slice(start, m.index + m.length).trim(), after.trim()];
}

/** Segment the page's lines into articles; furniture lines are dropped on the way. */
function segmentLines(text: string): Segment[] {
  const segments: Segment[] = [{ lines: [], bullets: new Set(), parent: null }];
  let inList = false;
  let listItems = 0;
  for (const rawLine of text.replace(/^\uFEFF/, "").split(/\r?\n|\r|\u2028|\u2029/).flatMap(splitRunOn)) {
    const bullet = BULLET.test(rawLine.trim());
    const line = GLUED_READ_MORE.reduce((l, re) => l.replace(re, ""), rawLine.trim().replace(BULLET, "")).trim();
    if (!line) {
      // A blank line after a list's items ends it: "آخر الأخبار" above the headline lists a block, not the page.
      if (inList && listItems > 0) inList = false;
      continue;
    }
    const n = normalizeArabic(line);
    if (READ_ALSO.test(n)) {
      segments.push({ lines: [], bullets: new Set(), parent: 0 });
      inList = false;
      continue;
    }
    if (LIST_MARKER.test(n)) {
      [inList, listItems] = [true, 0];
      continue;
    }
    // A headline list ends where a full paragraph starts again.
    if (inList && (bullet || wordCount(line) < 25 || !/[.!؟]\s*["»”]?$/.test(line))) {
      listItems++;
      continue;
    }
    inList = false;
    if (READ_ALSO_LINK.test(n) || (FOLLOW_US.test(n) && wordCount(line) <= 15)) continue;
    const seg = segments[segments.length - 1];
    if (bullet) seg.bullets.add(seg.lines.length);
    seg.lines.push(line);
  }
  return segments;
}

function buildArticle(file: string, seg: Segment, host: ParsedArticle | null, seenTitles: Set<string>): ParsedArticle | string {
  const sources: string[] = [];
  const keywords: string[] = [];
  let url: string | null = null;
  const lines: PageLine[] = [];
  for (const [index, line] of seg.lines.entries()) {
    const n = normalizeArabic(line);
    const source = SOURCE.exec(n) ? line.replace(/^[^:]*:\s*/, "").trim() : null;
    if (source) {
      sources.push(source);
      continue;
    }
    const kw = KEYWORDS.exec(n);
    if (kw) {
      keywords.push(...splitKeywords(line.replace(/^[^:]*:\s*/, "")));
      continue;
    }
    const link = URL_LINE.exec(line);
    if (link) {
      url ??= link[1];
      continue;
    }
    lines.push(classifyLine(line, seg.bullets.has(index)));
  }
  if (!lines.some((l) => l.kind === "text")) return "no title line";
  const head = readHead(lines);
  const titleLine = lines[head.title];
  const body: string[] = [];
  // A page saved without its headline starts with the lead paragraph: its first sentence is the
  // title, and the paragraph is the body's first line too.
  const leadIsBody = head.titleIsLead && (titleLine.words >= 14 || isParagraph(titleLine));
  const title = (leadIsBody ? firstSentence(titleLine.text) : titleLine.text).replace(/[.。]\s*$/, "");
  if (leadIsBody) body.push(titleLine.text);
  // Between the headline and the lead, short lines are captions, alt texts and credits ("وكالات"), not the article.
  const lead = lines.findIndex((l, i) => i > head.title && isParagraph(l));
  lines.forEach((line, i) => {
    if (i <= head.title || line.kind !== "text") return;
    if (lead > head.title && i < lead && !isParagraph(line) && line.words < 12) return;
    if (looksLikeHeadlineRun(line.text) || seenTitles.has(line.norm) || line.norm === titleLine.norm) return;
    body.push(line.text);
  });
  if (body.length === 0) return `"${title.slice(0, 60)}": no body text`;
  const date = head.published;
  const published: ParsedArticle["published"] = date
    ? { value: date.start, precision: date.precision, certainty: "stated", phrase: date.phrase }
    : { value: null, precision: null, certainty: "unknown", phrase: null };
  const agency = sources.find(isWireAgency) ?? null;
  const outlet = [...sources].reverse().find((s) => !isWireAgency(s)) ?? host?.outlet ?? null;
  return {
    file, title, body: body.join("\n"), published, outlet, agency, keywords, url, parentIndex: seg.parent,
  };
}

/** The first sentence of a paragraph (up to . ! ؟ outside a number), or the paragraph when it has one sentence. */
function firstSentence(paragraph: string): string {
  const end = /[.!؟](?=\s|$)/.exec(paragraph);
  return end ? paragraph.slice(0, end.index + 1) : paragraph;
}

/** Parse one scraped file into its articles; problems are messages about articles that were skipped. */
export function parseArticles(file: string, text: string): ParsedPage {
  const segments = segmentLines(text);
  const seenTitles = new Set<string>();
  for (const seg of segments) if (seg.lines[0]) seenTitles.add(normalizeArabic(seg.lines[0]));
  const articles: ParsedArticle[] = [];
  const problems: string[] = [];
  segments.forEach((seg, i) => {
    if (seg.lines.length === 0) return;
    const host = seg.parent === null ? null : articles[0] ?? null;
    const titles = new Set([...seenTitles].filter((t) => t !== normalizeArabic(seg.lines[0])));
    const built = buildArticle(file, seg, host, titles);
    if (typeof built === "string") {
      problems.push(`${i === 0 ? "main article" : `embedded article ${i}`}: ${built}`);
      return;
    }
    if (built.parentIndex !== null && articles.length === 0) built.parentIndex = null;
    articles.push(built);
  });
  return { articles, problems };
}
