// Date phrases in Arabic news: find them (once, on normalised text) and resolve them against the
// article's publication date. Finding and resolving are separate so that inferring an unknown
// publication date can try many anchors cheaply.
import { HIJRI_MONTHS, HIJRI_MONTH_ALT, MONTH_ALT, SAFE_MONTH_ALT, WEEKDAY_ALT, WEEKDAYS, monthNumber } from "@/lib/ingest/dates/calendar";
import { addDays, formatDate, hijriToGregorian, isValidDay, utcDate } from "@/lib/ingest/dates/days";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeWithMap } from "@/lib/ingest/text/normalise";
import type { DatePrecision, ResolvedDate } from "@/lib/ingest/types";

export interface DateAnchor {
  value: string;
  precision: DatePrecision;
}

type Direction = "past" | "future" | "current" | null;

/** A date phrase as written, not yet tied to a calendar year. */
export type MentionBody =
  /** `dayFirst`: a numeric date whose first two numbers could be read either way (05/04/2024). `hijri`: converted from a Hijri date. */
  | { kind: "full"; y: number; m: number; d: number; end: [number, number, number] | null; dayFirst?: boolean; hijri?: boolean }
  | { kind: "dayMonth"; m: number; d: number; end: [number, number] | null; dir: Direction; weekday: number | null }
  | { kind: "monthYear"; y: number; m: number }
  | { kind: "month"; m: number; dir: Direction }
  | { kind: "year"; y: number }
  | { kind: "relDay"; offset: number; weekday: number | null }
  | { kind: "weekday"; weekday: number; dir: Direction }
  | { kind: "relUnit"; unit: "week" | "month" | "year"; offset: number }
  /** "في التاسع من الشهر الجاري": a day of a month named relative to the article's. */
  | { kind: "dayOfRelMonth"; d: number; offset: number }
  /** "في أكتوبر من العام الماضي": a month of a year named relative to the article's. */
  | { kind: "monthOfRelYear"; m: number; offset: number; d: number | null };

export type DateMention = MentionBody & { index: number; length: number; phrase: string };

export type DatePhraseMatch = ResolvedDate & { index: number; length: number };

const L = "(?<![\\p{L}\\p{N}])"; // Arabic has no \b
const R = "(?![\\p{L}\\p{N}])";
const D = "([0-3]?\\d)(?:st|nd|rd|th)?";
const Y = "((?:19|20)\\d{2})(?!\\d)";
const MON = `(${MONTH_ALT})(?:\\s?[/(]\\s?(?:${MONTH_ALT})\\)?)?`;
const { calendar, time } = lexicon();
const QUAL = `(${alternation([...time.qualifiers.past, ...time.qualifiers.future, ...time.qualifiers.current])})`;
const WD = `(${WEEKDAY_ALT})`;
const YEAR_WORD = `(?:من\\s+)?(?:${alternation(time.yearWords)})?\\s*`;
const WD_PREFIX = `(?:(?:يوم\\s+)?${WD}\\s*,?\\s*(?:الموافق\\s+)?)?`;
const WD_AFTER = `(?:\\s*[/(,-]?\\s*${WD}\\s*[/)]?)?`;

// Ordinal day words: "التاسع من أكتوبر", "الحادي عشر", "الحادي والعشرين من مارس".
const COMPOUND_ALT = alternation(Object.keys(calendar.ordinalCompoundUnits));
const ORD = `((?:${COMPOUND_ALT})\\s+(?:${alternation(calendar.ordinalTeen)})|(?:${COMPOUND_ALT})\\s+و\\s?(?:${alternation(Object.keys(calendar.ordinalTens))})|${alternation([...Object.keys(calendar.ordinalUnits), ...Object.keys(calendar.ordinalTens)])})`;
const TEEN = new Set(calendar.ordinalTeen);
const UNIT = Object.fromEntries(Object.entries(time.units).map(([k, u]) => [k, { the: alternation(u.the), this: alternation(u.this) }])) as Record<"year" | "month" | "week", { the: string; this: string }>;

/** Day number of a normalised ordinal ("الحادي والعشرين" → 21), 0 when it isn't one. */
export function ordinalDay(words: string): number {
  const parts = words.replace(/\s+و\s?/g, " ").split(/\s+/);
  let n = 0;
  for (const w of parts) {
    n += TEEN.has(w) ? 10 : calendar.ordinalTens[w] ?? calendar.ordinalCompoundUnits[w] ?? calendar.ordinalUnits[w] ?? NaN;
  }
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : 0;
}

const PAST = new Set(time.qualifiers.past);
const FUTURE = new Set(time.qualifiers.future);

function dirOf(word: string | undefined): Direction {
  if (!word) return null;
  const w = word.replace(/\s+/g, " ");
  if (PAST.has(w)) return "past";
  if (FUTURE.has(w)) return "future";
  return "current";
}

const num = (s: string | undefined) => Number(s);
const wd = (s: string | undefined) => (s ? WEEKDAYS[s] ?? null : null);
const mon = (s: string) => monthNumber(s) ?? 0;

type Builder = (m: RegExpExecArray) => MentionBody | null;
/**
 * What a pattern can't match without (a digit, a month or weekday name, or one of the words it
 * spells out): lets a sentence skip most patterns cheaply.
 */
type Need = "digit" | "digitMonth" | "month" | "weekday" | string[];

// Most specific first: a span taken by one pattern is not matched again by a later one.
const PATTERNS: [RegExp, Builder, Need][] = [
  [new RegExp(`${L}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, "gu"),
    (m) => ({ kind: "full", y: num(m[1]), m: num(m[2]), d: num(m[3]), end: null }), "digit"],
  // 13-09-2023, 04/22/ 2024: day first as Arabic pages write it, unless the second number can't be a month.
  // 26 / 5 / 1447هـ: a numeric Hijri date.
  [new RegExp(`${L}(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(1[34]\\d{2})(?!\\d)`, "gu"), (m) => {
    const day = hijriToGregorian(num(m[3]), num(m[2]), num(m[1]));
    return day ? { kind: "full", y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), end: null, hijri: true } : null;
  }, "digit"],
  [new RegExp(`${L}(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?((?:19|20)\\d{2})(?!\\d)`, "gu"), (m) => {
    const [a, b] = [num(m[1]), num(m[2])];
    if (b > 12 && a <= 12) return { kind: "full", y: num(m[3]), m: a, d: b, end: null };
    return { kind: "full", y: num(m[3]), m: b, d: a, end: null, dayFirst: a <= 12 && a !== b ? true : undefined };
  }, "digit"],
  // 12 شوال 1427 هـ: a Hijri date, read on the Umm al-Qura calendar.
  [new RegExp(`${L}${WD_PREFIX}${D}\\s+(${HIJRI_MONTH_ALT})\\s+(1[34]\\d{2})(?:\\s*هـ?(?![\\p{L}]))?`, "gu"), (m) => {
    const day = hijriToGregorian(num(m[4]), HIJRI_MONTHS[m[3].replace(/\s+/g, " ")] ?? 0, num(m[2]));
    return day ? { kind: "full", y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), end: null, hijri: true } : null;
  }, "digit"],
  // الثلاثاء 01/أبريل/2025, 5-يناير-2024
  [new RegExp(`${L}${WD_PREFIX}${D}\\s?[-/.]\\s?${MON}\\s?[-/.]\\s?${Y}`, "gu"),
    (m) => ({ kind: "full", y: num(m[4]), m: mon(m[3]), d: num(m[2]), end: null }), "digitMonth"],
  // من 30 سبتمبر إلى 2 أكتوبر 2024
  [new RegExp(`${L}(?:(?:من|بين)\\s+)?${D}\\s+${MON}\\s*(?:الي|حتي|و|-|–)\\s*${D}\\s+${MON}(?:\\s*,?\\s*${YEAR_WORD}${Y})?(?:\\s+${QUAL})?${R}`, "gu"),
    (m) => m[5] ? { kind: "full", y: num(m[5]), m: mon(m[2]), d: num(m[1]), end: [num(m[5]), mon(m[4]), num(m[3])] }
      : { kind: "dayMonth", m: mon(m[2]), d: num(m[1]), end: [mon(m[4]), num(m[3])], dir: dirOf(m[6]), weekday: null }, "digitMonth"],
  // يومي 18 و19 أكتوبر الماضي، من 3 إلى 5 مارس 2024
  [new RegExp(`${L}(?:(?:يومي|ايام|من|بين)\\s+)?${D}\\s*(?:-|–|الي|حتي|و)\\s*${D}\\s+(?:من\\s+)?(?:شهر\\s+)?${MON}(?:\\s*,?\\s*${YEAR_WORD}${Y})?(?:\\s+${QUAL})?${R}`, "gu"),
    (m) => m[4] ? { kind: "full", y: num(m[4]), m: mon(m[3]), d: num(m[1]), end: [num(m[4]), mon(m[3]), num(m[2])] }
      : { kind: "dayMonth", m: mon(m[3]), d: num(m[1]), end: [mon(m[3]), num(m[2])], dir: dirOf(m[5]), weekday: null }, "digitMonth"],
  // الثلاثاء 16 كانون الثاني 2024، 16th, January 2024
  [new RegExp(`${L}${WD_PREFIX}${D}\\s*,?\\s*(?:من\\s+)?(?:شهر\\s+)?${MON}\\s*,?\\s*${YEAR_WORD}${Y}`, "gu"),
    (m) => ({ kind: "full", y: num(m[4]), m: mon(m[3]), d: num(m[2]), end: null }), "digitMonth"],
  // January 16, 2024
  [new RegExp(`${L}(${MONTH_ALT})\\s+${D},?\\s+${Y}`, "gu"),
    (m) => ({ kind: "full", y: num(m[3]), m: mon(m[1]), d: num(m[2]), end: null }), "digitMonth"],
  // 5 أكتوبر من العام الماضي، في تشرين الأول/أكتوبر من العام الماضي
  [new RegExp(`${L}(?:(?:([0-3]?\\d)|${ORD}\\s+من)\\s+)?(?:شهر\\s+)?${MON}\\s+(?:من\\s+)?(?:${UNIT.year.the})\\s+${QUAL}${R}`, "gu"),
    (m) => {
      const d = m[1] ? num(m[1]) : m[2] ? ordinalDay(m[2]) : null;
      return d === 0 ? null : { kind: "monthOfRelYear", m: mon(m[3]), offset: relOffset(m[4]), d };
    }, "month"],
  // يوم الثلاثاء الموافق 16 يناير، 12 أبريل الجاري
  [new RegExp(`${L}${WD_PREFIX}${D}\\s+(?:من\\s+)?(?:شهر\\s+)?${MON}(?:\\s+${QUAL})?${R}`, "gu"),
    (m) => ({ kind: "dayMonth", m: mon(m[3]), d: num(m[2]), end: null, dir: dirOf(m[4]), weekday: wd(m[1]) }), "digitMonth"],
  // التاسع من أكتوبر 2024، يوم الخميس الحادي والعشرين من مارس: ordinal day words take "من" before the month.
  [new RegExp(`${L}${WD_PREFIX}${ORD}\\s+من\\s+(?:شهر\\s+)?${MON}\\s*,?\\s*${YEAR_WORD}${Y}`, "gu"),
    (m) => ordinalDay(m[2]) ? { kind: "full", y: num(m[4]), m: mon(m[3]), d: ordinalDay(m[2]), end: null } : null, "month"],
  [new RegExp(`${L}${WD_PREFIX}${ORD}\\s+من\\s+(?:شهر\\s+)?${MON}(?:\\s+${QUAL})?${R}`, "gu"),
    (m) => ordinalDay(m[2]) ? { kind: "dayMonth", m: mon(m[3]), d: ordinalDay(m[2]), end: null, dir: dirOf(m[4]), weekday: wd(m[1]) } : null, "month"],
  // في التاسع من الشهر الجاري، في 3 من الشهر الماضي
  [new RegExp(`${L}(?:${ORD}|([0-3]?\\d))\\s+من\\s+(?:(?:${UNIT.month.the})\\s+${QUAL}|(${UNIT.month.this}))${R}`, "gu"),
    (m) => {
      const d = m[1] ? ordinalDay(m[1]) : num(m[2]);
      return d >= 1 && d <= 31 ? { kind: "dayOfRelMonth", d, offset: relOffset(m[3]) } : null;
    }, time.units.month.the],
  [new RegExp(`${L}(?:شهر\\s+)?${MON}\\s*,?\\s*${YEAR_WORD}${Y}`, "gu"),
    (m) => ({ kind: "monthYear", y: num(m[2]), m: mon(m[1]) }), "digitMonth"],
  [new RegExp(`${L}(?:شهر\\s+)?${MON}\\s+${QUAL}${R}`, "gu"),
    (m) => ({ kind: "month", m: mon(m[1]), dir: dirOf(m[2]) }), "month"],
  // قمة سبتمبر، في أكتوبر: a month alone only after a word that expects a time.
  [new RegExp(`(?<=${L}(?:${alternation(time.monthCues)})\\s)(${SAFE_MONTH_ALT})${R}`, "gu"),
    (m) => ({ kind: "month", m: mon(m[1]), dir: null }), "month"],
  [new RegExp(`${L}(?:(?:${alternation(time.yearWords)})\\s+${Y}|(?<=(?:${alternation(time.yearCues)})\\s)${Y})`, "gu"),
    (m) => ({ kind: "year", y: num(m[1] ?? m[2]) }), "digit"],
  ...(["year", "month", "week"] as const).map((unit): [RegExp, Builder, Need] => [
    new RegExp(`${L}(?:(?:${UNIT[unit].the})\\s+${QUAL}|(${UNIT[unit].this}))${R}`, "gu"),
    (m) => ({ kind: "relUnit", unit, offset: relOffset(m[1]) }), [...time.units[unit].the, ...time.units[unit].this]]),
  // أول أمس before أمس, بعد غد before غدا: the longer phrase first.
  ...([["dayBeforeYesterday", -2], ["dayAfterTomorrow", 2], ["yesterday", -1], ["tomorrow", 1]] as const).map(([day, offset]): [RegExp, Builder, Need] => [
    new RegExp(`${L}(?:${alternation(time.relativeDays[day])})${WD_AFTER}${R}`, "gu"),
    (m) => ({ kind: "relDay", offset, weekday: wd(m[1]) }), time.relativeDays[day]]),
  [new RegExp(`${L}(?:${alternation(time.relativeDays.today)})${WD_AFTER}${R}(?!\\s+(?:${alternation(time.notToday)}))`, "gu"),
    (m) => ({ kind: "relDay", offset: 0, weekday: wd(m[1]) }), time.relativeDays.today],
  [new RegExp(`${L}(?:يوم\\s+)?${WD}(?:\\s+${QUAL})?${R}`, "gu"),
    (m) => ({ kind: "weekday", weekday: WEEKDAYS[m[1]], dir: dirOf(m[2]) }), "weekday"],
];

const HAS_MONTH = new RegExp(`${L}(?:${MONTH_ALT})${R}`, "u");
const HAS_WEEKDAY = new RegExp(WEEKDAY_ALT, "u");
/** A month name anywhere, even glued to a digit ("يناير2024"): what a day or year pattern needs besides its digits. */
const HAS_MONTH_NAME = new RegExp(MONTH_ALT, "u");

function relOffset(qual: string | undefined): number {
  const dir = dirOf(qual);
  return dir === "past" ? -1 : dir === "future" ? 1 : 0;
}

// Future verbs ("ستستمر", "سيجري") or "سوف" just before a phrase point forward in time.
const NOT_FUTURE = new RegExp(`^(?:${alternation(time.notFutureVerbs)})`);
const FUTURE_PARTICLES = new Set(time.futureParticles);
/** A future-tense verb ("سيجري", "وستستمر", "سوف"), on a normalised word. */
export function isFutureVerb(word: string): boolean {
  const w = word.replace(/^[وف]/, "");
  // سيفعل، ستفعل، سنفعل. Not سأفعل (a quote's first person): with its hamza folded it is "سا", which begins
  // too many nouns (ساعة، ساحة، ساكنيه) to read as the future.
  return FUTURE_PARTICLES.has(w) || (/^س[يتن]\p{L}{3,}$/u.test(w) && !NOT_FUTURE.test(w));
}

function tenseBefore(norm: string, index: number): Direction {
  const words = norm.slice(Math.max(0, index - 90), index).split(/[\s,]+/).filter(Boolean).slice(-8);
  return words.some(isFutureVerb) ? "future" : null;
}

// Cheap gate: most sentences hold no date word at all, so skip the pattern list for them.
const CUE_WORDS = [...Object.values(time.relativeDays).flat(), ...Object.values(time.units).flatMap((u) => [...u.the, ...u.this]), ...time.yearWords];
const ANY_CUE = new RegExp(`\\d|${L}(?:${MONTH_ALT}|${WEEKDAY_ALT}|${alternation(CUE_WORDS)})${R}`, "u");

/** Every date phrase in a text, with exact original offsets, unresolved. */
export function findDateMentions(text: string): DateMention[] {
  const { text: norm, map } = normalizeWithMap(text);
  if (!ANY_CUE.test(norm)) return [];
  const digit = /\d/.test(norm);
  const has = { digit, digitMonth: digit && HAS_MONTH_NAME.test(norm), month: HAS_MONTH.test(norm), weekday: HAS_WEEKDAY.test(norm) };
  const taken: [number, number][] = [];
  const out: DateMention[] = [];
  for (const [re, build, need] of PATTERNS) {
    if (typeof need === "string" ? !has[need] : !need.some((word) => norm.includes(word))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const s = m.index;
      const e = s + m[0].trimEnd().length;
      if (e <= s || taken.some(([a, b]) => s < b && e > a)) continue;
      let body = build(m);
      if (!body) continue;
      if ((body.kind === "weekday" || body.kind === "month") && body.dir === null) {
        body = { ...body, dir: tenseBefore(norm, s) };
      } else if (body.kind === "dayMonth" && body.dir === null) {
        body = { ...body, dir: tenseBefore(norm, s) === "future" ? "future" : null };
      }
      taken.push([s, e]);
      const index = map[s];
      const end = map[e - 1] + 1;
      out.push({ ...body, index, length: end - index, phrase: text.slice(index, end) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const dayOf = (d: Date) => d.getUTCDay();

function anchorDay(anchor: DateAnchor): Date {
  const [y, m, d] = anchor.value.split("-").map(Number);
  return utcDate(y, m || 1, d || 1);
}

/** Nearest date with weekday `w` in the given direction from `from`. */
function nearestWeekday(from: Date, w: number, dir: Direction): Date {
  const diff = (w - dayOf(from) + 7) % 7; // days forward
  if (dir === "future") return addDays(from, diff === 0 ? 7 : diff);
  if (dir === "past") return addDays(from, diff === 0 ? -7 : diff - 7);
  if (diff === 0) return from;
  return diff <= 3 ? addDays(from, diff) : addDays(from, diff - 7);
}

function pickYear(m: number, d: number, anchor: Date, dir: Direction): number {
  const y = anchor.getUTCFullYear();
  if (dir === "current") return y;
  const candidates = [y - 1, y, y + 1].filter((c) => isValidDay(c, m, d));
  if (candidates.length === 0) return NaN;
  const at = (c: number) => utcDate(c, m, d).getTime();
  const t = anchor.getTime();
  if (dir === "past") return Math.max(...candidates.filter((c) => at(c) <= t));
  if (dir === "future") return Math.min(...candidates.filter((c) => at(c) >= t));
  return candidates.reduce((best, c) => (Math.abs(at(c) - t) < Math.abs(at(best) - t) ? c : best), y);
}

function pickMonthYear(m: number, anchor: Date, dir: Direction): number {
  const y = anchor.getUTCFullYear();
  const am = anchor.getUTCMonth() + 1;
  if (dir === "current") return y;
  if (dir === "future") return m > am ? y : y + 1;
  if (dir === "past") return m < am ? y : y - 1;
  return m <= am ? y : y - 1; // unmarked: the latest such month not after the anchor
}

function dated(start: Date, end: Date | null, precision: DatePrecision, certainty: ResolvedDate["certainty"], phrase: string): ResolvedDate {
  return { start: formatDate(start, precision), end: end ? formatDate(end, precision) : null, precision, certainty, phrase };
}

const CALENDAR_KINDS = new Set<MentionBody["kind"]>(["full", "dayMonth", "monthYear", "month", "year", "monthOfRelYear"]);

/** Tie a mention to the calendar. Needs a day-precise anchor for relative days; coarser anchors give coarser dates. */
export function resolveMention(m: DateMention, anchor: DateAnchor | null): ResolvedDate | null {
  const r = placeMention(m, anchor);
  return r && { ...r, basis: CALENDAR_KINDS.has(m.kind) ? "calendar" : "relative" };
}

function placeMention(m: DateMention, anchor: DateAnchor | null): ResolvedDate | null {
  switch (m.kind) {
    case "full":
      if (!isValidDay(m.y, m.m, m.d)) return null;
      return dated(utcDate(m.y, m.m, m.d), m.end && isValidDay(...m.end) ? utcDate(...m.end) : null, "day", "stated", m.phrase);
    case "monthYear":
      return m.m ? dated(utcDate(m.y, m.m, 1), null, "month", "stated", m.phrase) : null;
    case "year":
      return dated(utcDate(m.y, 1, 1), null, "year", "stated", m.phrase);
    default:
      break;
  }
  if (!anchor) return null;
  const a = anchorDay(anchor);
  if (m.kind === "monthOfRelYear") {
    const y = a.getUTCFullYear() + m.offset;
    if (!m.m) return null;
    if (m.d !== null && anchor.precision !== "year") {
      return isValidDay(y, m.m, m.d) ? dated(utcDate(y, m.m, m.d), null, "day", "inferred", m.phrase) : null;
    }
    return dated(utcDate(y, m.m, 1), null, "month", "inferred", m.phrase);
  }
  if (m.kind === "dayOfRelMonth" && anchor.precision !== "year") {
    const y = a.getUTCFullYear();
    const first = utcDate(y, a.getUTCMonth() + 1 + m.offset, 1);
    const [yy, mm] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
    return isValidDay(yy, mm, m.d) ? dated(utcDate(yy, mm, m.d), null, "day", "inferred", m.phrase) : null;
  }
  if (anchor.precision !== "day") {
    // Without the publication day, a relative phrase can only be placed as precisely as the anchor.
    if (m.kind === "relUnit" && m.unit === "year") {
      return dated(utcDate(a.getUTCFullYear() + m.offset, 1, 1), null, "year", "inferred", m.phrase);
    }
    if ((m.kind === "dayMonth" || m.kind === "month") && anchor.precision === "year" && (m.dir === "current" || m.dir === null)) {
      const y = a.getUTCFullYear();
      if (m.kind === "month") return dated(utcDate(y, m.m, 1), null, "month", "inferred", m.phrase);
      if (!isValidDay(y, m.m, m.d)) return null;
      return dated(utcDate(y, m.m, m.d), m.end ? utcDate(y, m.end[0], m.end[1]) : null, "day", "inferred", m.phrase);
    }
    return { start: anchor.value, end: null, precision: anchor.precision, certainty: "inferred", phrase: m.phrase };
  }
  switch (m.kind) {
    case "dayMonth": {
      if (!m.m) return null;
      const y = pickYear(m.m, m.d, a, m.dir);
      if (!Number.isFinite(y) || !isValidDay(y, m.m, m.d)) return null;
      let end: Date | null = null;
      if (m.end) {
        const endYear = m.end[0] < m.m ? y + 1 : y;
        end = isValidDay(endYear, m.end[0], m.end[1]) ? utcDate(endYear, m.end[0], m.end[1]) : null;
      }
      return dated(utcDate(y, m.m, m.d), end, "day", "inferred", m.phrase);
    }
    case "month":
      return m.m ? dated(utcDate(pickMonthYear(m.m, a, m.dir), m.m, 1), null, "month", "inferred", m.phrase) : null;
    case "relDay": {
      let day = addDays(a, m.offset);
      if (m.weekday !== null && dayOf(day) !== m.weekday) {
        day = nearestWeekday(a, m.weekday, m.offset < 0 ? "past" : m.offset > 0 ? "future" : null);
      }
      return dated(day, null, "day", "inferred", m.phrase);
    }
    case "weekday": {
      // Unmarked weekdays in news are the most recent one (today included); "ستستمر السبت" looks ahead.
      const dir = m.dir === "current" || (m.dir === null && dayOf(a) === m.weekday) ? null : m.dir ?? "past";
      return dated(nearestWeekday(a, m.weekday, dir), null, "day", "inferred", m.phrase);
    }
    case "dayOfRelMonth":
      return null; // handled above: it needs at least the anchor's month
    case "relUnit": {
      if (m.unit === "year") return dated(utcDate(a.getUTCFullYear() + m.offset, 1, 1), null, "year", "inferred", m.phrase);
      if (m.unit === "month") return dated(utcDate(a.getUTCFullYear(), a.getUTCMonth() + 1 + m.offset, 1), null, "month", "inferred", m.phrase);
      // A week is kept as a Monday–Sunday day range: a single day would claim precision the text lacks.
      const monday = addDays(a, -((dayOf(a) + 6) % 7) + 7 * m.offset);
      return dated(monday, addDays(monday, 6), "day", "inferred", m.phrase);
    }
  }
}

/** Every date phrase in `text`, resolved against the publication date (null when it can't be). */
export function resolveDatePhrases(text: string, anchor: DateAnchor | null): DatePhraseMatch[] {
  const out: DatePhraseMatch[] = [];
  for (const m of findDateMentions(text)) {
    const r = resolveMention(m, anchor);
    if (r) out.push({ ...r, index: m.index, length: m.length });
  }
  return out;
}
