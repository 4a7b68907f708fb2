"use client";
import type { DashboardView } from "@/lib/dashboard/url-state";

const VIEWS: { view: DashboardView; label: string }[] = [
  { view: "timeline", label: "الخط الزمني" },
  { view: "list", label: "قائمة" },
];

export function ViewSwitch({ view, onChange }: { view: DashboardView; onChange: (view: DashboardView) => void }) {
  return (
    <div role="group" aria-label="طريقة العرض" className="inline-flex rounded-md border border-line p-0.5">
      {VIEWS.map((option) => (
        <button
          key={option.view}
          type="button"
          aria-pressed={view === option.view}
          onClick={() => onChange(option.view)}
          className="rounded px-3 py-1 text-sm aria-pressed:bg-accent aria-pressed:text-accent-ink"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
