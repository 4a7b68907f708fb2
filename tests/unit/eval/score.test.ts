// The scorer's matching rules, on events built by hand.
import { describe, expect, it } from "vitest";
import type { GoldEvent, GoldPage } from "@/lib/eval/gold";
import { sameActor, scorePage, summarise, type Families } from "@/lib/eval/score";
import type { ExtractJson } from "@/lib/ingest/extract-json";

type Extracted = ExtractJson["events"][number];
const families: Families = new Map([["talks", "encounter"], ["meeting", "encounter"], ["disaster", "disaster"], ["statement", "speech"]]);

const gold = (over: Partial<GoldEvent>): GoldEvent => ({
  kind: "talks", start: "2024-01-16", end: null, precision: "day", certainty: "stated", actors: ["سيرغي لافروف"], countries: ["RU", "KP"],
  place: "موسكو", evidence: "جملة الدليل في الصفحة", main: true, article: 0, ...over,
});
const extracted = (over: Partial<Extracted>): Extracted => ({
  kind: "talks", title: "محادثات", start: "2024-01-16", end: null, precision: "day", certainty: "stated",
  actors: [{ name: "Sergey Lavrov", ar: "سيرغي لافروف" }], countries: ["RU", "KP"], place: "موسكو", sources: [], ...over,
});
const page = (events: GoldEvent[], over: Partial<GoldPage> = {}): GoldPage => ({
  url: "https://example.com/a", outlet: "مثال", region: "gulf", topic: "diplomacy", seedStory: false, headline: "العنوان",
  published: { date: "2024-01-16", precision: "day", phrase: "16 يناير 2024", basis: "stated" }, events, notes: "", ...over,
});
const article = (title: string, published: string | null) => ({ file: "a.txt", title, published, publishedCertainty: "stated" as const, outlet: null, parentTitle: null });

describe("matching an extracted event to the gold", () => {
  it("takes another spelling or the surname alone for the same actor", () => {
    expect(sameActor(["تشوي سون هوي", "تشوي سونغ هوي"], { name: "Choe Son Hui", ar: "تشوي سونج هوي" })).toBe(true);
    expect(sameActor("لافروف", { name: "Sergey Lavrov", ar: "سيرجي لافروف" })).toBe(true);
    expect(sameActor("سيرغي شويغو", { name: "Sergey Lavrov", ar: "سيرغي لافروف" })).toBe(false);
  });

  it("matches on an overlapping date and a shared actor; a month-precision report matches a day in it but is not exact", () => {
    const s = scorePage({ id: "p", gold: page([gold({})]), article: article("العنوان", "2024-01-16"), events: [extracted({ start: "2024-01", precision: "month" })] }, families);
    expect(s.matched).toBe(1);
    expect(s.exactDates).toBe(0);
  });

  it("does not match another day, nor an event sharing only one country", () => {
    const s = scorePage({ id: "p", gold: page([gold({})]), article: null, events: [
      extracted({ start: "2024-01-17" }), extracted({ actors: [], countries: ["RU"] }),
    ] }, families);
    expect(s.matched).toBe(0);
    expect(s.wrong).toHaveLength(2);
  });

  it("matches a one-country disaster by its country and kind", () => {
    const quake = gold({ kind: "disaster", actors: [], countries: ["MA"], start: "2023-09-08" });
    const s = scorePage({ id: "p", gold: page([quake]), article: null, events: [extracted({ kind: "disaster", actors: [], countries: ["MA"], start: "2023-09-08" })] }, families);
    expect(s.matched).toBe(1);
  });

  it("pairs one to one: a duplicate extraction counts as wrong", () => {
    const s = scorePage({ id: "p", gold: page([gold({})]), article: null, events: [extracted({}), extracted({})] }, families);
    expect([s.matched, s.wrong.length]).toEqual([1, 1]);
    expect(summarise([s]).precision).toBe(0.5);
  });

  it("scores the publication date and the headline of the page's own article", () => {
    const right = scorePage({ id: "p", gold: page([]), article: article("العنوان.", "2024-01-16"), events: [] }, families);
    expect([right.published, right.headline]).toEqual(["right", "right"]);
    const wrong = scorePage({ id: "p", gold: page([]), article: article("رئيس التحرير", "2024-01"), events: [] }, families);
    expect([wrong.published, wrong.headline]).toEqual(["coarser", "wrong"]);
  });
});
