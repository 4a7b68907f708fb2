// The head of an article on a saved page: which line is its headline and which date is its own.
// Saved pages start with furniture (menus, tickers, the site's "today" banner, staff boxes) before
// the headline; the headline is the line that leads into the article (its date line, byline or
// lead paragraph), and the publication date is the date line printed with it — never a banner
// above it unless the article's own words agree.
import { HIJRI_MONTH_ALT, WEEKDAY_ALT } from "@/lib/ingest/dates/calendar";
import { addDays, formatDate, isoBounds } from "@/lib/ingest/dates/days";
import { findDateMentions, resolveMention } from "@/lib/ingest/dates/mentions";
import { gazetteer } from "@/lib/ingest/entities/gazetteer";
import { recogniseEntities } from "@/lib/ingest/entities/recognise";
import { isLabelledDateLine } from "@/lib/ingest/page/date-line";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import type { PageLine } from "@/lib/ingest/page/lines";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { ResolvedDate } from "@/lib/ingest/types";

export interface Head {
  /** Index of the headline line, or of the lead when the page has no headline. */
  title: number;
  /** Whether the title line is the lead paragraph itself (a page saved without its headline). */
  titleIsLead: boolean;
  published: ResolvedDate | null;
  /** Index of the line the publication date came from. */
  publishedLine: number | null;
}

/** A paragraph of running text, not a headline. */
export function isParagraph(line: PageLine): boolean {
  return line.kind === "text" && (line.words >= 25 || (line.words >= 10 && /[.!؟…]["»”)]?$/.test(line.text)));
}

/** How much a line reads like a headline (higher is more). */
function headlineScore(line: PageLine, next: PageLine | undefined, index: number, first: number): number {
  let score = 0;
  if (line.words >= 4 && line.words <= 20) score += 3;
  else if (line.words === 3 || (line.words > 20 && line.words <= 30)) score += 1;
  else score -= 3;
  if (/[:،,]$/.test(line.text)) score -= 2;
  if (/[.]$/.test(line.text)) score -= 1;
  // A headline leads into the article: its date line, byline or lead come next.
  if (next && (next.kind === "date" || next.kind === "byline" || isParagraph(next))) score += 2;
  if (index === first) score += 1;
  return score;
}

/** The weekday the article's own words give today ("اليوم الثلاثاء", "أمس الاثنين"), if any. */
function todaysWeekday(lines: PageLine[], from: number): number | null {
  for (const line of lines.slice(from, from + 4)) {
    if (line.kind !== "text") continue;
    for (const m of findDateMentions(line.text)) {
      if (m.kind === "relDay" && m.weekday !== null) return (m.weekday - m.offset + 70) % 7;
    }
  }
  return null;
}

/** Whether the article's own words agree with a date printed above its headline, contradict it, or say nothing. */
function verdictOn(date: ResolvedDate, lines: PageLine[], lead: number): "agrees" | "contradicts" | "silent" {
  if (date.precision !== "day") return "contradicts";
  const weekday = todaysWeekday(lines, lead);
  if (weekday !== null) return new Date(`${date.start}T00:00:00Z`).getUTCDay() === weekday ? "agrees" : "contradicts";
  // A full date in the lead that is the line's own day.
  const stated = lines.slice(lead, lead + 2).some((l) => findDateMentions(l.text).some((m) => m.kind === "full" && resolveMention(m, null)?.start === date.start));
  return stated ? "agrees" : "silent";
}

const contentWords = (norm: string) => norm.split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map((w) => w.replace(/^(?:وال|بال|فال|لل|ال|و)/, ""));

/** How many of a line's content words the lead and the paragraph after it use: a headline tells the article, a slogan doesn't. */
function overlap(line: PageLine, lines: PageLine[], lead: number): number {
  const words = contentWords(line.norm);
  if (lead < 0 || words.length === 0) return 0;
  const body = new Set(lines.slice(lead, lead + 3).flatMap((l) => contentWords(l.norm)));
  return words.filter((w) => body.has(w)).length / words.length;
}

/**
 * "القاهرة 29 مارس 2018 / …", "الجزائر _ 19 أغسطس 2022م (وام) -", "حمدي عبدالله - القاهرة في الخميس
 * 9 يناير 2025 03:33 مساءً - أدى …": a dateline with a full date opening the lead. The words just
 * before the date are a place ("نبأ – تواصلت، يوم الأحد 17 أيلول" is a sentence, not a dateline).
 */
function datelineDate(line: PageLine): ResolvedDate | null {
  const m = findDateMentions(line.text).find((x) => x.kind === "full");
  if (!m || m.index > 60) return null;
  const before = line.text.slice(0, m.index);
  if (before.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w !== "في").length > 4 || /[.!؟:]/.test(before)) return null;
  const after = line.text.slice(m.index + m.length);
  if (!/^\s*م?\s*(?:\d{1,2}:\d{2}\s*(?:ص|م|مساء\S*|صباح\S*)?)?\s*(?:\([^)]{1,25}\))?\s*[-–—_/:،,ـ]/u.test(after)) return null;
  const place = before.split(/\s[-–—_]+\s?|[-–—_]{2,}/).at(-1)?.replace(/(?:^|\s)في\s*$/, "").replace(/[،,\s]+$/, "") ?? "";
  if (place && !recogniseEntities(place, { namesOnly: true }).some((e) => e.kind === "capital" || e.kind === "place" || e.kind === "country")) return null;
  const date = resolveMention(m, null);
  return date && { ...date, phrase: line.text.slice(0, m.index + m.length).trim() };
}

const { relativeDays } = lexicon().time;
const HIJRI_BETWEEN = new RegExp(`\\s+(?:[0-3]?\\d\\s+(?:${HIJRI_MONTH_ALT})|[0-3]?\\d\\s*/\\s*1?\\d\\s*/)\\s*1[34]\\d{2}\\s*(?:ه|هـ)?\\s*(?:الموافق)?\\s*$`, "u");
const DAY_BEFORE = new RegExp(`(?:^|\\s)(${alternation([...relativeDays.today, ...relativeDays.yesterday, ...relativeDays.dayBeforeYesterday])})(?:\\s+(?:${WEEKDAY_ALT}))?[\\s,،(]*$`, "u");
const offsetOf = (word: string) => (relativeDays.dayBeforeYesterday.includes(word) ? 2 : relativeDays.yesterday.includes(word) ? 1 : 0);

/**
 * "وافقت الجمعية العامة اليوم الجمعة 10 ماي 2024", "مساء أمس الجمعة 28 ديسمبر 2012": the lead names
 * today (or yesterday) and writes its date; the article's day follows ("اليوم" states it).
 */
const LEAD_LINES = 4;

function todayInLead(lines: PageLine[], lead: number): ResolvedDate | null {
  for (const [k, line] of lines.slice(lead, lead + LEAD_LINES).entries()) {
    for (const m of findDateMentions(line.text)) {
      if (m.kind !== "full") continue;
      // "اليوم الثلاثاء 11 جمادى الآخرة 1447هـ الموافق 2 ديسمبر 2025م": the Hijri date and الموافق may come between.
      const gap = normalizeArabic(line.text.slice(Math.max(0, m.index - 60), m.index)).replace(HIJRI_BETWEEN, " ");
      const day = DAY_BEFORE.exec(gap);
      if (!day) continue;
      const date = resolveMention(m, null);
      if (!date) continue;
      const offset = offsetOf(day[1].replace(/^يوم\s+/, ""));
      // Further on, only "today" with its date: "أمس" there is often a day before the news.
      if (k >= 2 && offset !== 0) continue;
      const value = offset === 0 ? date.start : formatDate(addDays(isoBounds(date.start)[0], offset), "day");
      return { ...date, start: value, end: null, certainty: offset === 0 ? "stated" : "inferred", phrase: line.text.slice(Math.max(0, m.index - 60), m.index + m.length).trim() };
    }
  }
  return null;
}

/** A clock before the date ("10:23 مساءً / 29 يناير، 2026") or the weather beside it: a live banner, not a date line. */
const BANNER = /^\s*\d{1,2}:\d{2}|°|(?:^|\s)c(?:\s|$)/iu;

let roleWords: Set<string> | undefined;

/**
 * A photo caption that only names who is pictured ("الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية
 * كيم جونغ أون", "مديرة صندوق النقد الدولي"): names and the words of their offices, nothing said of them.
 */
function onlyNames(line: PageLine): boolean {
  roleWords ??= new Set(gazetteer().roles.flatMap((r) => r.ar.flatMap((phrase) => normalizeArabic(phrase).split(" "))));
  let rest = line.text;
  for (const m of recogniseEntities(line.text, { namesOnly: true }).reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const words = normalizeArabic(rest).split(/[^\p{L}]+/u).filter((w) => w.length > 1).map((w) => w.replace(/^و(?=\S{3})/, ""));
  return words.length < line.words && words.every((w) => roleWords!.has(w));
}

export function readHead(lines: PageLine[]): Head {
  const lead = lines.findIndex((l) => !l.listItem && isParagraph(l));
  const end = lead >= 0 ? lead : lines.length;
  // Bulleted lines above the lead are other articles' headlines.
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) {
    if (lines[i].kind !== "text" || lines[i].words < 2 || lines[i].listItem) continue;
    // A second copy of the headline with a caption glued on ("…كوريا الشماليةزعيم كوريا الشمالية، كيم جونج أون") is not a headline of its own.
    if (candidates.some((c) => lines[i].norm.length > lines[c].norm.length && lines[i].norm.startsWith(lines[c].norm))) continue;
    candidates.push(i);
  }

  // The first line that reads like a headline and tells what the lead tells; else the best-placed one.
  const scored = candidates.map((i) => ({
    i,
    score: headlineScore(lines[i], lines.slice(i + 1).find((l) => l.kind !== "chrome"), i, candidates[0]) - (onlyNames(lines[i]) ? 4 : 0),
    overlap: overlap(lines[i], lines, lead),
  }));
  const told = scored.find((c) => c.score >= 3 && c.overlap >= 0.3);
  const best = told ?? scored.reduce<(typeof scored)[number] | null>((a, b) => (a && a.score >= b.score ? a : b), null);
  const titleIsLead = !best || best.score < 1;
  const title = titleIsLead ? (lead >= 0 ? lead : lines.findIndex((l) => l.kind === "text")) : best.i;

  // The publication line: printed with the headline (after it, before the second paragraph),
  // a "last updated" stamp only when there is nothing else, then a dateline opening the lead, then
  // a date above the headline — right above it when the article doesn't contradict it, further up
  // (the site's banner: the day the page was saved) only when the article's words agree.
  const dated = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.date !== null);
  const limit = lead >= 0 ? lead + 2 : lines.length;
  const after = dated.filter(({ i }) => i > title && i < limit);
  const pick = after.find(({ l }) => !l.updated) ?? after[0]
    ?? (titleIsLead ? dated.find(({ i }) => i < limit) : undefined);
  if (pick) return { title, titleIsLead, published: pick.l.date, publishedLine: pick.i };
  const filed = lead >= 0 ? datelineDate(lines[lead]) ?? todayInLead(lines, lead) : null;
  if (filed) return { title, titleIsLead, published: filed, publishedLine: lead };
  const from = lead >= 0 ? lead : title;
  const above = dated.filter(({ i }) => i < title).reverse().find(({ i, l }) => {
    const verdict = verdictOn(l.date!, lines, from);
    const adjacent = lines.slice(i + 1, title).every((x) => x.kind === "chrome") && title - i <= 3 && !BANNER.test(l.text);
    return verdict === "agrees" || (verdict === "silent" && adjacent);
  });
  // Last, a labelled line anywhere below ("أضيف بتاريخ :2016/10/24" at the foot of the page).
  const below = above ?? dated.find(({ i, l }) => i >= limit && !l.updated && isLabelledDateLine(l.text));
  return { title, titleIsLead, published: below?.l.date ?? null, publishedLine: below?.i ?? null };
}
