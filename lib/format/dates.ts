// How dates read in the UI: Arabic month names, Latin digits (the UI's one digit style), and no
// more precision than the source gave ("سبتمبر 2023", never "1 سبتمبر 2023").
import type { DateCertainty, DatePrecision } from "@/lib/api/contract";

/** Month names as used in Egyptian and most pan-Arab news outlets. */
export const ARABIC_MONTHS = [
  "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
  "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
] as const;

interface DayParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** "2024-01-16" → parts; the calendar day, no time zone involved. */
export function parseIsoDay(iso: string): DayParts {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

export function monthName(month: number): string {
  return ARABIC_MONTHS[month - 1];
}

/** A single calendar date at the given precision: "16 يناير 2024", "سبتمبر 2023", "2025". */
export function formatDate(iso: string, precision: DatePrecision): string {
  const { year, month, day } = parseIsoDay(iso);
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthName(month)} ${year}`;
  return `${day} ${monthName(month)} ${year}`;
}

export interface DatedSpan {
  start: string;
  end: string;
  hasEnd: boolean;
  precision: DatePrecision;
}

/**
 * An event's date. Ranges share what they can: "18–19 أكتوبر 2023", "30 سبتمبر – 2 أكتوبر 2023",
 * "ديسمبر 2023 – يناير 2024".
 */
export function formatSpan({ start, end, hasEnd, precision }: DatedSpan): string {
  if (!hasEnd || start === end) return formatDate(start, precision);
  const a = parseIsoDay(start);
  const b = parseIsoDay(end);
  if (precision === "year") return a.year === b.year ? String(a.year) : `${a.year}–${b.year}`;
  if (precision === "month") {
    if (a.year === b.year && a.month === b.month) return formatDate(start, "month");
    if (a.year === b.year) return `${monthName(a.month)} – ${monthName(b.month)} ${a.year}`;
    return `${formatDate(start, "month")} – ${formatDate(end, "month")}`;
  }
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  return `${formatDate(start, "day")} – ${formatDate(end, "day")}`;
}

export const CERTAINTY_LABEL: Record<DateCertainty, string> = {
  stated: "مذكور",
  inferred: "مستنتج",
  unknown: "غير معروف",
};

export const PRECISION_LABEL: Record<DatePrecision, string> = {
  day: "باليوم",
  month: "بالشهر",
  year: "بالسنة",
};

/** The event date as shown next to a title: an inferred date says so. */
export function formatEventDate(event: DatedSpan & { certainty: DateCertainty }): string {
  const date = formatSpan(event);
  return event.certainty === "inferred" ? `${date} (مستنتج)` : date;
}

/** Axis labels for the timeline: the label for one tick at a given vis-timeline scale. */
export function formatAxisLabel(date: Date, scale: string, kind: "minor" | "major"): string {
  const year = date.getFullYear();
  const month = monthName(date.getMonth() + 1);
  const day = date.getDate();
  if (kind === "minor") {
    switch (scale) {
      case "year":
        return String(year);
      case "month":
        return month;
      case "week":
      case "day":
      case "weekday":
        return String(day);
      default:
        return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
    }
  }
  switch (scale) {
    case "year":
      return "";
    case "month":
      return String(year);
    case "week":
    case "day":
    case "weekday":
      return `${month} ${year}`;
    default:
      return `${day} ${month} ${year}`;
  }
}
