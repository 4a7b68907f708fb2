import { describe, expect, it } from "vitest";
import { dashboardSearch, parseDashboardState } from "@/lib/dashboard/url-state";

describe("dashboard URL state", () => {
  it("reads every part of a shared link", () => {
    const state = parseDashboardState(
      new URLSearchParams("from=2024-01-01&to=2024-02-01&country=ru&country=KP&actor=3,1&q=موسكو&event=2&view=list&lanes=country"),
    );
    expect(state).toEqual({
      window: { from: "2024-01-01", to: "2024-02-01" },
      filters: { country: ["KP", "RU"], actor: [1, 3], q: "موسكو" },
      event: 2,
      article: null,
      view: "list",
      lanes: true,
    });
  });
  it("drops what it can't read instead of failing", () => {
    const state = parseDashboardState({ from: "2024-13-45", to: "2024-01-01", event: "abc", country: "Russia" });
    expect(state.window).toBeNull();
    expect(state.event).toBeNull();
    expect(state.filters.country).toEqual([]);
  });
  it("writes the same link back", () => {
    const search = "?from=2024-01-01&to=2024-02-01&country=KP&country=RU&actor=1&actor=3&q=%D9%85&event=2&view=list&lanes=country";
    expect(dashboardSearch(parseDashboardState(new URLSearchParams(search)))).toBe(search);
  });
  it("writes nothing for the default view", () => {
    expect(dashboardSearch(parseDashboardState({}))).toBe("");
  });
});
