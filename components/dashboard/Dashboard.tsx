"use client";
// The page's client side: filters, the timeline or list of the visible window, and the article
// pane, all driven by the URL state.
import { useEffect, useMemo, useRef } from "react";
import type { EventWindowResponse } from "@/lib/api/contract";
import { useEvents, useFacets } from "@/lib/client/queries";
import { windowAround, type DayWindow } from "@/lib/dashboard/window";
import { countEvents } from "@/lib/format/labels";
import { useDashboardState } from "@/components/dashboard/use-dashboard-state";
import { ViewSwitch } from "@/components/dashboard/ViewSwitch";
import { FilterBar } from "@/components/filters/FilterBar";
import { Timeline } from "@/components/timeline/Timeline";
import { EventList } from "@/components/events/EventList";
import { BucketList } from "@/components/events/BucketList";
import { eventElement } from "@/components/events/keyboard";
import { ArticlePane } from "@/components/article/ArticlePane";

export function Dashboard({ defaultWindow }: { defaultWindow: DayWindow }) {
  const { state, update } = useDashboardState();
  const window = state.window ?? defaultWindow;
  const events = useEvents(window, state.filters);
  const facets = useFacets(state.filters);
  const data: EventWindowResponse = events.data ?? { ...window, total: 0, truncated: false, events: [], buckets: null };
  const paneOpen = state.event !== null || state.article !== null;
  const countryNames = useMemo(() => new Map(facets.data?.countries.map((country) => [country.code, country.nameAr])), [facets.data]);

  // Closing the pane gives focus back to the event it was opened from.
  const returnFocusTo = useRef<number | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (paneOpen || returnFocusTo.current === null || !viewRef.current) return;
    eventElement(viewRef.current, returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [paneOpen]);

  const openEvent = (id: number) => update((s) => ({ ...s, event: id, article: null }), "push");
  const openArticle = (id: number) => update((s) => ({ ...s, event: null, article: id }), "push");
  const closePane = () => {
    returnFocusTo.current = state.event;
    update((s) => ({ ...s, event: null, article: null }), "push");
  };
  const setWindow = (next: DayWindow, mode: "push" | "replace") => update((s) => ({ ...s, window: next }), mode);
  const fitAll = () => {
    const extent = facets.data?.extent;
    if (extent) setWindow(windowAround(extent.start, extent.end), "push");
  };

  return (
    <div className="mx-auto flex max-w-[1600px] flex-col gap-3 p-3 sm:p-4">
      <FilterBar
        filters={state.filters}
        facets={facets.data}
        window={window}
        onFiltersChange={(filters) => update((s) => ({ ...s, filters }), "push")}
        onWindowChange={(next) => setWindow(next, "push")}
      />
      <div className={`grid gap-3 ${paneOpen ? "lg:grid-cols-[minmax(0,1fr)_minmax(22rem,30rem)]" : ""}`}>
        <section aria-label="الأحداث" className="flex min-w-0 flex-col gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <ViewSwitch view={state.view} onChange={(view) => update((s) => ({ ...s, view }), "push")} />
            <p aria-live="polite" className="text-sm text-muted">
              {events.isError ? (
                <span role="alert">تعذّر تحميل الأحداث. حاول مرة أخرى بعد قليل.</span>
              ) : (
                <>
                  {countEvents(data.total)} في هذه الفترة
                  {data.truncated && `، يُعرض توزيعها؛ كبّر لرؤية الأحداث نفسها`}
                  {events.isFetching && " · جارٍ التحديث…"}
                </>
              )}
            </p>
          </div>
          <div ref={viewRef}>
            {state.view === "timeline" ? (
              <div className="h-[24rem] sm:h-[30rem]">
                <Timeline
                  data={data}
                  window={window}
                  selectedId={state.event}
                  onWindowChange={(next) => setWindow(next, "replace")}
                  onOpen={openEvent}
                  onFit={fitAll}
                  lanes={state.lanes}
                  countryNames={countryNames}
                  onLanesChange={(lanes) => update((s) => ({ ...s, lanes }), "push")}
                />
              </div>
            ) : data.truncated ? (
              // A window too full to list comes as counts per period only (see /api/events).
              <p className="p-4 text-muted">{countEvents(data.total)} في هذه الفترة، أكثر مما تتسع له القائمة؛ ضيّق الفترة أو عوامل التصفية لرؤيتها.</p>
            ) : (
              data.truncated && data.buckets ? (
                <BucketList buckets={data.buckets} onWindowChange={(next) => setWindow(next, "push")} />
              ) : (
                <EventList events={data.events} selectedId={state.event} onOpen={openEvent} />
              )
            )}
          </div>
        </section>
        {paneOpen && <ArticlePane eventId={state.event} articleId={state.article} onClose={closePane} onOpenArticle={openArticle} />}
      </div>
    </div>
  );
}
