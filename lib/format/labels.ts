// Counts in words, with Arabic plural forms.
/** "3 أحداث" with the Arabic plural rules (Intl knows them; we keep the words). */
export function countEvents(count: number): string {
  const rule = new Intl.PluralRules("ar").select(count);
  if (count === 0) return "لا أحداث";
  if (rule === "one") return "حدث واحد";
  if (rule === "two") return "حدثان";
  if (rule === "few") return `${count} أحداث`;
  return `${count} حدثاً`;
}
