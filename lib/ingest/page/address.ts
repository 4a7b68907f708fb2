// A page's address often carries its publication day: news sites file articles under
// /2024/08/11/, /2025/4/12/, /2025-02-03/ or …-20230131-…. When the page itself states no date, the
// address is the next-best witness — unless the page calls today a weekday the address's day isn't.
import { findDateMentions } from "@/lib/ingest/dates/mentions";
import { formatDate, utcDate } from "@/lib/ingest/dates/days";
import { publicationWeekday, type Published } from "@/lib/ingest/page/publication";

const EARLIEST_YEAR = 1995;
// Year, month and day as path segments or one dashed segment; or eight digits standing alone.
const PATTERNS = [
  /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/,
  /(?:^|[/\-_])((?:19|20)\d\d)(\d\d)(\d\d)(?=[/\-_.]|$)/,
];

/** The day the page's address files it under, as an inferred publication date; null when it names none. */
export function addressDate(url: string | null, text: string, today: Date): Published | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = utcDate(y, mo, d);
    if (y < EARLIEST_YEAR || mo < 1 || mo > 12 || day.getUTCDate() !== d || day > today) continue;
    const weekday = publicationWeekday(findDateMentions(text));
    if (weekday !== null && weekday !== day.getUTCDay()) return null;
    return { value: formatDate(day, "day"), precision: "day", certainty: "inferred", phrase: m[0].replace(/^[/\-_]/, "") };
  }
  return null;
}
