// The dashboard's state lives in the query string, so every view can be shared and back/forward
// work: ?from=&to=&country=&actor=&q=&event=&article=&view=&lanes=. Reading is lenient (a bad value is
// dropped, never an error page); writing is canonical (sorted lists, defaults omitted).
// This runs in the browser, so it checks by hand what contract.ts's zod schemas check at the API
// (zod would add ~20 KB gzipped to the page); the API stays the authority.
import type { EventFilters } from "@/lib/api/contract";
import { searchParamsToInput, type SearchParamsRecord } from "@/lib/api/params";
import type { DayWindow } from "@/lib/dashboard/window";

export type DashboardView = "timeline" | "list";

export interface DashboardState {
  /** Null when the URL doesn't say: the page then shows every filtered event. */
  window: DayWindow | null;
  filters: EventFilters;
  event: number | null;
  article: number | null;
  view: DashboardView;
  /** The timeline drawn with one lane per country (?lanes=country). */
  lanes: boolean;
}

const MAX_LIST = 50;
const MAX_QUERY = 200;

function isoDay(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

function positiveId(value: unknown): number | null {
  return typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return values.flatMap((item: string) => item.split(",")).filter(Boolean);
}

/** The whole list, or nothing if any item is malformed (as the API would refuse it). */
function parseList<T>(value: unknown, parse: (item: string) => T | null): T[] {
  const items = listOf(value).map(parse);
  return items.length <= MAX_LIST && items.every((item) => item !== null) ? (items as T[]) : [];
}

export function parseDashboardState(params: URLSearchParams | SearchParamsRecord): DashboardState {
  const input = searchParamsToInput(params);
  const from = isoDay(input.from);
  const to = isoDay(input.to);
  const q = typeof input.q === "string" ? input.q.trim() : "";
  const filters: EventFilters = {
    country: parseList(input.country, (code) => (/^[a-z]{2}$/i.test(code) ? code.toUpperCase() : null)),
    actor: parseList(input.actor, positiveId),
    q: q && q.length <= MAX_QUERY ? q : undefined,
  };
  return {
    window: from && to && from <= to ? { from, to } : null,
    filters: normaliseFilters(filters),
    event: positiveId(input.event),
    article: positiveId(input.article),
    view: input.view === "list" ? "list" : "timeline",
    lanes: input.lanes === "country",
  };
}

/** Same filters, same form: sorted, de-duplicated lists and no empty search. */
export function normaliseFilters(filters: EventFilters): EventFilters {
  return {
    country: [...new Set(filters.country)].sort(),
    actor: [...new Set(filters.actor)].sort((a, b) => a - b),
    q: filters.q?.trim() || undefined,
  };
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return filters.country.length > 0 || filters.actor.length > 0 || Boolean(filters.q);
}

export function dashboardSearch(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.window) {
    params.set("from", state.window.from);
    params.set("to", state.window.to);
  }
  for (const code of state.filters.country) params.append("country", code);
  for (const id of state.filters.actor) params.append("actor", String(id));
  if (state.filters.q) params.set("q", state.filters.q);
  if (state.event) params.set("event", String(state.event));
  if (state.article) params.set("article", String(state.article));
  if (state.view !== "timeline") params.set("view", state.view);
  if (state.lanes) params.set("lanes", "country");
  const search = params.toString();
  return search ? `?${search}` : "";
}
