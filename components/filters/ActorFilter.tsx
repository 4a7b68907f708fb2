"use client";
// Actors: the most frequent under the filters are listed at once; typing searches every actor on
// the server, by any spelling, and the top ones that match locally show until its answer comes.
import { useMemo, useState } from "react";
import type { ActorFacet, EventFilters } from "@/lib/api/contract";
import { matchesTypedName } from "@/lib/client/actor-match";
import { useActorSearch } from "@/lib/client/queries";
import { MultiCombobox, type ComboOption } from "@/components/filters/MultiCombobox";

interface ActorFilterProps {
  facets: ActorFacet[];
  /** Whether the facets' counts are estimates. */
  approximate: boolean;
  filters: EventFilters;
  selected: number[];
  onChange: (ids: number[]) => void;
}

export function ActorFilter({ facets, approximate, filters, selected, onChange }: ActorFilterProps) {
  const [typed, setTyped] = useState("");
  const search = useActorSearch(typed, filters);
  const found = typed.trim() && search.data ? search.data : null;
  const stale = search.isPlaceholderData;
  const options = useMemo<ComboOption[]>(() => {
    const toOption = (actor: ActorFacet, estimated: boolean, matches: ComboOption["matches"]): ComboOption => ({
      value: String(actor.id),
      label: actor.nameAr,
      hint: actor.name !== actor.nameAr ? actor.name : undefined,
      count: actor.count,
      approximate: estimated,
      matches,
    });
    // The server already matched every spelling; the list it sends is shown as it is.
    // (An answer for earlier text, kept while the next comes, is narrowed here meanwhile.)
    if (found) return found.actors.map((actor) => toOption(actor, found.approximate, stale ? (text) => matchesTypedName(text, actor) : () => true));
    return facets.map((actor) => toOption(actor, approximate, (text) => matchesTypedName(text, actor)));
  }, [facets, approximate, found, stale]);
  const names = new Map([...facets, ...(found?.actors ?? [])].map((actor) => [String(actor.id), actor.nameAr]));
  return (
    <MultiCombobox
      label="الفاعل"
      placeholder="اكتب اسماً بأي تهجئة"
      options={options}
      selected={selected.map(String)}
      onChange={(values) => onChange(values.map(Number))}
      describe={(id) => names.get(id) ?? `#${id}`}
      onTypedChange={setTyped}
    />
  );
}
