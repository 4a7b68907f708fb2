"use client";
// The same filtered events as a list in date order: the accessible, keyboard-first view.
import { useRef, type KeyboardEvent } from "react";
import type { EventSummary } from "@/lib/api/contract";
import { CERTAINTY_LABEL, formatEventDate, formatSpan } from "@/lib/format/dates";
import { eventElement, neighbourEventId } from "@/components/events/keyboard";

interface EventListProps {
  events: EventSummary[];
  selectedId: number | null;
  onOpen: (id: number) => void;
}

export function EventList({ events, selectedId, onOpen }: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusId = events.some((event) => event.id === selectedId) ? selectedId : (events[0]?.id ?? null);

  function handleKeyDown(keyEvent: KeyboardEvent<HTMLOListElement>) {
    const target = (keyEvent.target as HTMLElement).closest<HTMLElement>("[data-event-id]");
    const list = listRef.current;
    if (!target || !list) return;
    const nextId = neighbourEventId(events.map((e) => e.id), Number(target.dataset.eventId), keyEvent.key, () => true);
    if (nextId === null) return;
    keyEvent.preventDefault();
    list.querySelectorAll<HTMLElement>("[data-event-id]").forEach((element) => (element.tabIndex = -1));
    const next = eventElement(list, nextId);
    if (next) {
      next.tabIndex = 0;
      next.focus();
    }
  }

  if (events.length === 0) return <p className="p-4 text-muted">لا أحداث في هذه الفترة تحت عوامل التصفية الحالية.</p>;

  return (
    <ol ref={listRef} aria-label="قائمة الأحداث" onKeyDown={handleKeyDown} className="divide-y divide-line rounded-lg border border-line bg-panel">
      {events.map((event) => (
        <li key={event.id}>
          <button
            type="button"
            data-event-id={event.id}
            tabIndex={event.id === focusId ? 0 : -1}
            aria-current={event.id === selectedId ? "true" : undefined}
            onClick={() => onOpen(event.id)}
            className="flex w-full flex-col items-start gap-1 px-4 py-3 text-start hover:bg-surface focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent aria-[current=true]:bg-surface"
          >
            {/* The name is the content: "title، date (مستنتج)", then the details. */}
            <span className="font-semibold">{event.title}</span>
            <span className="sr-only">، {formatEventDate(event)}</span>
            <span className="text-sm text-muted">
              <bdi aria-hidden="true">{formatSpan(event)}</bdi>
              {event.place && <> · {event.place}</>}
              {event.certainty === "inferred" && (
                <span aria-hidden="true" className="ms-2 rounded border border-dashed border-inferred px-1 text-xs text-inferred">
                  {CERTAINTY_LABEL.inferred}
                </span>
              )}
            </span>
            {event.actors.length > 0 && (
              <span className="text-xs text-muted">{event.actors.map((actor) => actor.nameAr).join("، ")}</span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
