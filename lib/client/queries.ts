"use client";
// The dashboard's data hooks. Window changes keep showing the previous window until the new one
// arrives, and the windows either side are fetched ahead so panning finds them ready.
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { EventFilters } from "@/lib/api/contract";
import { fetchActors, fetchArticle, fetchEvent, fetchEvents, fetchFacets } from "@/lib/client/api";
import { queryKeys } from "@/lib/client/query-keys";
import { neighbourWindows, type DayWindow } from "@/lib/dashboard/window";

export function useEvents(window: DayWindow, filters: EventFilters) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.events(window, filters),
    queryFn: ({ signal }) => fetchEvents(window, filters, signal),
    placeholderData: keepPreviousData,
  });
  const settled = query.isSuccess && !query.isPlaceholderData;
  useEffect(() => {
    if (!settled) return;
    for (const neighbour of neighbourWindows(window)) {
      void queryClient.prefetchQuery({
        queryKey: queryKeys.events(neighbour, filters),
        queryFn: ({ signal }) => fetchEvents(neighbour, filters, signal),
      });
    }
  }, [settled, window, filters, queryClient]);
  return query;
}

export function useFacets(filters: EventFilters) {
  return useQuery({
    queryKey: queryKeys.facets(filters),
    queryFn: ({ signal }) => fetchFacets(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** Actors matching what is typed (any spelling, the whole archive), asked once typing pauses. */
export function useActorSearch(typed: string, filters: EventFilters) {
  const name = useDebouncedValue(typed.trim(), 200);
  return useQuery({
    queryKey: queryKeys.actors(name, filters),
    queryFn: ({ signal }) => fetchActors(name, filters, signal),
    enabled: name.length > 0,
    placeholderData: keepPreviousData,
  });
}

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function useEventDetail(id: number | null) {
  return useQuery({
    queryKey: queryKeys.event(id ?? 0),
    queryFn: ({ signal }) => fetchEvent(id ?? 0, signal),
    enabled: id !== null,
  });
}

export function useArticle(id: number | null) {
  return useQuery({
    queryKey: queryKeys.article(id ?? 0),
    queryFn: ({ signal }) => fetchArticle(id ?? 0, signal),
    enabled: id !== null,
  });
}
