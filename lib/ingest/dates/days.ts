// Small UTC date helpers for ISO values cut to a precision ("2024-01-16", "2024-01", "2024"). Pure: no vocabulary here.
import type { DatePrecision } from "@/lib/ingest/types";

const DAY_MS = 86_400_000;

const hijriParts = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });

/** The Umm al-Qura date of a UTC day: [year, month, day]. */
function hijriOf(date: Date): [number, number, number] {
  const parts = Object.fromEntries(hijriParts.formatToParts(date).map((p) => [p.type, p.value]));
  return [Number.parseInt(parts.year, 10), Number(parts.month), Number(parts.day)];
}

/** The Gregorian day of a Hijri date (Umm al-Qura calendar, as Gulf papers print it), or null when it doesn't exist. */
export function hijriToGregorian(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  // The mean Hijri month is 29.53 days from 16 July 622; search around the estimate.
  const estimate = Date.UTC(622, 6, 16) + ((y - 1) * 354.36707 + (m - 1) * 29.530589 + (d - 1)) * DAY_MS;
  for (let delta = 0; delta <= 40; delta++) {
    for (const sign of delta === 0 ? [1] : [1, -1]) {
      const day = new Date(Math.floor(estimate / DAY_MS + sign * delta) * DAY_MS);
      const [hy, hm, hd] = hijriOf(day);
      if (hy === y && hm === m && hd === d) return day;
    }
  }
  return null;
}

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
