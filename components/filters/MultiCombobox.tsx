"use client";
// A multi-select with type-ahead (the ARIA combobox pattern): type to narrow the options, arrows
// to move, Enter to pick; picked values show as removable chips.
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from "react";

export interface ComboOption {
  value: string;
  label: string;
  /** Extra text after the label, e.g. the Latin spelling. */
  hint?: string;
  count: number;
  /** Whether the count is an estimate (shown with ≈). */
  approximate?: boolean;
  matches: (typed: string) => boolean;
}

interface MultiComboboxProps {
  label: string;
  placeholder: string;
  options: ComboOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Chip text for a selected value, even when it is not among the options any more. */
  describe: (value: string) => string;
  /** Told what is typed, for options found elsewhere (a server search). */
  onTypedChange?: (typed: string) => void;
}

export function MultiCombobox({ label, placeholder, options, selected, onChange, describe, onTypedChange }: MultiComboboxProps) {
  const id = useId();
  const [typed, setTypedState] = useState("");
  const setTyped = (value: string) => {
    setTypedState(value);
    onTypedChange?.(value);
  };
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => options.filter((option) => option.matches(typed)).slice(0, 50), [options, typed]);
  const activeIndex = Math.min(active, shown.length - 1);

  function toggle(value: string) {
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
    setTyped("");
    setActive(0);
    // Closed after a pick so the list doesn't cover the page; typing or ↓ opens it again.
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === "Enter" && open && shown[activeIndex]) {
      event.preventDefault();
      toggle(shown[activeIndex].value);
    } else if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === "Backspace" && typed === "" && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="relative flex min-w-0 flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-1 rounded-md border border-line bg-panel px-2 py-1 focus-within:border-accent">
        {selected.map((value) => (
          <Chip key={value} onRemove={() => toggle(value)} removeLabel={`إزالة ${describe(value)}`}>
            {describe(value)}
          </Chip>
        ))}
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={open && shown[activeIndex] ? optionId(activeIndex) : undefined}
          autoComplete="off"
          value={typed}
          placeholder={selected.length === 0 ? placeholder : ""}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={handleKeyDown}
          className="min-w-24 flex-1 bg-transparent py-1 outline-none placeholder:text-muted"
        />
      </div>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label="الاقتراحات"
        aria-multiselectable="true"
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-line bg-panel py-1 shadow-lg"
      >
        {shown.length === 0 && <li className="px-3 py-2 text-sm text-muted">لا نتائج</li>}
        {shown.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            role="option"
            aria-selected={selected.includes(option.value)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => toggle(option.value)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm aria-selected:font-semibold ${
              index === activeIndex ? "bg-surface" : ""
            }`}
          >
            <span>
              {selected.includes(option.value) && <span aria-hidden="true">✓ </span>}
              {option.label}
              {option.hint && <bdi className="ms-2 text-xs text-muted">{option.hint}</bdi>}
            </span>
            <span className="text-xs text-muted">
              {option.approximate && <abbr title="تقدير">≈</abbr>}
              {option.count}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Chip({ children, onRemove, removeLabel }: { children: ReactNode; onRemove: () => void; removeLabel: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-surface px-2 py-0.5 text-sm">
      <bdi>{children}</bdi>
      <button type="button" onClick={onRemove} aria-label={removeLabel} className="rounded-full px-1 text-muted hover:text-ink">
        ×
      </button>
    </span>
  );
}
