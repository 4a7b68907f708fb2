// Events and buckets as vis-timeline items. Every event is a box holding its label; an event wider
// than a day (a month, a year, a range of days) also gets a band covering its whole span, behind
// the boxes. (A vis "range" item would squeeze its label into the span's width, which at most zoom
// levels is a few pixels.) Dates are local midnights: vis works in local time.
// With lanes by country, an event is drawn once in the lane of each country it involves (an event
// with none goes to a last lane of its own), so each lane reads as that country's timeline.
import type { EventBucket, EventSummary, EventWindowResponse } from "@/lib/api/contract";
import { addDays, localDate } from "@/lib/dashboard/window";

export interface EventItem {
  /** The event's id, or `id@CC` for its copy in country CC's lane. */
  id: number | string;
  group?: string;
  kind: "event";
  event: EventSummary;
  start: Date;
  type: "box";
  className: string;
  content: string;
}

export interface SpanItem {
  id: string;
  group?: string;
  kind: "span";
  start: Date;
  end: Date;
  type: "background";
  className: string;
  content: string;
}

export interface BucketItem {
  id: string;
  kind: "bucket";
  bucket: EventBucket;
  start: Date;
  end: Date;
  type: "range";
  className: string;
  content: string;
  selectable: false;
}

export type TimelineItem = EventItem | SpanItem | BucketItem;

export function isSpan(event: EventSummary): boolean {
  return event.start !== event.end;
}

/** The lane of events that involve no country. */
export const NO_COUNTRY = "none";

export interface Lane {
  id: string;
  content: string;
  order: number;
}

/** Lanes are drawn only for events, not for a window's per-period counts. */
export function drawsLanes(response: EventWindowResponse, lanes: boolean): boolean {
  return lanes && !(response.truncated && response.buckets);
}

function lanesOf(event: EventSummary): string[] {
  return event.countries.length ? event.countries : [NO_COUNTRY];
}

export function timelineItems(response: EventWindowResponse, lanes = false): TimelineItem[] {
  if (response.truncated && response.buckets) return response.buckets.map(bucketItem);
  return response.events.flatMap((event) =>
    (lanes ? lanesOf(event) : [undefined]).flatMap((group) =>
      isSpan(event) ? [spanItem(event, group), eventItem(event, group)] : [eventItem(event, group)],
    ),
  );
}

/** One lane per country in the window, the busiest first; events with no country last. */
export function countryLanes(events: EventSummary[], arabicNames: ReadonlyMap<string, string>): Lane[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const code of lanesOf(event)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const name = (code: string) => (code === NO_COUNTRY ? "دون دولة" : (arabicNames.get(code) ?? code));
  return [...counts]
    .sort(([a, countA], [b, countB]) => Number(a === NO_COUNTRY) - Number(b === NO_COUNTRY) || countB - countA || name(a).localeCompare(name(b), "ar"))
    .map(([code], order) => ({ id: code, content: name(code), order }));
}

/** The middle of an event's span, where its box sits. */
function middleOf(event: EventSummary): Date {
  const start = localDate(event.start).getTime();
  const end = localDate(addDays(event.end, 1)).getTime();
  return isSpan(event) ? new Date((start + end) / 2) : new Date(start);
}

function spanItem(event: EventSummary, group?: string): SpanItem {
  return {
    id: group ? `span:${event.id}@${group}` : `span:${event.id}`,
    group,
    kind: "span",
    start: localDate(event.start),
    end: localDate(addDays(event.end, 1)),
    type: "background",
    className: `sijill-span${event.certainty === "inferred" ? " is-inferred" : ""}`,
    content: "",
  };
}

function eventItem(event: EventSummary, group?: string): EventItem {
  const classes = ["sijill-event", `precision-${event.precision}`];
  if (isSpan(event)) classes.push("has-span");
  if (event.certainty === "inferred") classes.push("is-inferred");
  return {
    id: group ? `${event.id}@${group}` : event.id,
    group,
    kind: "event",
    event,
    start: middleOf(event),
    type: "box",
    className: classes.join(" "),
    content: event.title, // replaced by the template; kept for vis's own measurements
  };
}

function bucketItem(bucket: EventBucket): BucketItem {
  return {
    id: `bucket:${bucket.start}`,
    kind: "bucket",
    bucket,
    start: localDate(bucket.start),
    end: localDate(addDays(bucket.end, 1)),
    type: "range",
    className: "sijill-bucket",
    content: String(bucket.count),
    selectable: false,
  };
}
