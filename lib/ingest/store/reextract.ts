// `npm run reextract`: the current pipeline over every kept document. A document whose extraction
// is what was stored last time is left alone (so a second run changes nothing); otherwise, in one
// transaction, what the old pipeline derived from it goes — its articles' event sources, the events
// left with no source, the articles themselves — and the new extraction is stored by the usual
// plan/write path, merging into the events other documents report. Nothing is ever stored twice:
// the same text keeps its content hash, and a happening already stored gains a source.
import { driverPool, type Database } from "@/lib/db";
import type { ExtractOptions } from "@/lib/ingest/pipeline";
import { documentName, extractionHash, extractStoredDocument, readDocument, storeExtraction } from "@/lib/ingest/store/documents";
import type { Connection } from "@/lib/ingest/store/read";
import { ensureCountries } from "@/lib/ingest/store/write";
import type { IngestProblem } from "@/lib/ingest/types";

export interface ReextractSummary {
  documents: number;
  /** Documents whose extraction changed and was stored again. */
  replaced: number;
  /** Documents the current pipeline reads as before. */
  unchanged: number;
  eventsRemoved: number;
  eventsAdded: number;
  eventsMerged: number;
  problems: IngestProblem[];
}

export interface ReextractOptions extends ExtractOptions {
  onDocument?: (done: number, total: number) => void;
}

/** Removes what earlier runs derived from the document: its articles (their sources go with them), and events left with no source. */
async function forgetDerived(conn: Connection, documentId: number): Promise<number> {
  const { rows } = await conn.query<{ eventId: number }>(
    `SELECT DISTINCT s."eventId" FROM "EventSource" s JOIN "Article" a ON a.id = s."articleId" WHERE a."documentId" = $1`,
    [documentId],
  );
  await conn.query(`DELETE FROM "Article" WHERE "documentId" = $1`, [documentId]);
  const removed = await conn.query(
    `DELETE FROM "Event" e WHERE e.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM "EventSource" s WHERE s."eventId" = e.id)`,
    [rows.map((row) => row.eventId)],
  );
  return removed.rowCount ?? 0;
}

export async function reextractDocuments(db: Database, options: ReextractOptions = {}): Promise<ReextractSummary> {
  await ensureCountries(db);
  const summary: ReextractSummary = { documents: 0, replaced: 0, unchanged: 0, eventsRemoved: 0, eventsAdded: 0, eventsMerged: 0, problems: [] };
  const conn = await driverPool(db).connect();
  try {
    const ids = (await conn.query<{ id: number }>(`SELECT id FROM "Document" ORDER BY id`)).rows.map((row) => row.id);
    summary.documents = ids.length;
    for (const [index, id] of ids.entries()) {
      const doc = await readDocument(conn, id);
      if (!doc) continue; // removed since the list was read
      const result = extractStoredDocument(doc, options);
      summary.problems.push(...result.problems);
      if (doc.extractedHash === extractionHash(result)) {
        summary.unchanged++;
      } else {
        await conn.query("BEGIN");
        try {
          let removed = 0;
          const outcome = await storeExtraction(conn, id, documentName(doc), result, async () => {
            removed = await forgetDerived(conn, id);
          });
          await conn.query(
            `UPDATE "Source" SET "articleId" = $2, "updatedAt" = now() WHERE "documentId" = $1`,
            [id, outcome.articleId],
          );
          await conn.query("COMMIT");
          summary.replaced++;
          summary.eventsRemoved += removed;
          summary.eventsAdded += outcome.eventsAdded;
          summary.eventsMerged += outcome.eventsMerged;
        } catch (error) {
          await conn.query("ROLLBACK");
          summary.problems.push({ file: documentName(doc), message: `not re-extracted: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
        }
      }
      options.onDocument?.(index + 1, ids.length);
    }
  } finally {
    conn.release();
  }
  return summary;
}
