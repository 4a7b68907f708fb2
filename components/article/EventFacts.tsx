// What the event is, as the pane heads it: title, date with its precision and certainty (and the
// phrase it came from), actors, countries, place.
import type { EventDetail } from "@/lib/api/contract";
import { CERTAINTY_LABEL, PRECISION_LABEL, formatSpan } from "@/lib/format/dates";

export function EventFacts({ event }: { event: EventDetail }) {
  return (
    <div className="flex flex-col gap-2">
      <h2 className="text-base font-bold text-accent">{event.title}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">التاريخ</dt>
        <dd>
          <bdi>{formatSpan(event)}</bdi> <span className="text-muted">({PRECISION_LABEL[event.precision]})</span>
          {event.certainty === "inferred" ? (
            <span className="ms-2 inline-block rounded border border-dashed border-inferred px-1 text-xs leading-5 text-inferred">
              {CERTAINTY_LABEL.inferred}
            </span>
          ) : null}
          <div className="mt-1 text-xs text-muted">
            {CERTAINTY_LABEL[event.certainty]} من عبارة: «<bdi>{event.datePhrase}</bdi>»
          </div>
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt className="text-muted">الفاعلون</dt>
            <dd>{event.actors.map((actor) => actor.nameAr).join("، ")}</dd>
          </>
        )}
        {event.countryNames.length > 0 && (
          <>
            <dt className="text-muted">الدول</dt>
            <dd>{event.countryNames.map((country) => country.nameAr).join("، ")}</dd>
          </>
        )}
        {event.place && (
          <>
            <dt className="text-muted">المكان</dt>
            <dd>{event.place}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
