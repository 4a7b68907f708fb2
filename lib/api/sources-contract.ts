// The sources API (POST /api/sources, POST /api/uploads, GET /api/sources): inputs validated by zod
// at the route, outputs typed for the sources page.
import { z } from "zod";
import type { SourceKind, SourceState } from "@/lib/generated/prisma/enums";
import { parseInterval } from "@/lib/sources/feeds";
import { normaliseUrl, splitLinks } from "@/lib/sources/urls";

export const MAX_LINKS_PER_REQUEST = 50;
export const MAX_FILES_PER_UPLOAD = 20;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** `{ links: "…" }`: one or many pages, pasted. */
export const addLinksSchema = z.object({
  links: z
    .string()
    .max(50_000, "is too long")
    .transform((text, ctx) => {
      const { urls, invalid } = splitLinks(text);
      if (invalid.length > 0) ctx.addIssue({ code: "custom", message: `not http(s) addresses: ${invalid.slice(0, 5).join(" ")}` });
      else if (urls.length === 0) ctx.addIssue({ code: "custom", message: "must hold at least one http(s) address" });
      else if (urls.length > MAX_LINKS_PER_REQUEST) ctx.addIssue({ code: "custom", message: `at most ${MAX_LINKS_PER_REQUEST} at a time` });
      return urls;
    }),
});

/** `{ feed: URL, every?: "30m" }`: a feed and how often to poll it. */
export const addFeedSchema = z.object({
  feed: z.string().transform((text, ctx) => {
    const url = normaliseUrl(text);
    if (!url) ctx.addIssue({ code: "custom", message: "must be an http(s) address" });
    return url ?? "";
  }),
  every: z
    .string()
    .default("30m")
    .transform((text, ctx) => {
      const minutes = parseInterval(text);
      if (minutes === null) ctx.addIssue({ code: "custom", message: "must be an interval such as 15m, 2h or 1d (at most a week)" });
      return minutes ?? 0;
    }),
});

/** A body with `feed` adds a feed; any other is read as links (and told what is missing). */
export function parseAddSources(body: unknown) {
  const isFeed = typeof body === "object" && body !== null && "feed" in body;
  return isFeed ? addFeedSchema.safeParse(body) : addLinksSchema.safeParse(body);
}

export interface SourceEventLink {
  id: number;
  title: string;
  start: string;
}

export interface SourceItem {
  id: number;
  kind: SourceKind;
  /** The link, or the uploaded file's name. */
  label: string;
  url: string | null;
  state: SourceState;
  error: string | null;
  feedTitle: string | null;
  articleId: number | null;
  articleTitle: string | null;
  articlesAdded: number;
  eventsAdded: number;
  eventsMerged: number;
  /** The events its article is a source of, for links to the timeline. */
  events: SourceEventLink[];
  updatedAt: string;
}

export interface FeedItem {
  id: number;
  url: string;
  title: string | null;
  everyMinutes: number;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  itemsSeen: number;
  articlesAdded: number;
}

export interface SourcesResponse {
  sources: SourceItem[];
  feeds: FeedItem[];
}

export interface AddSourcesResponse {
  /** Ids of the sources queued (links, files). */
  sources: number[];
  feed?: number;
  /** Files refused, by name, with the reason (the others were queued). */
  problems?: { file: string; message: string }[];
}
