// Type-ahead across spellings: "سيرجي" finds سيرغي لافروف, "تشوي سونج هوي" finds تشوي سون هوي.
// Uses the ingest's own normaliser and phonetic key, so the UI and the stored matchKeys agree.
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";

export interface Matchable {
  name: string;
  nameAr: string;
  matchKeys?: string[];
}

export function matchesTypedName(typed: string, candidate: Matchable): boolean {
  const normalised = normalizeArabic(typed);
  if (!normalised) return true;
  const phonetic = phoneticKey(typed);
  const keys = [
    ...(candidate.matchKeys ?? []),
    normalizeArabic(candidate.nameAr),
    normalizeArabic(candidate.name),
    phoneticKey(candidate.nameAr),
  ];
  return keys.some((key) => key.includes(normalised) || (phonetic.length > 0 && key.includes(phonetic)));
}
