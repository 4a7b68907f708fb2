// How the specs drive the dashboard: through its accessibility contract (names, roles), never ids.
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import type { EventDetail, EventSummary, EventWindowResponse } from "@/lib/api/contract";

export const EVERYTHING = { from: "2000-01-01", to: "2030-12-31" };

export function timeline(page: Page): Locator {
  return page.getByRole("group", { name: "تسلسل الأحداث" });
}

export function eventList(page: Page): Locator {
  return page.getByRole("list", { name: "قائمة الأحداث" });
}

/** The timeline's focusable event labels (vis-timeline draws them only once it has loaded). */
export async function timelineEvents(page: Page): Promise<Locator> {
  const events = timeline(page).locator("[data-event-id]");
  await expect(events.first()).toBeVisible();
  return events;
}

export function articlePane(page: Page): Locator {
  return page.locator("section[aria-labelledby]").filter({ has: page.getByRole("heading", { level: 3 }) });
}

export function urlWindow(page: Page): { from: string | null; to: string | null } {
  const url = new URL(page.url());
  return { from: url.searchParams.get("from"), to: url.searchParams.get("to") };
}

export function days(window: { from: string | null; to: string | null }): number {
  return (Date.parse(window.to!) - Date.parse(window.from!)) / 86_400_000 + 1;
}

/** Every seeded event, from the API (the ingestion decides ids and titles; specs find by meaning). */
export async function allEvents(request: APIRequestContext): Promise<EventSummary[]> {
  const response = await request.get(`/api/events?from=${EVERYTHING.from}&to=${EVERYTHING.to}`);
  return ((await response.json()) as EventWindowResponse).events;
}

export async function eventDetail(request: APIRequestContext, id: number): Promise<EventDetail> {
  return (await (await request.get(`/api/events/${id}`)).json()) as EventDetail;
}

/** The Lavrov–Choe talks in Moscow on 2024-01-16, which two articles report. */
export async function lavrovChoeTalks(request: APIRequestContext): Promise<EventSummary> {
  const events = await allEvents(request);
  const talks = events.find(
    (event) => event.start === "2024-01-16" && event.actors.some((actor) => actor.name === "Sergey Lavrov") && event.sourceCount === 2,
  );
  expect(talks, "the seed holds the Lavrov–Choe talks with two sources").toBeTruthy();
  return talks!;
}

/** An event's accessible name: it starts with the title, then the date ("title ، 16 يناير 2024"). */
export function named(title: string, date?: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(title)}\\s*،\\s*${date ? escape(date) : ""}`);
}

/** The accessible-name text of the events listed (title، date, then details). */
export function listedNames(page: Page): Promise<string[]> {
  return eventList(page)
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((button) => (button.textContent ?? "").replace(/\s+/g, " ").trim()));
}
