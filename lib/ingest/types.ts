// The shapes the ingestion pipeline hands on: parse → dates → entities → events → merge.
// Dates are ISO strings cut to their precision: "2024-01-16" (day), "2024-01" (month), "2024" (year).

import type { DatePrecision, DateCertainty as StoredCertainty } from "@/lib/generated/prisma/enums";

// Stored shapes are the Prisma schema's (prisma/schema.prisma): one definition each.
export type { DatePrecision };
/** How a date was obtained: read from the text, or worked out from it. */
export type DateCertainty = Exclude<StoredCertainty, "unknown">;
/** A publication date may also be unknown. */
export type PublishedCertainty = StoredCertainty;

export interface ResolvedDate {
  start: string;
  /** Last day/month/year of a range (`يومي 18 و19 أكتوبر`), null for a single date. */
  end: string | null;
  precision: DatePrecision;
  certainty: DateCertainty;
  /** The phrase in the text the date came from, exactly as written. */
  phrase: string;
  /**
   * What the phrase is: a calendar date written out ("16 يناير"), a phrase relative to the
   * publication date ("غدا الثلاثاء"), or no phrase at all (the lead of a dated report tells
   * that day's news). Breaks ties between merged sources; absent on dates read back from storage.
   */
  basis?: DateBasis;
}

export type DateBasis = "calendar" | "relative" | "publication";

export interface ParsedArticle {
  /** File the article came from (base name). */
  file: string;
  title: string;
  /** Body text exactly as ingested (paragraphs joined by "\n"); evidence offsets index into it. */
  body: string;
  published: {
    value: string | null;
    precision: DatePrecision | null;
    certainty: PublishedCertainty;
    /** The date line or phrase it came from. */
    phrase: string | null;
  };
  outlet: string | null;
  agency: string | null;
  keywords: string[];
  url: string | null;
  /** Index, in the same file's article list, of the page this article was embedded in. */
  parentIndex: number | null;
}

export type ActorKind = "person" | "organisation";

export interface ActorRef {
  /** Canonical English name when the gazetteer knows it, else the Arabic name. */
  name: string;
  /** Arabic display form. */
  ar: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 of the country the actor acts for, when known. */
  country: string | null;
  /** Every spelling seen or listed (raw text), for matching and type-ahead. */
  variants: string[];
  /** Role words that introduced the actor (e.g. "وزير الخارجية"), when any. */
  role: string | null;
}

export interface EventSourceRef {
  /** Index of the article in ExtractionResult.articles. */
  articleIndex: number;
  evidence: string;
  /** Character offsets of the evidence in that article's body: body.slice(start, end) === evidence. */
  start: number;
  end: number;
}

/** One of the kinds in seed/lexicon/kinds.json ("talks", "strike", "disaster"…), validated when loaded. */
export type EventKind = string;

export interface ExtractedEvent {
  kind: EventKind;
  /** Arabic title built from the evidence sentence. */
  title: string;
  titleEn: string | null;
  date: ResolvedDate;
  actors: ActorRef[];
  countries: string[];
  place: string | null;
  summary: string;
  sources: EventSourceRef[];
}

export interface IngestProblem {
  file: string;
  message: string;
}

export interface ExtractionResult {
  articles: ParsedArticle[];
  events: ExtractedEvent[];
  problems: IngestProblem[];
}
