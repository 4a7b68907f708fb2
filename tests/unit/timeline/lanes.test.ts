import { describe, expect, it } from "vitest";
import type { EventSummary, EventWindowResponse } from "@/lib/api/contract";
import { countryLanes, drawsLanes, NO_COUNTRY, timelineItems } from "@/components/timeline/items";

function event(id: number, countries: string[], start = "2024-01-16", end = start): EventSummary {
  return { id, title: `حدث ${id}`, start, end, hasEnd: false, precision: "day", certainty: "stated", datePhrase: "", place: null, countries, actors: [], sourceCount: 1 };
}

const names = new Map([["RU", "روسيا"], ["KP", "كوريا الشمالية"], ["IR", "إيران"]]);
const response = (events: EventSummary[], truncated = false): EventWindowResponse => ({
  from: "2024-01-01",
  to: "2024-02-01",
  total: events.length,
  truncated,
  events,
  buckets: truncated ? [{ start: "2024-01-01", end: "2024-01-31", count: 900 }] : null,
});

describe("lanes by country", () => {
  const events = [event(1, ["RU", "KP"]), event(2, ["RU"]), event(3, []), event(4, ["IR"], "2024-01-01", "2024-01-31")];

  it("draws an event in the lane of every country it involves, and one with none in a lane of its own", () => {
    const items = timelineItems(response(events), true).filter((item) => item.kind === "event");
    expect(items.map((item) => [item.id, item.group])).toEqual([
      ["1@RU", "RU"],
      ["1@KP", "KP"],
      ["2@RU", "RU"],
      [`3@${NO_COUNTRY}`, NO_COUNTRY],
      ["4@IR", "IR"],
    ]);
    // A month's band goes in the same lane as its box.
    expect(timelineItems(response(events), true).find((item) => item.kind === "span")).toMatchObject({ group: "IR" });
  });

  it("orders lanes busiest first, names them in Arabic, and puts events without a country last", () => {
    expect(countryLanes(events, names).map((lane) => lane.content)).toEqual(["روسيا", "إيران", "كوريا الشمالية", "دون دولة"]);
  });

  it("keeps plain ids without lanes, and draws counts, not lanes, for a truncated window", () => {
    expect(timelineItems(response(events)).filter((item) => item.kind === "event").map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(drawsLanes(response(events, true), true)).toBe(false);
    expect(timelineItems(response(events, true), true).every((item) => item.kind === "bucket")).toBe(true);
  });
});
