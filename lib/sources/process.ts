// What the workers do with a source or a feed: fetch, keep, extract, store — recording at every
// step where the item stands, so the sources page can show it, and why it failed when it did.
import type PgBoss from "pg-boss";
import { driverPool, type Database } from "@/lib/db";
import { ingestDocument, keepDocument, latestValidators } from "@/lib/ingest/store/documents";
import { queueFetch, queueIngest } from "@/lib/jobs/queue";
import { FetchError, fetchDocument, type FetchLimits } from "@/lib/sources/fetch";
import { FeedFormatError, parseFeed } from "@/lib/sources/feeds";

export interface WorkContext {
  db: Database;
  boss: PgBoss;
  limits?: FetchLimits;
  /** "Now" for the pipeline's inference (tests pin it). */
  today?: Date;
}

/** Whether the job will be tried again after this failure, and how the item should read meanwhile. */
export interface Attempt {
  /** 0 on the first try. */
  retryCount: number;
  retryLimit: number;
}

/** A failure the same request can't fix: say so now instead of retrying. */
export class PermanentError extends Error {}

type SourceState = "queued" | "fetching" | "extracting" | "stored" | "unchanged" | "failed";

async function setState(db: Database, id: number, state: SourceState, extra: Record<string, unknown> = {}) {
  await db.source.update({ where: { id }, data: { state, ...extra } });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

/**
 * Runs one try of a source's job. A failure that can't be helped by trying again, or the last
 * try's, marks the item failed with its reason and ends the job; any other is rethrown for pg-boss
 * to retry with backoff, the item showing that it will be retried and why.
 */
async function attemptSource(db: Database, sourceId: number, attempt: Attempt, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const retryable = error instanceof FetchError ? error.retryable : !(error instanceof PermanentError);
    const reason = messageOf(error);
    if (!retryable || attempt.retryCount >= attempt.retryLimit) {
      await setState(db, sourceId, "failed", { error: reason }).catch(() => {});
      return;
    }
    await setState(db, sourceId, "queued", { error: `will retry (try ${attempt.retryCount + 1} of ${attempt.retryLimit + 1} failed): ${reason}` }).catch(() => {});
    throw error;
  }
}

export async function fetchSource(ctx: WorkContext, sourceId: number, attempt: Attempt): Promise<void> {
  const { db } = ctx;
  const source = await db.source.findUnique({ where: { id: sourceId } });
  if (!source?.url) return; // removed meanwhile, or a file (nothing to fetch)
  await attemptSource(db, sourceId, attempt, async () => {
    await setState(db, sourceId, "fetching", { attempts: { increment: 1 }, error: null });
    const pool = driverPool(db);
    const known = await latestValidators(pool, source.url!);
    const fetched = await fetchDocument(source.url!, { expect: "page", etag: known?.etag, lastModified: known?.lastModified, limits: ctx.limits });
    let documentId: number | null;
    if (fetched.bytes) {
      documentId = await keepDocument(pool, {
        url: source.url, finalUrl: fetched.finalUrl, fetchedAt: fetched.fetchedAt, httpStatus: fetched.status,
        contentType: fetched.contentType, etag: fetched.etag, lastModified: fetched.lastModified, bytes: fetched.bytes,
      });
    } else {
      // 304: the copy kept is current. Stored already: nothing to do; else read that copy.
      if (source.documentId && source.state !== "failed") return setState(db, sourceId, "unchanged");
      documentId = (await db.document.findFirst({ where: { url: source.url }, orderBy: { fetchedAt: "desc" }, select: { id: true } }))?.id ?? null;
      if (!documentId) throw new PermanentError("the server answered 304 Not Modified to a page never fetched");
    }
    await setState(db, sourceId, "extracting", { documentId });
    await queueIngest(ctx, sourceId);
  });
}

export async function ingestSource(ctx: WorkContext, sourceId: number, attempt: Attempt): Promise<void> {
  const { db } = ctx;
  const source = await db.source.findUnique({ where: { id: sourceId } });
  if (!source?.documentId) return;
  await attemptSource(db, sourceId, attempt, async () => {
    await setState(db, sourceId, "extracting", { error: null });
    const outcome = await ingestDocument(db, source.documentId!, { today: ctx.today });
    if (outcome.articleId === null) {
      throw new PermanentError(outcome.problems.map((problem) => problem.message.replace(/^Skipped /, "")).join("; ") || "no article found");
    }
    await db.$transaction([
      db.source.update({
        where: { id: sourceId },
        data: { state: "stored", error: null, articleId: outcome.articleId, articlesAdded: outcome.articlesAdded, eventsAdded: outcome.eventsAdded, eventsMerged: outcome.eventsMerged },
      }),
      ...(source.feedId ? [db.feed.update({ where: { id: source.feedId }, data: { articlesAdded: { increment: outcome.articlesAdded } } })] : []),
    ]);
  });
}

export interface PollOutcome {
  itemsNew: number;
  itemsListed: number;
}

/**
 * Polls a feed: its new items become sources and are queued for fetching. An item already known
 * (by its normalised URL) is skipped in the same statement that would add it, so two workers polling
 * the same feed at once queue each item once.
 */
export async function pollFeed(ctx: WorkContext, feedId: number): Promise<PollOutcome> {
  const { db } = ctx;
  const feed = await db.feed.findUnique({ where: { id: feedId } });
  if (!feed) return { itemsNew: 0, itemsListed: 0 };
  await db.feed.update({ where: { id: feedId }, data: { lastPolledAt: new Date() } });
  try {
    const fetched = await fetchDocument(feed.url, { expect: "feed", etag: feed.etag, lastModified: feed.lastModified, limits: ctx.limits });
    if (!fetched.bytes) {
      await db.feed.update({ where: { id: feedId }, data: { lastSuccessAt: new Date(), lastError: null } });
      return { itemsNew: 0, itemsListed: 0 };
    }
    const parsed = parseFeed(fetched.bytes, fetched.contentType, fetched.finalUrl);
    const conn = await driverPool(db).connect();
    let created: number[] = [];
    try {
      await conn.query("BEGIN");
      const { rows } = await conn.query<{ id: number }>(
        `INSERT INTO "Source" (kind, url, "feedId", "updatedAt")
         SELECT 'feedItem', url, $1, now() FROM unnest($2::text[]) AS url
         ON CONFLICT (url) DO NOTHING RETURNING id`,
        [feedId, parsed.entries.map((entry) => entry.url)],
      );
      created = rows.map((row) => row.id);
      for (const id of created) await queueFetch({ boss: ctx.boss, conn }, id);
      await conn.query(
        `UPDATE "Feed" SET "itemsSeen" = "itemsSeen" + $2, "lastSuccessAt" = now(), "lastError" = NULL, title = coalesce($3, title), etag = $4, "lastModified" = $5 WHERE id = $1`,
        [feedId, created.length, parsed.title, fetched.etag, fetched.lastModified],
      );
      await conn.query("COMMIT");
    } catch (error) {
      await conn.query("ROLLBACK");
      throw error;
    } finally {
      conn.release();
    }
    return { itemsNew: created.length, itemsListed: parsed.entries.length };
  } catch (error) {
    const reason = error instanceof FeedFormatError || error instanceof FetchError ? error.message : messageOf(error);
    await db.feed.update({ where: { id: feedId }, data: { lastError: reason, lastErrorAt: new Date() } });
    throw error;
  }
}

/** The feeds whose next poll is due. */
export async function dueFeeds(db: Database): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Feed" WHERE "lastPolledAt" IS NULL OR "lastPolledAt" + make_interval(mins => "everyMinutes") <= now() ORDER BY id`;
  return rows.map((row) => row.id);
}
