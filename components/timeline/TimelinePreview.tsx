// What the timeline shows before vis-timeline has loaded: the first window's events (or its
// buckets), placed by date right to left and stacked in rows, drawn by the server into the first
// HTML so a reader sees events at first paint rather than after ~150 KB of script. vis-timeline
// replaces it when ready; until then it is hidden from assistive technology (the list view and
// the real timeline carry the accessible events).
import type { EventWindowResponse } from "@/lib/api/contract";
import { addDays, windowDays, type DayWindow } from "@/lib/dashboard/window";
import { formatEventDate } from "@/lib/format/dates";
import { countEvents } from "@/lib/format/labels";
import { isSpan } from "@/components/timeline/items";

/** A box's share of the timeline's width, for stacking: wide enough for a title on a laptop. */
const BOX_SHARE = 0.22;
const MAX_ROWS = 8;

/** Position of a day's start in the window, 0 (first day) to 1 (after the last), outside that
    range for days outside the window; by calendar math alone, so the server and the browser agree
    whatever their time zones. */
function position(window: DayWindow, iso: string): number {
  return (windowDays({ from: window.from, to: iso }) - 1) / windowDays(window);
}

const clamp = (share: number) => Math.min(1, Math.max(0, share));

function percent(share: number): string {
  return `${(share * 100).toFixed(3)}%`;
}

/** Greedy rows: each box goes to the first row whose last box ends before it starts. */
function stack<T extends { at: number }>(boxes: T[]): (T & { row: number })[] {
  const rowEnds: number[] = [];
  const placed: (T & { row: number })[] = [];
  for (const box of [...boxes].sort((a, b) => a.at - b.at)) {
    if (box.at < 0 || box.at > 1) continue; // a span reaching in from outside: only its band shows
    const left = box.at - BOX_SHARE / 2;
    let row = rowEnds.findIndex((end) => end <= left);
    if (row === -1) row = rowEnds.length;
    if (row >= MAX_ROWS) continue;
    rowEnds[row] = box.at + BOX_SHARE / 2;
    placed.push({ ...box, row });
  }
  return placed;
}

export function TimelinePreview({ data, window }: { data: EventWindowResponse; window: DayWindow }) {
  if (data.truncated && data.buckets) {
    return (
      <div className="sijill-preview" aria-hidden="true">
        {data.buckets.map((bucket) => {
          const start = clamp(position(window, bucket.start));
          const end = clamp(position(window, addDays(bucket.end, 1)));
          return (
            <div key={bucket.start} className="sijill-preview-bucket" style={{ right: percent(start), width: percent(Math.max(end - start, 0.004)) }}>
              {countEvents(bucket.count)}
            </div>
          );
        })}
      </div>
    );
  }
  const placed = data.events.map((event) => {
    const start = position(window, event.start);
    const end = position(window, addDays(event.end, 1));
    return { event, start: clamp(start), end: clamp(end), at: isSpan(event) ? (start + end) / 2 : start };
  });
  const boxes = stack(placed);
  return (
    <div className="sijill-preview" aria-hidden="true">
      {placed
        .filter(({ event }) => isSpan(event))
        .map(({ event, start, end }) => (
          <div
            key={`span:${event.id}`}
            className={`sijill-preview-span${event.certainty === "inferred" ? " is-inferred" : ""}`}
            style={{ right: percent(start), width: percent(end - start) }}
          />
        ))}
      {boxes.map(({ event, at, row }) => (
        <div
          key={event.id}
          className={`sijill-preview-event${event.certainty === "inferred" ? " is-inferred" : ""}`}
          style={{ right: percent(at), top: `calc(2.5rem + ${row} * 3.75rem)` }}
        >
          <span className="sijill-event-title">{event.title}</span>
          <span className="sijill-event-date">{formatEventDate(event)}</span>
        </div>
      ))}
    </div>
  );
}
