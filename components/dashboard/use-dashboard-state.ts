"use client";
// The dashboard's state is the URL's. Changes go through the History API, which Next.js keeps in
// step with useSearchParams without a server round trip: replace while panning (no history spam),
// push for filters and selection (so back/forward walk through them).
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef, useEffect } from "react";
import { dashboardSearch, normaliseFilters, parseDashboardState, type DashboardState } from "@/lib/dashboard/url-state";

export type HistoryMode = "push" | "replace";

export function useDashboardState() {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseDashboardState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const update = useCallback((change: (current: DashboardState) => DashboardState, mode: HistoryMode) => {
    const next = change(latest.current);
    const normalised = { ...next, filters: normaliseFilters(next.filters) };
    latest.current = normalised;
    const url = `${window.location.pathname}${dashboardSearch(normalised)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  return { state, update };
}
