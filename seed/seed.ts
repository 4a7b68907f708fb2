// Seeds the database with the articles in seed/articles through the same path as `npm run ingest`.
// Idempotent: articles already stored (same content hash) are left as they are.
import path from "node:path";
import type { Database } from "@/lib/db";
import { ingestPaths, type IngestSummary } from "@/lib/ingest/ingest";

export const seedArticlesDir = path.join(process.cwd(), "seed", "articles");

export function seedDatabase(db: Database): Promise<IngestSummary> {
  return ingestPaths(db, [seedArticlesDir]);
}
