import { describe, expect, it } from "vitest";
import { matchesTypedName } from "@/lib/client/actor-match";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";

// Built the way the ingest builds them: normalised and phonetic keys of every spelling.
function actor(name: string, nameAr: string, variants: string[]) {
  const spellings = [nameAr, ...variants];
  return { name, nameAr, matchKeys: [...spellings.map(normalizeArabic), ...spellings.map(phoneticKey)] };
}

const lavrov = actor("Sergey Lavrov", "سيرغي لافروف", ["لافروف"]);
const choe = actor("Choe Son Hui", "تشوي سون هوي", ["تشوي سونغ هوي"]);

describe("matchesTypedName", () => {
  it("finds سيرغي لافروف from سيرجي", () => {
    expect(matchesTypedName("سيرجي", lavrov)).toBe(true);
  });
  it("finds تشوي سون هوي from تشوي سونج هوي", () => {
    expect(matchesTypedName("تشوي سونج هوي", choe)).toBe(true);
  });
  it("ignores diacritics and hamza forms", () => {
    expect(matchesTypedName("لاڤروف".replace("ڤ", "ف"), lavrov)).toBe(true);
    expect(matchesTypedName("سِيرغِي", lavrov)).toBe(true);
  });
  it("finds a Latin spelling", () => {
    expect(matchesTypedName("lavrov", lavrov)).toBe(true);
  });
  it("does not match someone else", () => {
    expect(matchesTypedName("تشوي", lavrov)).toBe(false);
  });
  it("matches everyone when nothing is typed", () => {
    expect(matchesTypedName("  ", lavrov)).toBe(true);
  });
});
