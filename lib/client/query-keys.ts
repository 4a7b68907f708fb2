// Every TanStack Query key the dashboard uses, in one place, so the server's prefetch and the
// client's hooks can't drift apart.
import type { EventFilters } from "@/lib/api/contract";
import type { DayWindow } from "@/lib/dashboard/window";

export const queryKeys = {
  events: (window: DayWindow, filters: EventFilters) => ["events", window.from, window.to, filtersKey(filters)] as const,
  facets: (filters: EventFilters) => ["facets", filtersKey(filters)] as const,
  actors: (name: string, filters: EventFilters) => ["actors", name, filtersKey(filters)] as const,
  event: (id: number) => ["event", id] as const,
  article: (id: number) => ["article", id] as const,
  sources: () => ["sources"] as const,
};

function filtersKey(filters: EventFilters) {
  return { country: filters.country.join(","), actor: filters.actor.join(","), q: filters.q ?? "" };
}
