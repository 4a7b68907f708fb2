"use client";
// Every filter in one bar: country, actor (any spelling), the date window, full-text search, and
// one button that clears them all.
import type { EventFilters, FacetsResponse } from "@/lib/api/contract";
import type { DayWindow } from "@/lib/dashboard/window";
import { hasActiveFilters } from "@/lib/dashboard/url-state";
import { CountryFilter } from "@/components/filters/CountryFilter";
import { ActorFilter } from "@/components/filters/ActorFilter";
import { DateRangeFilter } from "@/components/filters/DateRangeFilter";
import { SearchFilter } from "@/components/filters/SearchFilter";

interface FilterBarProps {
  filters: EventFilters;
  facets: FacetsResponse | undefined;
  window: DayWindow;
  onFiltersChange: (filters: EventFilters) => void;
  onWindowChange: (window: DayWindow) => void;
}

export function FilterBar({ filters, facets, window, onFiltersChange, onWindowChange }: FilterBarProps) {
  return (
    <form
      role="search"
      aria-label="عوامل التصفية"
      onSubmit={(event) => event.preventDefault()}
      className="grid grid-cols-1 gap-3 rounded-lg border border-line bg-panel p-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_1fr_auto] lg:items-end"
    >
      <CountryFilter
        facets={facets?.countries ?? []}
        approximate={facets?.approximate ?? false}
        selected={filters.country}
        onChange={(country) => onFiltersChange({ ...filters, country })}
      />
      <ActorFilter
        facets={facets?.actors ?? []}
        approximate={facets?.approximate ?? false}
        filters={filters}
        selected={filters.actor}
        onChange={(actor) => onFiltersChange({ ...filters, actor })}
      />
      <DateRangeFilter window={window} onChange={onWindowChange} />
      <SearchFilter value={filters.q ?? ""} onChange={(q) => onFiltersChange({ ...filters, q: q || undefined })} />
      <button
        type="button"
        onClick={() => onFiltersChange({ country: [], actor: [], q: undefined })}
        disabled={!hasActiveFilters(filters)}
        className="rounded-md border border-line px-3 py-2 text-sm hover:border-accent disabled:opacity-60"
      >
        مسح عوامل التصفية
      </button>
    </form>
  );
}
