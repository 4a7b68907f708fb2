"use client";
import { useMemo } from "react";
import type { ActorFacet } from "@/lib/api/contract";
import { matchesTypedName } from "@/lib/client/actor-match";
import { MultiCombobox, type ComboOption } from "@/components/filters/MultiCombobox";

interface ActorFilterProps {
  facets: ActorFacet[];
  selected: number[];
  onChange: (ids: number[]) => void;
}

export function ActorFilter({ facets, selected, onChange }: ActorFilterProps) {
  const options = useMemo<ComboOption[]>(
    () =>
      facets.map((actor) => ({
        value: String(actor.id),
        label: actor.nameAr,
        hint: actor.name !== actor.nameAr ? actor.name : undefined,
        count: actor.count,
        matches: (typed) => matchesTypedName(typed, actor),
      })),
    [facets],
  );
  const names = new Map(facets.map((actor) => [String(actor.id), actor.nameAr]));
  return (
    <MultiCombobox
      label="الفاعل"
      placeholder="اكتب اسماً بأي تهجئة"
      options={options}
      selected={selected.map(String)}
      onChange={(values) => onChange(values.map(Number))}
      describe={(id) => names.get(id) ?? `#${id}`}
    />
  );
}
