// The ingestion command's core: files in, database rows out, one file (one transaction) at a time.
import { driverPool, type Database } from "@/lib/db";
import { extractTexts, readInputFiles } from "@/lib/ingest/pipeline";
import { ensureCountries, FileStoreRun, type FileOutcome } from "@/lib/ingest/store/write";
import type { ExtractionResult, IngestProblem } from "@/lib/ingest/types";

export interface IngestSummary {
  files: number;
  articlesAdded: number;
  articlesKnown: number;
  eventsAdded: number;
  eventsMerged: number;
  skipped: IngestProblem[];
}

export interface IngestOptions {
  today?: Date;
  onFile?: (done: number, total: number, outcome: FileOutcome | IngestProblem) => void;
}

/** Ingests files and directories; a file that fails is reported and rolled back, the rest go in. */
export async function ingestPaths(db: Database, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { inputs, problems } = readInputFiles(paths);
  const summary: IngestSummary = { files: inputs.length, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0, skipped: [...problems] };
  await ensureCountries(db);
  const extract = (i: number) => (i < inputs.length ? extractTexts([inputs[i]], { today: options.today }) : null);
  const storable = (result: ExtractionResult | null) => (result && result.articles.length > 0 ? result : null);
  // One connection for the run: files are stored in order, each seeing the ones before it.
  const conn = await driverPool(db).connect();
  // Each file's write still commits atomically, but without waiting for its own WAL flush; the run
  // ends with one synchronous commit, which waits for the WAL up to it, so every file in the summary
  // is durable. A crash mid-run can lose files not yet summarised (never part of one), and ingest is
  // idempotent, so running it again restores them. Set for this connection only, reset after.
  await conn.query("SET synchronous_commit = off; SET plan_cache_mode = force_generic_plan");
  const store = new FileStoreRun(conn);
  try {
    // Two files ahead are extracted: the next one's read goes with this one's write, and the one
    // after is extracted (CPU, here) while PostgreSQL runs that statement (there).
    let current: ExtractionResult | null = extract(0);
    let next: ExtractionResult | null = extract(1);
    for (let i = 0; i < inputs.length; i++) {
      const result = current!;
      const ahead: { result?: ExtractionResult | null } = {};
      summary.skipped.push(...result.problems);
      let report: FileOutcome | IngestProblem;
      try {
        const outcome = await store.store(inputs[i].file, storable(result), storable(next), () => store.prepare((ahead.result = extract(i + 2))));
        if (outcome) {
          summary.articlesAdded += outcome.articlesAdded;
          summary.articlesKnown += outcome.articlesKnown;
          summary.eventsAdded += outcome.eventsAdded;
          summary.eventsMerged += outcome.eventsMerged;
          report = outcome;
        } else {
          report = result.problems[0] ?? { file: inputs[i].file, message: "no article found in the file" };
          if (result.problems.length === 0) summary.skipped.push(report);
        }
      } catch (error) {
        report = { file: inputs[i].file, message: `not stored: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
        summary.skipped.push(report);
      }
      options.onFile?.(i + 1, inputs.length, report);
      [current, next] = [next, ahead.result === undefined ? extract(i + 2) : ahead.result];
    }
    // A transaction with an xid writes a commit record; committing it synchronously flushes the WAL
    // up to here, the asynchronous commits before it included.
    await conn.query("SET synchronous_commit = on; BEGIN; SELECT txid_current(); COMMIT");
  } finally {
    await conn.query("RESET synchronous_commit; RESET plan_cache_mode").then(() => conn.release(), (error: Error) => conn.release(error));
  }
  return summary;
}
