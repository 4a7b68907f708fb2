"use client";
// من / إلى: the visible window as dates. Edits commit when both ends make a valid window.
import { useState } from "react";
import type { DayWindow } from "@/lib/dashboard/window";

interface DateRangeFilterProps {
  window: DayWindow;
  onChange: (window: DayWindow) => void;
}

const inputClass = "rounded-md border border-line bg-panel px-2 py-1.5 text-sm";

export function DateRangeFilter({ window, onChange }: DateRangeFilterProps) {
  const [draft, setDraft] = useState(window);
  const [shown, setShown] = useState(window);
  // The window moved elsewhere (panning, back/forward): show it.
  if (shown.from !== window.from || shown.to !== window.to) {
    setShown(window);
    setDraft(window);
  }

  function edit(next: DayWindow) {
    setDraft(next);
    if (next.from && next.to && next.from <= next.to) onChange(next);
  }

  return (
    <fieldset className="flex flex-wrap items-end gap-2">
      <legend className="sr-only">الفترة</legend>
      <label className="flex flex-col gap-1 text-sm font-medium">
        من
        <input type="date" className={inputClass} value={draft.from} max={draft.to} onChange={(e) => edit({ ...draft, from: e.target.value })} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        إلى
        <input type="date" className={inputClass} value={draft.to} min={draft.from} onChange={(e) => edit({ ...draft, to: e.target.value })} />
      </label>
    </fieldset>
  );
}
