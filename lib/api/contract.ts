// The HTTP API's inputs (zod, validated at the route) and outputs (types the client hooks share).
import { z } from "zod";
import type { DateCertainty, DatePrecision } from "@/lib/generated/prisma/enums";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "is not a calendar date");

/** `country=RU&country=KP` or `country=RU,KP`. */
const countryList = z
  .array(z.string())
  .transform((values) => values.flatMap((value) => value.split(",")).filter(Boolean).map((code) => code.toUpperCase()))
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, "must be ISO 3166 two-letter codes")).max(50));

const actorList = z
  .array(z.string())
  .transform((values) => values.flatMap((value) => value.split(",")).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d+$/, "must be actor ids").transform(Number)).max(50));

export const MAX_EVENTS_PER_WINDOW = 500;

export const eventFiltersSchema = z.object({
  country: countryList.default([]),
  actor: actorList.default([]),
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
});

export const eventWindowQuerySchema = eventFiltersSchema
  .extend({
    from: isoDay,
    to: isoDay,
    limit: z.coerce.number().int().min(1).max(MAX_EVENTS_PER_WINDOW).default(MAX_EVENTS_PER_WINDOW),
  })
  .refine((query) => query.from <= query.to, { message: "from must not be after to", path: ["from"] });

export const facetsQuerySchema = eventFiltersSchema.extend({ from: isoDay.optional(), to: isoDay.optional() });

/** How many actors the facet lists (the most frequent under the filters); type-ahead finds the rest. */
export const TOP_ACTORS = 100;
export const MAX_ACTOR_MATCHES = 20;

/** Actor type-ahead: `name` is matched against every known spelling, counts are under the filters. */
export const actorSearchQuerySchema = facetsQuerySchema.extend({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  limit: z.coerce.number().int().min(1).max(MAX_ACTOR_MATCHES).default(MAX_ACTOR_MATCHES),
});

export const idParamSchema = z.coerce
  .number({ error: "must be a positive integer id" })
  .int("must be a positive integer id")
  .positive("must be a positive integer id");

export type EventFilters = z.infer<typeof eventFiltersSchema>;
export type EventWindowQuery = z.infer<typeof eventWindowQuerySchema>;
export type FacetsQuery = z.infer<typeof facetsQuerySchema>;
export type ActorSearchQuery = z.infer<typeof actorSearchQuerySchema>;

// Stored shapes come from the Prisma schema: one definition each.
export type { DatePrecision, DateCertainty };

export interface ActorSummary {
  id: number;
  name: string;
  nameAr: string;
  countryCode: string | null;
}

export interface EventSummary {
  id: number;
  title: string;
  /** First and last day covered, YYYY-MM-DD (a month-precision event covers its whole month). */
  start: string;
  end: string;
  hasEnd: boolean;
  precision: DatePrecision;
  certainty: DateCertainty;
  datePhrase: string;
  place: string | null;
  countries: string[];
  actors: ActorSummary[];
  sourceCount: number;
}

/** Events per time bucket (counted where they enter the window), sent instead of the events when a window holds too many to draw. */
export interface EventBucket {
  start: string;
  end: string;
  count: number;
}

export interface EventWindowResponse {
  from: string;
  to: string;
  /** Events in the window under the filters. */
  total: number;
  /** True when the window holds more than `limit` events: `buckets` stand for them, `events` is empty. */
  truncated: boolean;
  /** Every event of the window, in date order, when they fit (not truncated). */
  events: EventSummary[];
  /** Per-bucket counts adding up to `total` when truncated, else null. */
  buckets: EventBucket[] | null;
}

export interface ArticleRef {
  id: number;
  title: string;
  outlet: string | null;
  publishedOn: string | null;
  publishedPrecision: DatePrecision | null;
  publishedCertainty: DateCertainty;
}

export interface EventSourceDetail {
  article: ArticleRef & { parent: { id: number; title: string } | null };
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface EventDetail extends EventSummary {
  summary: string;
  countryNames: { code: string; nameAr: string; nameEn: string }[];
  sources: EventSourceDetail[];
}

export interface ArticleDetail extends ArticleRef {
  agency: string | null;
  url: string | null;
  body: string;
  keywords: string[];
  publishedPhrase: string | null;
  parent: { id: number; title: string } | null;
  embedded: { id: number; title: string }[];
}

export interface CountryFacet {
  code: string;
  nameAr: string;
  nameEn: string;
  count: number;
}

export interface ActorFacet extends ActorSummary {
  count: number;
}

export interface FacetsResponse {
  countries: CountryFacet[];
  /** The TOP_ACTORS most frequent actors under the filters, then any selected ones not among them. */
  actors: ActorFacet[];
  /** How many actors have events under the filters (estimated when `approximate`). */
  actorTotal: number;
  /**
   * True when the filters match too many events to count them all at once: the counts are then
   * estimated from a sample of the archive (shown with ≈).
   */
  approximate: boolean;
  /** First and last day covered by the events under the filters (what "show all" fits), null if none. */
  extent?: { start: string; end: string } | null;
}

export interface ActorSearchResponse {
  /** Actors whose name or any spelling contains the typed text, most events first. */
  actors: ActorFacet[];
  /** True when some counts are estimated (see FacetsResponse.approximate). */
  approximate: boolean;
}

export interface ApiError {
  error: { code: string; message: string };
}
