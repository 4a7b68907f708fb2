// The ingestion command's core: files in, database rows out, one file (one transaction) at a time.
import { driverPool, type Database } from "@/lib/db";
import { extractTexts, readInputFiles, type InputText } from "@/lib/ingest/pipeline";
import { ensureCountries, prepareFileStore, type FileOutcome } from "@/lib/ingest/store";
import type { IngestProblem } from "@/lib/ingest/types";

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

function notStored(file: string, error: unknown): IngestProblem {
  return { file, message: `not stored: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
}

/** Ingests files and directories; a file that fails is reported and rolled back, the rest go in. */
export async function ingestPaths(db: Database, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { inputs, problems } = readInputFiles(paths);
  const summary: IngestSummary = { files: inputs.length, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0, skipped: [...problems] };
  await ensureCountries(db);
  const extract = (input: InputText) => extractTexts([input], { today: options.today });
  // One connection for the run: files are stored in order, each seeing the ones before it.
  const conn = await driverPool(db).connect();
  // Each file's write still commits atomically, but without waiting for its WAL flush: a crash can
  // lose the last files reported stored (never part of one), and ingest is idempotent, so running it
  // again restores them. Set for this connection only, and reset before it returns to the pool.
  await conn.query("SET synchronous_commit = off");
  let done = 0;
  try {
    let next = inputs.length > 0 ? extract(inputs[0]) : null;
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const result = next!;
      summary.skipped.push(...result.problems);
      let report: FileOutcome | IngestProblem;
      let write: Promise<void> | null = null;
      let outcome: FileOutcome | null = null;
      if (result.articles.length === 0) {
        const problem = result.problems[0] ?? { file: input.file, message: "no article found in the file" };
        if (result.problems.length === 0) summary.skipped.push(problem);
        report = problem;
      } else {
        try {
          const prepared = await prepareFileStore(conn, input.file, result);
          outcome = prepared.outcome;
          write = prepared.write();
          write.catch(() => {}); // awaited below, after the next extraction
          report = outcome;
        } catch (error) {
          report = notStored(input.file, error);
          summary.skipped.push(report);
        }
      }
      // The next file is extracted (CPU, here) while PostgreSQL runs this file's write (there).
      next = i + 1 < inputs.length ? extract(inputs[i + 1]) : null;
      if (write && outcome) {
        try {
          await write;
          summary.articlesAdded += outcome.articlesAdded;
          summary.articlesKnown += outcome.articlesKnown;
          summary.eventsAdded += outcome.eventsAdded;
          summary.eventsMerged += outcome.eventsMerged;
        } catch (error) {
          report = notStored(input.file, error);
          summary.skipped.push(report);
        }
      }
      options.onFile?.(++done, inputs.length, report);
    }
  } finally {
    await conn.query("RESET synchronous_commit").then(() => conn.release(), (error: Error) => conn.release(error));
  }
  return summary;
}
