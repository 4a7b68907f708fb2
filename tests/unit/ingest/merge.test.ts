import { describe, expect, it } from "vitest";
import { mergeDuplicateEvents, sameHappening } from "@/lib/ingest/events/merge";
import type { ActorRef, EventKind, ExtractedEvent, ResolvedDate } from "@/lib/ingest/types";

const actor = (name: string, country: string): ActorRef => ({ name, ar: name, kind: "person", country, variants: [name], role: null });
const date = (start: string, certainty: ResolvedDate["certainty"] = "inferred", end: string | null = null): ResolvedDate => ({
  start, end, certainty, phrase: start, precision: start.length === 10 ? "day" : start.length === 7 ? "month" : "year",
});
function event(kind: EventKind, d: ResolvedDate, actors: ActorRef[], article: number, extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    kind, title: `${kind} ${article}`, titleEn: null, date: d, actors, countries: [...new Set(actors.map((a) => a.country ?? ""))],
    place: null, summary: "", sources: [{ articleIndex: article, evidence: `e${article}`, start: 0, end: 2 }], ...extra,
  };
}
const faisal = actor("Faisal bin Farhan", "SA");
const wang = actor("Wang Yi", "CN");

describe("sameHappening", () => {
  it("matches talks and a meeting on the same day with a shared actor", () => {
    expect(sameHappening(event("talks", date("2023-04-06"), [faisal], 0), event("meeting", date("2023-04-06"), [faisal, wang], 1))).toBe(true);
  });
  it("lets a month contain a day", () => {
    expect(sameHappening(event("summit", date("2023-09"), [faisal, wang], 0), event("meeting", date("2023-09-13", "stated"), [wang], 1))).toBe(true);
  });
  it("keeps different days apart", () => {
    expect(sameHappening(event("talks", date("2023-04-06"), [faisal], 0), event("talks", date("2023-04-09"), [faisal], 1))).toBe(false);
  });
  it("keeps different kinds of happening apart", () => {
    expect(sameHappening(event("strike", date("2023-04-06"), [faisal], 0), event("talks", date("2023-04-06"), [faisal], 1))).toBe(false);
  });
  it("matches by place and the same countries when no actor is named", () => {
    const a = event("talks", date("2025-04-12"), [], 0, { countries: ["IR", "US"], place: "مسقط" });
    const b = event("talks", date("2025-04-12"), [], 1, { countries: ["US", "IR", "OM"], place: "مسقط" });
    expect(sameHappening(a, b)).toBe(true);
    expect(sameHappening(a, { ...b, countries: ["US", "CN"] })).toBe(false);
  });
  it("asks more than one shared actor when one date is only a year", () => {
    expect(sameHappening(event("statement", date("2025"), [faisal], 0), event("statement", date("2025-04-07"), [faisal], 1))).toBe(false);
  });
});

describe("mergeDuplicateEvents", () => {
  it("makes one event with all sources, the best date and the union of actors", () => {
    const merged = mergeDuplicateEvents([
      event("meeting", date("2023-09"), [faisal], 0),
      event("summit", date("2023-09", "stated"), [faisal, wang], 1),
      event("talks", date("2023-09-13"), [wang], 2),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].kind).toBe("summit");
    expect(merged[0].date).toMatchObject({ start: "2023-09", certainty: "stated" });
    expect(merged[0].actors.map((a) => a.name)).toEqual(["Faisal bin Farhan", "Wang Yi"]);
    expect(merged[0].sources.map((s) => s.articleIndex)).toEqual([0, 1, 2]);
  });
  it("keeps one source per article", () => {
    const merged = mergeDuplicateEvents([event("talks", date("2023-04-06"), [faisal], 0), event("talks", date("2023-04-06"), [faisal], 0)]);
    expect(merged[0].sources).toHaveLength(1);
  });
  it("prefers a stated day over an inferred one", () => {
    const merged = mergeDuplicateEvents([event("talks", date("2023-04"), [faisal], 0), event("talks", date("2023-04-06", "stated"), [faisal], 1)]);
    expect(merged[0].date).toMatchObject({ start: "2023-04-06", certainty: "stated" });
  });
});

describe("mergeDuplicateEvents on sources that date a happening differently", () => {
  const lead = (d: ResolvedDate) => event("talks", d, [faisal, wang], 0, { sources: [{ articleIndex: 0, evidence: "التقى الوزيران في الرياض.", start: 0, end: 25 }] });
  const fromPublication: ResolvedDate = { start: "2024-05-07", end: null, precision: "day", certainty: "inferred", phrase: "تاريخ النشر: 7 مايو 2024", basis: "publication" };
  const relative: ResolvedDate = { start: "2024-05-07", end: null, precision: "day", certainty: "inferred", phrase: "أمس الثلاثاء", basis: "relative" };
  const calendar: ResolvedDate = { start: "2024-05-07", end: null, precision: "day", certainty: "inferred", phrase: "السابع من مايو", basis: "calendar" };

  it("prefers a date a source writes out over the publication date line and over a relative day", () => {
    const other = event("talks", calendar, [faisal], 1, { sources: [{ articleIndex: 1, evidence: "وكان الوزيران قد التقيا في السابع من مايو.", start: 0, end: 40 }] });
    const merged = mergeDuplicateEvents([lead(fromPublication), event("talks", relative, [wang], 2), other]);
    expect(merged).toHaveLength(1);
    expect(merged[0].date).toMatchObject({ phrase: "السابع من مايو", basis: "calendar" });
    expect(merged[0].sources.map((s) => s.articleIndex)).toEqual([0, 2, 1]);
  });
  it("still prefers a stated date over an inferred calendar phrase", () => {
    const stated: ResolvedDate = { ...fromPublication, certainty: "stated", phrase: "7 مايو 2024", basis: "calendar" };
    const merged = mergeDuplicateEvents([lead(calendar), event("talks", stated, [faisal], 1)]);
    expect(merged[0].date).toMatchObject({ certainty: "stated", phrase: "7 مايو 2024" });
  });
  it("keeps, of one article's sentences, the one that gives the winning date", () => {
    const second = event("talks", calendar, [faisal], 0, { sources: [{ articleIndex: 0, evidence: "وجرت المحادثات في السابع من مايو.", start: 30, end: 62 }] });
    const merged = mergeDuplicateEvents([lead(fromPublication), second]);
    expect(merged[0].sources).toEqual([{ articleIndex: 0, evidence: "وجرت المحادثات في السابع من مايو.", start: 30, end: 62 }]);
  });
});
