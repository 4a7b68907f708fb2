// The visible window: whole calendar days [from, to], inclusive, as YYYY-MM-DD.
export interface DayWindow {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function toUtcMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Days covered by the window, counting both ends. */
export function windowDays({ from, to }: DayWindow): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS) + 1;
}

/** The windows of the same width just before and just after this one (what panning reaches next). */
export function neighbourWindows(window: DayWindow): [DayWindow, DayWindow] {
  const width = windowDays(window);
  return [
    { from: addDays(window.from, -width), to: addDays(window.from, -1) },
    { from: addDays(window.to, 1), to: addDays(window.to, width) },
  ];
}

/** A window around a span with a margin on each side, so its edges aren't glued to the frame. */
export function windowAround(start: string, end: string, marginRatio = 0.1, minDays = 30): DayWindow {
  const days = Math.max(windowDays({ from: start, to: end }), minDays);
  const margin = Math.ceil(days * marginRatio);
  const pad = Math.max(0, Math.ceil((minDays - windowDays({ from: start, to: end })) / 2));
  return { from: addDays(start, -margin - pad), to: addDays(end, margin + pad) };
}

/** Local midnight of a calendar day, for the timeline (vis-timeline works in local time). */
export function localDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d);
}

/** The calendar day a local Date falls on. */
export function isoDayOf(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** The window a timeline range [start, end) shows, in whole days. */
export function windowOfRange(start: Date, end: Date): DayWindow {
  const from = isoDayOf(start);
  const lastMoment = new Date(end.getTime() - 1);
  const to = isoDayOf(lastMoment);
  return { from, to: to < from ? from : to };
}

/** The timeline range [start, end) that shows exactly this window. */
export function rangeOfWindow({ from, to }: DayWindow): { start: Date; end: Date } {
  return { start: localDate(from), end: localDate(addDays(to, 1)) };
}

/** What the page shows when the URL has no window: every filtered event, or the past year if none. */
export function defaultWindow(extent: { start: string; end: string } | null | undefined, today = new Date()): DayWindow {
  if (extent) return windowAround(extent.start, extent.end);
  const to = isoDayOf(today);
  return { from: addDays(to, -365), to };
}
