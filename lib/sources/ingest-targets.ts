// `npm run ingest -- URL|FILE|DIR...`: files (.txt, .html) and web pages into the database, each
// kept as a raw document first (so `npm run reextract` can read it again), then stored in its own
// transaction. One failure — a missing file, a 404, a page that never answers — is reported by
// name and the rest go on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { driverPool, type Database } from "@/lib/db";
import { MAX_HTML_BYTES } from "@/lib/ingest/document";
import { ingestDocument, keepDocument, latestValidators } from "@/lib/ingest/store/documents";
import type { IngestProblem } from "@/lib/ingest/types";
import { fetchDocument, type FetchLimits } from "@/lib/sources/fetch";
import { normaliseUrl } from "@/lib/sources/urls";

export interface TargetsSummary {
  items: number;
  articlesAdded: number;
  articlesKnown: number;
  eventsAdded: number;
  eventsMerged: number;
  /** Pages a conditional request found unchanged since they were last kept. */
  unchanged: number;
  skipped: IngestProblem[];
}

export interface TargetsOptions {
  limits?: FetchLimits;
  today?: Date;
  onItem?: (done: number, total: number) => void;
}

const READABLE = /\.(?:txt|html?|xhtml)$/i;

export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

/** Directories expand to their .txt and .html files, sorted; anything unreadable becomes a problem. */
function expandPaths(targets: string[], problems: IngestProblem[]): string[] {
  const items: string[] = [];
  for (const target of targets) {
    if (isUrl(target)) {
      items.push(target);
      continue;
    }
    try {
      if (statSync(target).isDirectory()) {
        items.push(...readdirSync(target).filter((name) => READABLE.test(name)).sort().map((name) => path.join(target, name)));
      } else items.push(target);
    } catch {
      problems.push({ file: path.basename(target), message: "File not found or not readable" });
    }
  }
  return items;
}

function contentTypeOf(file: string): string {
  return /\.x?html?$/i.test(file) ? "text/html" : "text/plain";
}

export async function ingestTargets(db: Database, targets: string[], options: TargetsOptions = {}): Promise<TargetsSummary> {
  const summary: TargetsSummary = { items: 0, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0, unchanged: 0, skipped: [] };
  const items = expandPaths(targets, summary.skipped);
  summary.items = items.length;
  const pool = driverPool(db);
  for (const [index, item] of items.entries()) {
    const name = isUrl(item) ? item : path.basename(item);
    try {
      let documentId: number;
      if (isUrl(item)) {
        const url = normaliseUrl(item);
        if (!url) throw new Error("not a web address");
        const known = await latestValidators(pool, url);
        const fetched = await fetchDocument(url, { expect: "page", etag: known?.etag, lastModified: known?.lastModified, limits: options.limits });
        if (!fetched.bytes) {
          summary.unchanged++;
          continue;
        }
        documentId = await keepDocument(pool, {
          url, finalUrl: fetched.finalUrl, fetchedAt: fetched.fetchedAt, httpStatus: fetched.status, contentType: fetched.contentType,
          etag: fetched.etag, lastModified: fetched.lastModified, bytes: fetched.bytes,
        });
      } else {
        if (statSync(item).size > MAX_HTML_BYTES) throw new Error(`File is larger than ${MAX_HTML_BYTES / 1024 / 1024} MB`);
        documentId = await keepDocument(pool, { fileName: name, contentType: contentTypeOf(item), bytes: readFileSync(item) });
      }
      const outcome = await ingestDocument(db, documentId, { today: options.today });
      summary.articlesAdded += outcome.articlesAdded;
      summary.articlesKnown += outcome.articlesKnown;
      summary.eventsAdded += outcome.eventsAdded;
      summary.eventsMerged += outcome.eventsMerged;
      summary.skipped.push(...outcome.problems);
      if (outcome.articleId === null && outcome.problems.length === 0) summary.skipped.push({ file: name, message: "No article found" });
    } catch (error) {
      summary.skipped.push({ file: name, message: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    } finally {
      options.onItem?.(index + 1, items.length);
    }
  }
  return summary;
}
