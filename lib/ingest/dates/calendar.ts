// Calendar vocabulary of Arabic news, from seed/lexicon/calendar.json: month names of every
// region, weekdays, ordinal day words, Hijri months (all normalised).
import { alternation, lexicon } from "@/lib/ingest/lexicon";

const { calendar } = lexicon();

/** Month names as normalizeArabic leaves them → month number. */
export const MONTHS: Record<string, number> = Object.assign({}, ...Object.values(calendar.months));

/** Names that are also ordinary words ("مارس" = practised, "اب" = father): never matched alone. */
export const AMBIGUOUS_MONTHS = new Set(calendar.ambiguousMonths);

/** Weekday names → JS getUTCDay() number (Sunday = 0). */
export const WEEKDAYS: Record<string, number> = calendar.weekdays;

export const HIJRI_MONTHS: Record<string, number> = calendar.hijriMonths;

export const MONTH_ALT = alternation(Object.keys(MONTHS));
export const SAFE_MONTH_ALT = alternation(Object.keys(MONTHS).filter((m) => !AMBIGUOUS_MONTHS.has(m)));
export const WEEKDAY_ALT = alternation(Object.keys(WEEKDAYS));
export const HIJRI_MONTH_ALT = alternation(Object.keys(HIJRI_MONTHS));

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.replace(/\s+/g, " ")];
}
