// Events and buckets as vis-timeline items. Every event is a box holding its label; an event wider
// than a day (a month, a year, a range of days) also gets a band covering its whole span, behind
// the boxes. (A vis "range" item would squeeze its label into the span's width, which at most zoom
// levels is a few pixels.) Dates are local midnights: vis works in local time.
import type { EventBucket, EventSummary, EventWindowResponse } from "@/lib/api/contract";
import { addDays, localDate } from "@/lib/dashboard/window";

export interface EventItem {
  id: number;
  kind: "event";
  event: EventSummary;
  start: Date;
  type: "box";
  className: string;
  content: string;
}

export interface SpanItem {
  id: string;
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

export function timelineItems(response: EventWindowResponse): TimelineItem[] {
  if (response.truncated && response.buckets) return response.buckets.map(bucketItem);
  return response.events.flatMap((event) => (isSpan(event) ? [spanItem(event), eventItem(event)] : [eventItem(event)]));
}

/** The middle of an event's span, where its box sits. */
function middleOf(event: EventSummary): Date {
  const start = localDate(event.start).getTime();
  const end = localDate(addDays(event.end, 1)).getTime();
  return isSpan(event) ? new Date((start + end) / 2) : new Date(start);
}

function spanItem(event: EventSummary): SpanItem {
  return {
    id: `span:${event.id}`,
    kind: "span",
    start: localDate(event.start),
    end: localDate(addDays(event.end, 1)),
    type: "background",
    className: `sijill-span${event.certainty === "inferred" ? " is-inferred" : ""}`,
    content: "",
  };
}

function eventItem(event: EventSummary): EventItem {
  const classes = ["sijill-event", `precision-${event.precision}`];
  if (isSpan(event)) classes.push("has-span");
  if (event.certainty === "inferred") classes.push("is-inferred");
  return {
    id: event.id,
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
