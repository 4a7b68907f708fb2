// Raw documents: every page or file is kept exactly as read (bytes, where from, when, the headers
// that decide how it is read), then run through the pipeline and stored by the usual plan/write
// path. Keeping the bytes is what lets `npm run reextract` run a better pipeline over them later.
//
// Stores are serialised by one transaction-level advisory lock: extraction (the slow, CPU part)
// runs in parallel on any number of workers, but two stores never plan against the same snapshot,
// so two workers reporting the same happening at once still give one event.
import { createHash } from "node:crypto";
import { driverPool, type Database } from "@/lib/db";
import { extractDocument, type DocumentExtraction } from "@/lib/ingest/document";
import type { ExtractOptions } from "@/lib/ingest/pipeline";
import { fileRequest, type Connection } from "@/lib/ingest/store/read";
import { ensureCountries, FileStoreRun, type FileOutcome } from "@/lib/ingest/store/write";
import type { IngestProblem } from "@/lib/ingest/types";

export interface DocumentInput {
  url?: string | null;
  finalUrl?: string | null;
  fileName?: string | null;
  fetchedAt?: Date;
  httpStatus?: number | null;
  contentType: string;
  etag?: string | null;
  lastModified?: string | null;
  bytes: Uint8Array;
}

export interface StoredDocument {
  id: number;
  url: string | null;
  finalUrl: string | null;
  fileName: string | null;
  contentType: string;
  bytes: Buffer;
  extractedHash: string | null;
}

/** Keeps a document; the same bytes are kept once (their row gets the newest fetch's validators). */
export async function keepDocument(conn: Connection, doc: DocumentInput): Promise<number> {
  const sha256 = createHash("sha256").update(doc.bytes).digest("hex");
  const { rows } = await conn.query<{ id: number }>(
    `INSERT INTO "Document" (url, "finalUrl", "fileName", "fetchedAt", "httpStatus", "contentType", etag, "lastModified", bytes, sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (sha256) DO UPDATE SET "fetchedAt" = EXCLUDED."fetchedAt", etag = coalesce(EXCLUDED.etag, "Document".etag),
       "lastModified" = coalesce(EXCLUDED."lastModified", "Document"."lastModified"), url = coalesce("Document".url, EXCLUDED.url)
     RETURNING id`,
    [doc.url ?? null, doc.finalUrl ?? null, doc.fileName ?? null, doc.fetchedAt ?? new Date(), doc.httpStatus ?? null, doc.contentType,
      doc.etag ?? null, doc.lastModified ?? null, Buffer.from(doc.bytes), sha256],
  );
  return rows[0].id;
}

/** The validators of the newest copy kept of a URL, for a conditional request. */
export async function latestValidators(conn: Connection, url: string): Promise<{ etag: string | null; lastModified: string | null } | null> {
  const { rows } = await conn.query<{ etag: string | null; lastModified: string | null }>(
    `SELECT etag, "lastModified" FROM "Document" WHERE url = $1 ORDER BY "fetchedAt" DESC LIMIT 1`,
    [url],
  );
  return rows[0] ?? null;
}

export async function readDocument(conn: Connection, id: number): Promise<StoredDocument | null> {
  const { rows } = await conn.query<StoredDocument>(
    `SELECT id, url, "finalUrl", "fileName", "contentType", bytes, "extractedHash" FROM "Document" WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** The name a document's articles and problems are reported under. */
export function documentName(doc: Pick<StoredDocument, "url" | "finalUrl" | "fileName">): string {
  return doc.fileName ?? doc.finalUrl ?? doc.url ?? "document";
}

export function extractStoredDocument(doc: StoredDocument, options: ExtractOptions = {}): DocumentExtraction {
  return extractDocument(
    { name: documentName(doc), bytes: doc.bytes, contentType: doc.contentType, fileName: doc.fileName, url: doc.finalUrl ?? doc.url },
    options,
  );
}

/** A fingerprint of what the pipeline derived: the same one means re-extracting would change nothing. */
export function extractionHash(result: DocumentExtraction): string {
  return createHash("sha256").update(JSON.stringify({ articles: result.articles, events: result.events })).digest("hex");
}

export interface DocumentOutcome extends FileOutcome {
  problems: IngestProblem[];
  /** The document's main article (stored now or before), when it has one. */
  articleId: number | null;
}

/**
 * Stores an extraction of a document in the transaction `conn` is in, after `prepare` (reextract
 * removes what the old pipeline derived there), and links its articles to the document.
 */
export async function storeExtraction(
  conn: Connection,
  documentId: number,
  name: string,
  result: DocumentExtraction,
  prepare?: () => Promise<void>,
): Promise<DocumentOutcome> {
  await conn.query("SELECT pg_advisory_xact_lock(hashtext('sijill:store'))");
  await prepare?.();
  const empty: FileOutcome = { file: name, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0 };
  let outcome = empty;
  let articleId: number | null = null;
  if (result.articles.length > 0) {
    outcome = (await new FileStoreRun(conn).store(name, result, null, () => {})) ?? empty;
    const { hashes } = fileRequest(result);
    const { rows } = await conn.query<{ id: number; contentHash: string }>(
      `UPDATE "Article" SET "documentId" = $1 WHERE "contentHash" = ANY($2::text[]) AND ("documentId" IS NULL OR "documentId" = $1)
       RETURNING id, "contentHash"`,
      [documentId, hashes],
    );
    const main = rows.find((row) => row.contentHash === hashes[0]);
    articleId = main?.id ?? (await conn.query<{ id: number }>(`SELECT id FROM "Article" WHERE "contentHash" = $1`, [hashes[0]])).rows[0]?.id ?? null;
  }
  await conn.query(`UPDATE "Document" SET "extractedHash" = $2, "extractedAt" = now() WHERE id = $1`, [documentId, extractionHash(result)]);
  return { ...outcome, problems: result.problems, articleId };
}

/** Extracts a kept document and stores what it gives, atomically. */
export async function ingestDocument(db: Database, documentId: number, options: ExtractOptions = {}): Promise<DocumentOutcome> {
  await ensureCountries(db);
  const conn = await driverPool(db).connect();
  try {
    const doc = await readDocument(conn, documentId);
    if (!doc) throw new Error(`document ${documentId} does not exist`);
    const result = extractStoredDocument(doc, options);
    await conn.query("BEGIN");
    try {
      const outcome = await storeExtraction(conn, documentId, documentName(doc), result);
      await conn.query("COMMIT");
      return outcome;
    } catch (error) {
      await conn.query("ROLLBACK");
      throw error;
    }
  } finally {
    conn.release();
  }
}
