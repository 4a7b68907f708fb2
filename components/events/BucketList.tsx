"use client";
// The list view of a window too full to list: its periods with their counts, each a button that
// narrows the window to that period, as clicking a count on the timeline does.
import type { EventBucket } from "@/lib/api/contract";
import type { DayWindow } from "@/lib/dashboard/window";
import { formatSpan } from "@/lib/format/dates";
import { countEvents } from "@/lib/format/labels";

export function BucketList({ buckets, onWindowChange }: { buckets: EventBucket[]; onWindowChange: (window: DayWindow) => void }) {
  const shown = buckets.filter((bucket) => bucket.count > 0);
  return (
    <div className="rounded-lg border border-line bg-panel">
      <p className="p-3 text-sm text-muted">أحداث هذه الفترة أكثر من أن تُسرد. اختر فترة أقصر:</p>
      <ol aria-label="توزيع الأحداث" className="divide-y divide-line border-t border-line">
        {shown.map((bucket) => (
          <li key={bucket.start}>
            <button
              type="button"
              onClick={() => onWindowChange({ from: bucket.start, to: bucket.end })}
              className="flex w-full justify-between gap-3 px-3 py-2 text-start hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
            >
              <span>{formatSpan({ start: bucket.start, end: bucket.end, hasEnd: true, precision: "day" })}</span>
              <span className="text-muted">{countEvents(bucket.count)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
