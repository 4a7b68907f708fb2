import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeWithMap, phoneticKey } from "@/lib/ingest/text/normalise";

describe("normalizeArabic", () => {
  it("folds alef forms, alef maqsura, ta marbuta and Persian letters", () => {
    expect(normalizeArabic("أإآٱ")).toBe("اااا");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("الخارجیة")).toBe("الخارجيه");
    expect(normalizeArabic("کوریا")).toBe("كوريا");
  });
  it("removes tatweel and harakat", () => {
    expect(normalizeArabic("مُحَمَّـــد")).toBe("محمد");
    expect(normalizeArabic("أيضاً")).toBe("ايضا");
  });
  it("turns Arabic-Indic and Persian digits into Latin ones", () => {
    expect(normalizeArabic("١٦ يناير ٢٠٢٤")).toBe("16 يناير 2024");
    expect(normalizeArabic("۱۴۰۳")).toBe("1403");
  });
  it("folds quotes and Arabic punctuation, collapses spaces, lowercases Latin", () => {
    expect(normalizeArabic("«مرحبا»  “RT Arabic”، نعم؟")).toBe("مرحبا rt arabic , نعم?");
  });
  it("keeps a map from every output character back to the original", () => {
    const original = "قالَ  «أمس»";
    const { text, map } = normalizeWithMap(original);
    expect(text).toBe("قال امس");
    expect(original.slice(map[4], map[6] + 1)).toBe("أمس");
  });
});

describe("phoneticKey", () => {
  it("folds سونغ, سونج and سون to one key", () => {
    expect(phoneticKey("تشوي سونغ هوي")).toBe(phoneticKey("تشوي سون هوي"));
    expect(phoneticKey("تشوي سونج هوي")).toBe(phoneticKey("تشوي سون هوي"));
  });
  it("folds غ, ج, ق and گ to one letter", () => {
    expect(phoneticKey("سيرغي")).toBe(phoneticKey("سيرجي"));
    expect(phoneticKey("گاندي")).toBe(phoneticKey("غاندي"));
    expect(phoneticKey("قاسم")).toBe(phoneticKey("جاسم"));
  });
  it("treats تش like ج (عراقتشي / عراقجي)", () => {
    expect(phoneticKey("عراقتشي")).toBe(phoneticKey("عراقجي"));
  });
  it("ignores spaces inside names", () => {
    expect(phoneticKey("بيونغ يانغ")).toBe(phoneticKey("بيونغيانغ"));
    expect(phoneticKey("بيونج يانج")).toBe(phoneticKey("بيونغيانغ"));
  });
  it("drops an optional ال and collapses doubled letters", () => {
    expect(phoneticKey("الكرملين")).toBe(phoneticKey("كرملين"));
    expect(phoneticKey("نتنياهوو")).toBe(phoneticKey("نتنياهو"));
  });
  it("folds ى/ي and hamza seats", () => {
    expect(phoneticKey("سيرجى")).toBe(phoneticKey("سيرجي"));
    expect(phoneticKey("مسؤول")).toBe(phoneticKey("مسوول"));
    expect(phoneticKey("رئيس")).toBe(phoneticKey("رييس"));
  });
  it("keeps different names apart", () => {
    expect(phoneticKey("لافروف")).not.toBe(phoneticKey("بوتين"));
  });
});

describe("normalizeArabic on characters NFKC leaves unchanged", () => {
  it("drops noncharacters in the presentation-form blocks instead of recursing forever", () => {
    expect(normalizeArabic("قال\uFDD0 الوزير")).toBe("قال الوزير");
    expect(normalizeArabic("\uFDEF\uFDD5")).toBe("");
  });
  it("still decomposes real presentation forms, including multi-letter ligatures", () => {
    expect(normalizeArabic("\uFEFB")).toBe("لا");
    expect(normalizeArabic("\uFDF2")).toBe("الله");
  });
  it("keeps offsets exact around a dropped noncharacter", () => {
    const original = "أمس\uFDD0 الأحد";
    const { text, map } = normalizeWithMap(original);
    expect(text).toBe("امس الاحد");
    expect(original.slice(map[4], map[8] + 1)).toBe("الأحد");
  });
});
