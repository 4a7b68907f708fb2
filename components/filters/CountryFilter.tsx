"use client";
import { useMemo } from "react";
import type { CountryFacet } from "@/lib/api/contract";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import { MultiCombobox, type ComboOption } from "@/components/filters/MultiCombobox";

interface CountryFilterProps {
  facets: CountryFacet[];
  /** Whether the counts are estimates. */
  approximate: boolean;
  selected: string[];
  onChange: (codes: string[]) => void;
}

export function CountryFilter({ facets, approximate, selected, onChange }: CountryFilterProps) {
  const options = useMemo<ComboOption[]>(
    () =>
      facets.map((country) => {
        const keys = [normalizeArabic(country.nameAr), country.nameEn.toLowerCase(), country.code.toLowerCase()];
        return {
          value: country.code,
          label: country.nameAr,
          count: country.count,
          approximate,
          matches: (typed) => {
            const needle = normalizeArabic(typed);
            return !needle || keys.some((key) => key.includes(needle));
          },
        };
      }),
    [facets, approximate],
  );
  const names = new Map(facets.map((country) => [country.code, country.nameAr]));
  return (
    <MultiCombobox
      label="الدولة"
      placeholder="كل الدول"
      options={options}
      selected={selected}
      onChange={onChange}
      describe={(code) => names.get(code) ?? code}
    />
  );
}
