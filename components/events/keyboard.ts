// Arrow keys move between events in date order, whether they are timeline items or list rows.
// In a right-to-left timeline the past is on the right, so ArrowRight goes back in time.

/** The event id an arrow key leads to from `current`, among ids in date order that are on screen. */
export function neighbourEventId(
  orderedIds: number[],
  current: number,
  key: string,
  onScreen: (id: number) => boolean,
): number | null {
  const step = key === "ArrowLeft" || key === "ArrowDown" ? 1 : key === "ArrowRight" || key === "ArrowUp" ? -1 : 0;
  if (step === 0) return null;
  for (let index = orderedIds.indexOf(current) + step; index >= 0 && index < orderedIds.length; index += step) {
    if (onScreen(orderedIds[index])) return orderedIds[index];
  }
  return null;
}

export function eventElement(container: ParentNode, id: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-event-id="${id}"]`);
}

/** Roving tabindex: exactly one event in the container is in the tab order. */
export function setRovingFocus(container: ParentNode, id: number | null) {
  const elements = container.querySelectorAll<HTMLElement>("[data-event-id]");
  // The first element of the event (in lanes by country an event can be drawn more than once).
  const active = (id !== null && eventElement(container, id)) || elements[0];
  elements.forEach((element) => {
    element.tabIndex = element === active ? 0 : -1;
  });
}
