// Seeds the database with the articles in seed/articles through the same path as `npm run ingest`:
// each file is kept as a raw document (so `npm run reextract` covers it) and stored once.
// Idempotent: articles already stored (same content hash) are left as they are.
import path from "node:path";
import type { Database } from "@/lib/db";
import { ingestTargets, type TargetsSummary } from "@/lib/sources/ingest-targets";

export const seedArticlesDir = path.join(process.cwd(), "seed", "articles");

export function seedDatabase(db: Database): Promise<TargetsSummary> {
  return ingestTargets(db, [seedArticlesDir]);
}
