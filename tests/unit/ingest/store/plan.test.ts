// The store's plan is pure: given a file's extraction and what the database holds, which rows it writes.
import { describe, expect, it } from "vitest";
import { planFile } from "@/lib/ingest/store/plan";
import { fileRequest, type FileRead, type StoredEvent } from "@/lib/ingest/store/read";
import type { ActorRef, ExtractedEvent, ExtractionResult, ResolvedDate } from "@/lib/ingest/types";

const lavrov: ActorRef = { name: "Sergey Lavrov", ar: "سيرغي لافروف", kind: "person", country: "RU", variants: ["لافروف"], role: null };
const choe: ActorRef = { name: "Choe Son Hui", ar: "تشوي سون هوي", kind: "person", country: "KP", variants: ["تشوي"], role: null };

function extraction(date: ResolvedDate, kind: ExtractedEvent["kind"] = "talks", actors = [lavrov, choe]): ExtractionResult {
  const body = "بحث لافروف وتشوي العلاقات.";
  return {
    articles: [{
      file: "a.txt", title: "عنوان", body, keywords: [], outlet: null, agency: null, url: null, parentIndex: null,
      published: { value: "2024-01-16", precision: "day", certainty: "stated", phrase: "16 يناير 2024" },
    }],
    events: [{
      kind, title: "محادثات لافروف وتشوي", titleEn: null, date, actors, countries: ["RU", "KP"], place: "موسكو",
      summary: body, sources: [{ articleIndex: 0, evidence: body, start: 0, end: body.length }],
    }],
    problems: [],
  };
}

const emptyRead = (over: Partial<FileRead> = {}): FileRead => ({ known: [], actors: [], candidates: [], articleIds: [10], eventIds: [20], ...over });

function stored(over: Partial<StoredEvent>): StoredEvent {
  return {
    id: 7, kind: "meeting", title: "لقاء لافروف وتشوي", titleEn: null, startDate: "2024-01-01", endDate: "2024-01-31", hasEnd: false,
    precision: "month", certainty: "stated", datePhrase: "يناير 2024", place: null, summary: "…", actors: [lavrov], countries: ["RU"], ...over,
  };
}

const day = (certainty: ResolvedDate["certainty"]): ResolvedDate => ({ start: "2024-01-16", end: null, precision: "day", certainty, phrase: "الثلاثاء 16 يناير" });

describe("planning a file's store", () => {
  it("creates the article, the event, its actors and links when nothing is stored", () => {
    const result = extraction(day("stated"));
    const plan = planFile("a.txt", result, fileRequest(result), emptyRead());
    expect(plan.outcome).toMatchObject({ articlesAdded: 1, eventsAdded: 1, eventsMerged: 0 });
    expect(plan.writes?.events).toMatchObject([{ id: 20, startDate: "2024-01-16", endDate: "2024-01-16", precision: "day" }]);
    expect(plan.writes?.newActors.map((a) => a.name)).toEqual(["Sergey Lavrov", "Choe Son Hui"]);
    expect(plan.writes?.countryLinks.map((l) => l.countryCode)).toEqual(["RU", "KP"]);
    expect(plan.writes?.sources).toEqual([{ eventId: 20, articleId: 10, evidence: result.events[0].sources[0].evidence, evidenceStart: 0, evidenceEnd: result.articles[0].body.length }]);
  });

  it("writes nothing for an article whose text is stored already", () => {
    const result = extraction(day("stated"));
    const request = fileRequest(result);
    const plan = planFile("a.txt", result, request, emptyRead({ known: [[request.hashes[0], 3]] }));
    expect(plan.outcome).toMatchObject({ articlesAdded: 0, articlesKnown: 1 });
    expect(plan.writes).toBeNull();
  });

  it("merges into a stored report of the same happening by merge.ts's rule: the stated day beats the stated month, the visit's kind leads", () => {
    const result = extraction(day("stated"), "visit");
    const plan = planFile("a.txt", result, fileRequest(result), emptyRead({ candidates: [stored({})] }));
    expect(plan.outcome).toMatchObject({ eventsAdded: 0, eventsMerged: 1 });
    expect(plan.writes?.updated).toMatchObject([{ id: 7, kind: "visit", startDate: "2024-01-16", precision: "day", certainty: "stated", place: "موسكو" }]);
    expect(plan.writes?.actorLinks.map((l) => [l.name, l.startDate])).toEqual([["Sergey Lavrov", "2024-01-16"], ["Choe Son Hui", "2024-01-16"]]);
  });

  it("keeps a stated month over an inferred day, as the pipeline's own merge does", () => {
    const result = extraction(day("inferred"), "meeting");
    const plan = planFile("a.txt", result, fileRequest(result), emptyRead({ candidates: [stored({})] }));
    expect(plan.outcome.eventsMerged).toBe(1);
    expect(plan.writes?.updated.every((e) => e.precision === "month")).toBe(true);
  });
});
