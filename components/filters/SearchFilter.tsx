"use client";
// Full-text بحث: typed text settles for a moment before it becomes a filter.
import { useEffect, useRef, useState } from "react";

interface SearchFilterProps {
  value: string;
  onChange: (q: string) => void;
}

const SETTLE_MS = 350;

export function SearchFilter({ value, onChange }: SearchFilterProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (draft.trim() === value.trim()) return;
    const timer = setTimeout(() => latest.current(draft.trim()), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      بحث
      <input
        type="search"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") latest.current(draft.trim());
        }}
        placeholder="كلمة في الحدث أو مصادره"
        className="rounded-md border border-line bg-panel px-2 py-1.5 text-sm font-normal"
      />
    </label>
  );
}
