// Working out when an undated article was written. A weekday named for "today" plus a day-month
// pins the day but not the year; the terms of office of the people it names pin the years.
import { addDays, formatDate, isoBounds, utcDate } from "@/lib/ingest/dates/days";
import { findDateMentions, resolveMention, type DateMention } from "@/lib/ingest/dates/mentions";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import type { ParsedArticle } from "@/lib/ingest/types";

export interface Tenure {
  from: string;
  to: string | null;
}

/** An actor named in the article and the offices (with dates) the gazetteer knows for them. */
export interface ActorTenures {
  name: string;
  tenures: Tenure[];
}

export type Published = ParsedArticle["published"];

const UNKNOWN: Published = { value: null, precision: null, certainty: "unknown", phrase: null };
const EARLIEST = utcDate(1950, 1, 1);
const MAX_CANDIDATES = 6000;

/** Days on which the most named actors were in office together (a sweep over tenure edges). */
function mostCoveredSpans(actors: ActorTenures[], today: Date): [Date, Date][] {
  const edges: [number, number][] = [];
  let counted = 0;
  for (const actor of actors) {
    if (actor.tenures.length === 0) continue;
    counted++;
    // Merge one actor's own terms first so that two roles don't count twice.
    const spans = actor.tenures
      .map((t) => [isoBounds(t.from)[0], t.to ? isoBounds(t.to)[1] : today] as [Date, Date])
      .sort((a, b) => a[0].getTime() - b[0].getTime());
    const merged: [Date, Date][] = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s[0].getTime() <= last[1].getTime() + 86_400_000) {
        if (s[1] > last[1]) last[1] = s[1];
      } else merged.push([s[0], s[1]]);
    }
    for (const [a, b] of merged) {
      edges.push([a.getTime(), 1], [addDays(b, 1).getTime(), -1]);
    }
  }
  if (counted === 0) return [];
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let best = 0;
  let spans: [Date, Date][] = [];
  for (let i = 0; i < edges.length; i++) {
    depth += edges[i][1];
    const next = edges[i + 1]?.[0];
    if (next === undefined || next === edges[i][0]) continue;
    const span: [Date, Date] = [new Date(edges[i][0]), new Date(next - 86_400_000)];
    if (depth > best) [best, spans] = [depth, [span]];
    else if (depth === best && depth > 0) spans.push(span);
  }
  return spans
    .map(([a, b]) => [a < EARLIEST ? EARLIEST : a, b > today ? today : b] as [Date, Date])
    .filter(([a, b]) => a <= b);
}

/** The publication weekday implied by "اليوم الاثنين", "أمس الأحد", "غدا الثلاثاء". */
export function publicationWeekday(mentions: DateMention[]): number | null {
  for (const m of mentions) {
    if (m.kind === "relDay" && m.weekday !== null) return (m.weekday - m.offset + 70) % 7;
  }
  return null;
}

/** How well an anchor makes the article's dates agree with the weekdays it names. */
function agreement(mentions: DateMention[], anchorDay: Date): number {
  const anchor = { value: formatDate(anchorDay, "day"), precision: "day" as const };
  let score = 0;
  const weekdayDates = new Set<string>();
  const dayMonthDates: string[] = [];
  for (const m of mentions) {
    if (m.kind === "dayMonth") {
      const r = resolveMention(m, anchor);
      if (!r) continue;
      dayMonthDates.push(r.start);
      if (m.weekday !== null) score += isoBounds(r.start)[0].getUTCDay() === m.weekday ? 2 : -2;
      if (m.dir === "current") score += m.m === anchorDay.getUTCMonth() + 1 ? 1 : -1;
    } else if (m.kind === "weekday" || (m.kind === "relDay" && m.weekday !== null)) {
      const r = resolveMention(m, anchor);
      if (r) weekdayDates.add(r.start);
    }
  }
  for (const d of dayMonthDates) if (weekdayDates.has(d)) score += 1;
  return score;
}

// "سيئول، 19 يناير (يونهاب) -", "الرباط - 5 مارس:": a place, a day and month, then the agency or a dash.
const DATELINE_BEFORE = /^\s*(?:\S+\s+){0,3}\S+\s*[،,\-–]\s*$/u;
const DATELINE_AFTER = /^\s*(?:\(|[-–:،,])/u;
const EARLIEST_YEAR = 1990;
const TODAY_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(lexicon().time.relativeDays.today)})[\\s,،(]*$`, "u");

/**
 * The day a report was filed, from its dateline: the day and month it gives, in the one year that
 * fits the tenures of the people it names and the weekday it calls today. Null when not one year fits.
 */
function datelineDay(text: string, mentions: DateMention[], spans: [Date, Date][], weekday: number | null, today: Date): Published | null {
  const lines = text.split("\n");
  let offset = 0;
  for (const [k, line] of lines.entries()) {
    const lineStart = offset;
    offset += line.length + 1;
    const inLine = mentions.filter((x) => x.index >= lineStart && x.index < offset - 1);
    // "سيئول، 19 يناير (يونهاب) -": a dateline opens one of the first two lines.
    const first = k < 2 ? inLine[0] : undefined;
    const dateline = first?.kind === "dayMonth" && !first.end && DATELINE_BEFORE.test(text.slice(lineStart, first.index)) && DATELINE_AFTER.test(text.slice(first.index + first.length));
    // "من يومه الخميس 9 شتنبر الجاري", "صباح اليوم الخميس 14 آب": today, by its day and month, anywhere.
    const m = dateline ? first : inLine.find((x) => x.kind === "dayMonth" && !x.end && TODAY_BEFORE.test(normalizeArabic(text.slice(Math.max(lineStart, x.index - 12), x.index))));
    if (!m || m.kind !== "dayMonth") continue;
    // Agency reports name the dateline's day by its weekday alone: "قال الوزير الجمعة …".
    const leadEnd = text.indexOf("\n", m.index) < 0 ? text.length : text.indexOf("\n", m.index);
    const bareWeekday = mentions.find((x) => x.kind === "weekday" && x.dir === null && x.index > m.index && x.index < leadEnd);
    const sameDay = weekday ?? m.weekday ?? (bareWeekday?.kind === "weekday" ? bareWeekday.weekday : null);
    const years: number[] = [];
    for (let y = today.getUTCFullYear(); y >= EARLIEST_YEAR; y--) {
      const day = utcDate(y, m.m, m.d);
      if (day > today || day.getUTCDate() !== m.d) continue;
      if (spans.length > 0 && !spans.some(([a, b]) => day >= a && day <= b)) continue;
      if (sameDay !== null && day.getUTCDay() !== sameDay) continue;
      years.push(y);
    }
    // Without tenures or a weekday, any year fits: the dateline alone fixes none.
    if (years.length === 1 && (spans.length > 0 || sameDay !== null)) {
      return { value: formatDate(utcDate(years[0], m.m, m.d), "day"), precision: "day", certainty: "inferred", phrase: m.phrase };
    }
    return null;
  }
  return null;
}

/** The coarsest date all candidates share: one day, one month, one year, or nothing. */
function common(days: Date[], phrase: string): Published {
  if (days.length === 0) return UNKNOWN;
  for (const precision of ["day", "month", "year"] as const) {
    const values = new Set(days.map((d) => formatDate(d, precision)));
    if (values.size === 1) return { value: [...values][0], precision, certainty: "inferred", phrase };
  }
  return UNKNOWN;
}

/**
 * Infer an undated article's publication date from its own text and the tenures of the actors it
 * names. Never borrows another article's date or today's: when nothing fixes a year, it is unknown.
 */
export function inferPublicationDate(text: string, actors: ActorTenures[], options: { today: Date }): Published {
  const spans = mostCoveredSpans(actors, options.today);
  const mentions = findDateMentions(text);
  const weekday = publicationWeekday(mentions);
  const filed = datelineDay(text, mentions, spans, weekday, options.today);
  if (filed) return filed;
  if (spans.length === 0) return UNKNOWN;
  const phrase = mentions.find((m) => m.kind === "relDay" && m.weekday !== null)?.phrase ?? "tenures of named actors";

  const candidates: Date[] = [];
  for (const [a, b] of spans) {
    let d = a;
    if (weekday !== null) d = addDays(a, (weekday - a.getUTCDay() + 7) % 7);
    for (; d <= b && candidates.length < MAX_CANDIDATES; d = addDays(d, weekday === null ? 1 : 7)) candidates.push(d);
  }
  if (weekday === null) {
    // No "today" weekday: a weekday tied to a day-month still narrows the years.
    const tagged = mentions.filter((m) => m.kind === "dayMonth" && m.weekday !== null);
    const years = new Set(candidates.map((d) => d.getUTCFullYear()));
    const fitting = [...years].filter((y) => tagged.every((m) => m.kind === "dayMonth" && utcDate(y, m.m, m.d).getUTCDay() === m.weekday));
    return fitting.length === 1 ? { value: String(fitting[0]), precision: "year", certainty: "inferred", phrase } : UNKNOWN;
  }

  // Only anchors near a day-month the article names can make its dates agree.
  const dayMonths = mentions.filter((m) => m.kind === "dayMonth");
  const near = (c: Date) => dayMonths.some((m) => {
    if (m.kind !== "dayMonth") return false;
    const y = c.getUTCFullYear();
    return [y - 1, y, y + 1].some((yy) => Math.abs(utcDate(yy, m.m, m.d).getTime() - c.getTime()) <= 62 * 86_400_000);
  });
  const relevant = mentions.filter((m) => m.kind === "dayMonth" || m.kind === "weekday" || (m.kind === "relDay" && m.weekday !== null));
  let best = -Infinity;
  let winners: Date[] = [];
  for (const c of dayMonths.length ? candidates.filter(near) : []) {
    const s = agreement(relevant, c);
    if (s > best) [best, winners] = [s, [c]];
    else if (s === best) winners.push(c);
  }
  if (best > 0 && winners.length > 1) {
    // Every week around a weekday-tagged date fits it equally; news names such a date within the
    // week it writes in ("اليوم السبت … يوم الخميس 15 أيار"), so take the nearest day when one is.
    const tagged = dayMonths.filter((m) => m.kind === "dayMonth" && m.weekday !== null);
    const gap = (c: Date) => Math.min(...tagged.map((m) => {
      const r = resolveMention(m, { value: formatDate(c, "day"), precision: "day" });
      return r ? Math.abs(isoBounds(r.start)[0].getTime() - c.getTime()) / 86_400_000 : Infinity;
    }));
    const gaps = winners.map(gap);
    const min = Math.min(...gaps);
    const nearest = winners.filter((_, i) => gaps[i] === min);
    if (min <= 6 && nearest.length === 1) return common(nearest, phrase);
  }
  return common(best > 0 ? winners : candidates, phrase);
}

/**
 * A date line a day off the weekday the article calls today ("تاريخ النشر: 8th, February 2025 GMT"
 * above «اليوم الجمعة», the 7th): a stamp in another time zone, or written after midnight. The
 * article's own «اليوم» is its day. Anything further apart is left as it is: that is no time zone.
 */
export function reconcileWithToday(published: Published, text: string): Published {
  if (published.precision !== "day" || !published.value) return published;
  // «اليوم الجمعة» only: «أمس الاثنين» is often the wire's wording kept a day later.
  const today = findDateMentions(text).find((m) => m.kind === "relDay" && m.offset === 0 && m.weekday !== null);
  const weekday = today?.kind === "relDay" ? today.weekday : null;
  if (weekday === null) return published;
  const day = isoBounds(published.value)[0];
  for (const shift of [-1, 1]) {
    const other = addDays(day, shift);
    if (day.getUTCDay() !== weekday && other.getUTCDay() === weekday) {
      return { ...published, value: formatDate(other, "day"), certainty: "inferred" };
    }
  }
  return published;
}

