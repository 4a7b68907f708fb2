// Adding sources: links, files and feeds become rows the sources page lists, and jobs the workers
// run — in one transaction, so an item is never listed without its job nor queued without its row.
import type PgBoss from "pg-boss";
import type pg from "pg";
import { driverPool, type Database } from "@/lib/db";
import { keepDocument } from "@/lib/ingest/store/documents";
import { queueFetch, queueIngest, queuePoll } from "@/lib/jobs/queue";

async function inTransaction<T>(db: Database, run: (conn: pg.PoolClient) => Promise<T>): Promise<T> {
  const conn = await driverPool(db).connect();
  try {
    await conn.query("BEGIN");
    const result = await run(conn);
    await conn.query("COMMIT");
    return result;
  } catch (error) {
    await conn.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    conn.release();
  }
}

/**
 * Queues links (already normalised). A link added before is queued again — fetched with its
 * validators, so an unchanged page costs a 304 and reads «unchanged» — unless it is under way.
 */
export function addLinks(db: Database, boss: PgBoss, urls: string[], userId: string | null): Promise<number[]> {
  return inTransaction(db, async (conn) => {
    const ids: number[] = [];
    for (const url of urls) {
      const { rows } = await conn.query<{ id: number }>(
        `INSERT INTO "Source" (kind, url, "addedById", "updatedAt") VALUES ('link', $1, $2, now())
         ON CONFLICT (url) DO UPDATE SET
           state = CASE WHEN "Source".state IN ('stored', 'unchanged', 'failed') THEN 'queued'::"SourceState" ELSE "Source".state END,
           error = NULL, "updatedAt" = now()
         RETURNING id`,
        [url, userId],
      );
      ids.push(rows[0].id);
      await queueFetch({ boss, conn }, rows[0].id);
    }
    return ids;
  });
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

/** Keeps each file as a document and queues its extraction. */
export function addFiles(db: Database, boss: PgBoss, files: UploadedFile[], userId: string | null): Promise<number[]> {
  return inTransaction(db, async (conn) => {
    const ids: number[] = [];
    for (const file of files) {
      const documentId = await keepDocument(conn, { fileName: file.name, contentType: file.contentType, bytes: file.bytes });
      const { rows } = await conn.query<{ id: number }>(
        `INSERT INTO "Source" (kind, "fileName", "documentId", state, "addedById", "updatedAt") VALUES ('file', $1, $2, 'extracting', $3, now()) RETURNING id`,
        [file.name, documentId, userId],
      );
      ids.push(rows[0].id);
      await queueIngest({ boss, conn }, rows[0].id);
    }
    return ids;
  });
}

/** Adds a feed (or changes an existing one's interval) and polls it now. */
export function addFeed(db: Database, boss: PgBoss, url: string, everyMinutes: number, userId: string | null): Promise<number> {
  return inTransaction(db, async (conn) => {
    const { rows } = await conn.query<{ id: number }>(
      `INSERT INTO "Feed" (url, "everyMinutes", "addedById") VALUES ($1, $2, $3)
       ON CONFLICT (url) DO UPDATE SET "everyMinutes" = EXCLUDED."everyMinutes" RETURNING id`,
      [url, everyMinutes, userId],
    );
    await queuePoll({ boss, conn }, rows[0].id);
    return rows[0].id;
  });
}

/** Removes a feed; the articles it brought stay. Returns whether there was one. */
export async function removeFeed(db: Database, url: string): Promise<boolean> {
  const { count } = await db.feed.deleteMany({ where: { url } });
  return count > 0;
}
