// A page's publication-date line: "تاريخ النشر: 16th, January 2024 GMT", "الثلاثاء 16 كانون الثاني 2024",
// a line that is (almost) only a date. What the page prints for itself, read before any inference.
import { HIJRI_MONTH_ALT, MONTH_ALT, WEEKDAY_ALT } from "@/lib/ingest/dates/calendar";
import { findDateMentions, resolveMention } from "@/lib/ingest/dates/mentions";
import { alternation, lexicon } from "@/lib/ingest/lexicon";
import { normalizeArabic, normalizeWithMap } from "@/lib/ingest/text/normalise";
import type { ResolvedDate } from "@/lib/ingest/types";

const { time } = lexicon();
const DATE_LINE_LABEL = new RegExp(`^(?:${alternation([...time.dateLineLabels, ...time.updatedLabels])})\\s*(?:في|بتاريخ)?\\s*[:\\-–]?`, "u");

// Hijri months: papers print the Hijri date beside the Gregorian one on the same line
// ("الأربعاء - 6 ربيع الآخر 1446 هـ - 09 أكتوبر 2024 مـ").
const HIJRI_PART = new RegExp(`(?:^|\\s)[0-3]?\\d\\s+(?:${HIJRI_MONTH_ALT})\\s+1[34]\\d{2}\\s*ه?(?=\\s|$)`, "u");

/** What else an unlabelled date line may hold: weekday and month names, clock and time-zone words, Hijri marks, digits. */
const DATE_LINE_EXTRA = new RegExp(`^(?:${WEEKDAY_ALT}|${MONTH_ALT}|${alternation(time.dateLineWords)})$`, "u");

/** A line that says it gives the page's date ("تاريخ النشر: …", "أضيف بتاريخ: …"). */
export function isLabelledDateLine(line: string): boolean {
  return DATE_LINE_LABEL.test(normalizeWithMap(line).text);
}

/** A publication-date line (`تاريخ النشر: 16th, January 2024 GMT`, `الثلاثاء 16 كانون الثاني 2024`), or null. */
export function parseDateLine(line: string): ResolvedDate | null {
  const { text: norm } = normalizeWithMap(line);
  const labelled = DATE_LINE_LABEL.test(norm);
  // Words that are not digits or dashes: a Hijri part counts as one.
  const words = norm.replace(HIJRI_PART, " hijri ").split(" ").filter((w) => /\p{L}/u.test(w)).length;
  if (!labelled && words > 8) return null;
  // The Gregorian date when the line prints both ("… 26 ذي القعدة 1432هـ الموافق 24 أكتوبر 2011").
  // A section label glued to the date ("عرب وعالم10-12-2021") is parted from it first.
  const spaced = line.replace(/(\p{L})(\d)/gu, "$1 $2");
  const mentions = findDateMentions(spaced).filter((m) => m.kind === "full" || m.kind === "monthYear");
  const full = mentions.find((m) => !(m.kind === "full" && m.hijri)) ?? mentions[0];
  if (!full) return null;
  if (!labelled) {
    // An unlabelled line must be (almost) only a date: weekday, time, "GMT", Hijri part.
    const rest = spaced.slice(0, full.index) + spaced.slice(full.index + full.length);
    // Single letters are abbreviations ("أ.ش.أ"), not words.
    const others = normalizeArabic(rest).replace(HIJRI_PART, " ").split(/[\s\d:./,\-–|_@()]+/).filter((w) => /\p{L}{2}/u.test(w) && !DATE_LINE_EXTRA.test(w));
    if (others.length > 3) return null;
  }
  const r = resolveMention(full, null);
  return r ? { ...r, phrase: line.trim() } : null;
}
