// What one timeline item looks like inside vis-timeline's box: a focusable element whose
// accessible name is the event's title and date (vis's own item divs can't take focus).
import { formatEventDate } from "@/lib/format/dates";
import { countEvents } from "@/lib/format/labels";
import type { TimelineItem } from "@/components/timeline/items";

export function renderItemElement(item: TimelineItem): HTMLElement {
  const element = document.createElement("div");
  if (item.kind === "span") return element;
  if (item.kind === "bucket") {
    element.className = "sijill-bucket-label";
    element.textContent = countEvents(item.bucket.count);
    element.title = "كبّر لرؤية الأحداث";
    return element;
  }
  const { event } = item;
  element.className = "sijill-event-label";
  element.tabIndex = -1;
  element.setAttribute("role", "button");
  element.dataset.eventId = String(event.id);
  const title = document.createElement("span");
  title.className = "sijill-event-title";
  title.textContent = event.title;
  const date = document.createElement("span");
  date.className = "sijill-event-date";
  date.textContent = formatEventDate(event);
  // The accessible name comes from the content ("title، date"), not aria-label, so that label
  // lookups for the filters (من، إلى…) never land on an event whose title happens to contain them.
  element.append(title, visuallyHidden("، "), date);
  return element;
}

function visuallyHidden(text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "sr-only";
  span.textContent = text;
  return span;
}
