"use client";
// The timeline itself: vis-timeline, loaded only in the browser after first paint, right-to-left
// (the past on the right), with Arabic axis labels. The visible window is the URL's: panning and
// zooming report a new window (debounced), and a new window from the URL moves the timeline.
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./timeline.css";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { DataSet } from "vis-data";
import type { Timeline as VisTimeline, TimelineOptions } from "vis-timeline";
import type { EventWindowResponse } from "@/lib/api/contract";
import { formatAxisLabel } from "@/lib/format/dates";
import { rangeOfWindow, windowOfRange, type DayWindow } from "@/lib/dashboard/window";
import { countryLanes, drawsLanes, timelineItems, type Lane, type TimelineItem } from "@/components/timeline/items";
import { renderItemElement } from "@/components/timeline/item-element";
import { eventElement, neighbourEventId, setRovingFocus } from "@/components/events/keyboard";
import { ZoomControls } from "@/components/timeline/ZoomControls";
import { loadVis } from "@/components/timeline/load-vis";
import { TimelinePreview } from "@/components/timeline/TimelinePreview";

// Fetch vis-timeline as soon as this module runs in the browser, not after hydration.
if (typeof document !== "undefined") loadVis().catch(() => {});

const DAY = 86_400_000;
const WINDOW_DEBOUNCE_MS = 250;

interface TimelineProps {
  data: EventWindowResponse;
  window: DayWindow;
  selectedId: number | null;
  onWindowChange: (window: DayWindow) => void;
  onOpen: (id: number) => void;
  onFit: () => void;
  /** One lane per country, labelled with these Arabic names. */
  lanes: boolean;
  countryNames: ReadonlyMap<string, string>;
  onLanesChange: (lanes: boolean) => void;
}

function sameWindow(a: DayWindow, b: DayWindow) {
  return a.from === b.from && a.to === b.to;
}

function sameItem(a: TimelineItem | null, b: TimelineItem): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

const baseOptions: TimelineOptions = {
  rtl: true,
  stack: true,
  height: "100%",
  zoomMin: 3 * DAY,
  zoomMax: 150 * 365 * DAY,
  showCurrentTime: false,
  selectable: true,
  multiselect: false,
  verticalScroll: true,
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
  orientation: { axis: "top", item: "top" },
  format: {
    minorLabels: (date, scale) => formatAxisLabel(new Date(date.valueOf()), scale, "minor"),
    majorLabels: (date, scale) => formatAxisLabel(new Date(date.valueOf()), scale, "major"),
  },
  template: (item: TimelineItem) => renderItemElement(item),
};

export function Timeline({ data, window, selectedId, onWindowChange, onOpen, onFit, lanes, countryNames, onLanesChange }: TimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const itemsRef = useRef<DataSet<TimelineItem, "id"> | null>(null);
  const groupsRef = useRef<DataSet<Lane, "id"> | null>(null);
  const [ready, setReady] = useState(false);
  // Latest props for vis callbacks, which are registered once.
  const latest = useRef({ window, onWindowChange, onOpen, data });
  useEffect(() => {
    latest.current = { window, onWindowChange, onOpen, data };
  });

  useEffect(() => {
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timeline: VisTimeline | null = null;
    void loadVis().then(({ Timeline: VisTimelineClass, DataSet: VisDataSet }) => {
      if (disposed || !containerRef.current) return;
      const items = new VisDataSet<TimelineItem, "id">();
      groupsRef.current = new VisDataSet<Lane, "id">();
      const { start, end } = rangeOfWindow(latest.current.window);
      timeline = new VisTimelineClass(containerRef.current, items as never, { ...baseOptions, start, end });
      timeline.on("rangechanged", ({ start: from, end: to }: { start: Date; end: Date }) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const next = windowOfRange(new Date(from), new Date(to));
          if (!sameWindow(next, latest.current.window)) latest.current.onWindowChange(next);
        }, WINDOW_DEBOUNCE_MS);
      });
      timeline.on("click", ({ item }: { item: number | string | null }) => {
        const clicked = item === null ? null : items.get(item);
        if (clicked?.kind === "event") latest.current.onOpen(clicked.event.id);
        if (clicked?.kind === "bucket") timeline?.setWindow(clicked.start, clicked.end);
      });
      timelineRef.current = timeline;
      itemsRef.current = items;
      setReady(true);
    });
    return () => {
      disposed = true;
      clearTimeout(timer);
      timeline?.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
    };
  }, []);

  // New data: replace what changed, drop what left the window. Lanes first, so no item waits for
  // a lane that isn't there yet.
  const showLanes = drawsLanes(data, lanes);
  useEffect(() => {
    const items = itemsRef.current;
    const groups = groupsRef.current;
    if (!ready || !items || !groups || !timelineRef.current) return;
    if (showLanes) {
      const next = countryLanes(data.events, countryNames);
      groups.remove(groups.getIds().filter((id) => !next.some((lane) => lane.id === id)));
      groups.update(next);
      timelineRef.current.setGroups(groups as never);
    } else {
      timelineRef.current.setGroups(undefined);
    }
    const next = timelineItems(data, showLanes);
    const keep = new Set(next.map((item) => item.id));
    items.remove(items.getIds().filter((id: TimelineItem["id"]) => !keep.has(id)));
    // Only what changed: vis redraws an updated item's content from the template, which replaces
    // its element, and would take the keyboard focus away from an event that did not change.
    items.update(next.filter((item) => !sameItem(items.get(item.id), item)));
    if (containerRef.current) setRovingFocus(containerRef.current, selectedId);
  }, [ready, data, selectedId, showLanes, countryNames]);

  // A window from the URL (back/forward, the date inputs, "show all") moves the timeline.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!ready || !timeline) return;
    const shown = timeline.getWindow();
    if (!sameWindow(windowOfRange(shown.start, shown.end), window)) {
      const { start, end } = rangeOfWindow(window);
      timeline.setWindow(start, end, { animation: false });
    }
  }, [ready, window]);

  // In lanes, an event is selected in every lane it is drawn in.
  useEffect(() => {
    const selected = itemsRef.current?.getIds({ filter: (item) => item.kind === "event" && item.event.id === selectedId }) ?? [];
    timelineRef.current?.setSelection(selected);
  }, [ready, selectedId, data, showLanes]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-event-id]");
    const container = containerRef.current;
    if (!target || !container) return;
    const id = Number(target.dataset.eventId);
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(id);
      return;
    }
    const orderedIds = data.events.map((e) => e.id);
    const nextId = neighbourEventId(orderedIds, id, event.key, (candidate) => eventElement(container, candidate) !== null);
    if (nextId !== null) {
      event.preventDefault();
      setRovingFocus(container, nextId);
      eventElement(container, nextId)?.focus();
    }
  }

  return (
    <div className="flex h-full flex-col gap-2">
      <ZoomControls
        disabled={!ready}
        onZoomIn={() => timelineRef.current?.zoomIn(0.5)}
        onZoomOut={() => timelineRef.current?.zoomOut(0.5)}
        onFit={onFit}
        lanes={lanes}
        onLanesChange={onLanesChange}
      />
      <div
        ref={containerRef}
        role="group"
        aria-label="تسلسل الأحداث"
        aria-describedby="timeline-help"
        onKeyDown={handleKeyDown}
        className="sijill-timeline relative min-h-72 flex-1 overflow-hidden rounded-lg border border-line bg-panel"
      >
        {!ready && <TimelinePreview data={data} window={window} />}
      </div>
      <p id="timeline-help" className="text-xs text-muted">
        اسحب للتنقل، واستخدم عجلة الفأرة أو القرص بإصبعين للتكبير. الأسهم تنتقل بين الأحداث، وEnter يفتح الحدث.
      </p>
    </div>
  );
}
