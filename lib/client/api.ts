// The browser's side of the HTTP API: typed fetches that TanStack Query can cancel.
import type { ActorSearchResponse, ArticleDetail, EventDetail, EventFilters, EventWindowResponse, FacetsResponse } from "@/lib/api/contract";
import type { DayWindow } from "@/lib/dashboard/window";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiRequestError(response.status, body?.error?.message ?? response.statusText);
  }
  return (await response.json()) as T;
}

function filterParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const code of filters.country) params.append("country", code);
  for (const id of filters.actor) params.append("actor", String(id));
  if (filters.q) params.set("q", filters.q);
  return params;
}

export function fetchEvents(window: DayWindow, filters: EventFilters, signal?: AbortSignal) {
  const params = filterParams(filters);
  params.set("from", window.from);
  params.set("to", window.to);
  return getJson<EventWindowResponse>(`/api/events?${params}`, signal);
}

export function fetchFacets(filters: EventFilters, signal?: AbortSignal) {
  return getJson<FacetsResponse>(`/api/facets?${filterParams(filters)}`, signal);
}

export function fetchActors(name: string, filters: EventFilters, signal?: AbortSignal) {
  const params = filterParams(filters);
  params.set("name", name);
  return getJson<ActorSearchResponse>(`/api/actors?${params}`, signal);
}

export function fetchEvent(id: number, signal?: AbortSignal) {
  return getJson<EventDetail>(`/api/events/${id}`, signal);
}

export function fetchArticle(id: number, signal?: AbortSignal) {
  return getJson<ArticleDetail>(`/api/articles/${id}`, signal);
}
