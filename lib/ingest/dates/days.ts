// Small UTC date helpers for ISO values cut to a precision ("2024-01-16", "2024-01", "2024"). Pure: no vocabulary here.
import type { DatePrecision } from "@/lib/ingest/types";

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
