// Calendar vocabulary of Arabic news (all spellings normalised) and small UTC date helpers.
import type { DatePrecision } from "@/lib/ingest/types";

/** Month names as normalizeArabic leaves them → month number. */
export const MONTHS: Record<string, number> = {
  // Egyptian / Gulf
  "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
  "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
  // Maghreb
  "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "يوليوز": 7, "اوت": 8,
  "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
  // Levantine / Iraqi
  "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
  "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
  // English
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Names that are also ordinary words ("مارس" = practised, "اب" = father): never matched alone. */
export const AMBIGUOUS_MONTHS = new Set([
  "مارس", "اب", "ماي", "اوت", "may", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Weekday names → JS getUTCDay() number (Sunday = 0). */
export const WEEKDAYS: Record<string, number> = {
  "الاحد": 0, "الاثنين": 1, "الثلاثاء": 2, "الاربعاء": 3, "الخميس": 4, "الجمعه": 5, "السبت": 6,
};

function alternation(names: string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, "\\s+")).join("|");
}

export const MONTH_ALT = alternation(Object.keys(MONTHS));
export const SAFE_MONTH_ALT = alternation(Object.keys(MONTHS).filter((m) => !AMBIGUOUS_MONTHS.has(m)));
export const WEEKDAY_ALT = alternation(Object.keys(WEEKDAYS));

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.replace(/\s+/g, " ")];
}

const DAY_MS = 86_400_000;

export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = utcDate(y, m, d);
  return dt.getUTCMonth() === m - 1;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatDate(d: Date, precision: DatePrecision): string {
  const y = String(d.getUTCFullYear());
  if (precision === "year") return y;
  const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
  return precision === "month" ? m : `${m}-${pad(d.getUTCDate())}`;
}

/** First and last day covered by an ISO value cut to its precision ("2023-09" → 1 Sep … 30 Sep). */
export function isoBounds(value: string): [Date, Date] {
  const [y, m, d] = value.split("-").map(Number);
  if (d) return [utcDate(y, m, d), utcDate(y, m, d)];
  if (m) return [utcDate(y, m, 1), utcDate(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 0)];
  return [utcDate(y, 1, 1), utcDate(y, 12, 31)];
}

export function precisionOf(value: string): DatePrecision {
  const parts = value.split("-").length;
  return parts === 3 ? "day" : parts === 2 ? "month" : "year";
}
