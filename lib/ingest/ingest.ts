// The ingestion command's core: files in, database rows out, one file at a time.
import type { Database } from "@/lib/db";
import { extractTexts, readInputFiles } from "@/lib/ingest/pipeline";
import { ensureCountries, storeFileExtraction, type FileOutcome } from "@/lib/ingest/store";
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

/** Ingests files and directories; a file that fails is reported and rolled back, the rest go in. */
export async function ingestPaths(db: Database, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { inputs, problems } = readInputFiles(paths);
  const summary: IngestSummary = { files: inputs.length, articlesAdded: 0, articlesKnown: 0, eventsAdded: 0, eventsMerged: 0, skipped: [...problems] };
  await ensureCountries(db);
  let done = 0;
  for (const input of inputs) {
    const result = extractTexts([input], { today: options.today });
    summary.skipped.push(...result.problems);
    let report: FileOutcome | IngestProblem;
    if (result.articles.length === 0) {
      const problem = result.problems[0] ?? { file: input.file, message: "no article found in the file" };
      if (result.problems.length === 0) summary.skipped.push(problem);
      report = problem;
    } else {
      try {
        const outcome = await storeFileExtraction(db, input.file, result);
        summary.articlesAdded += outcome.articlesAdded;
        summary.articlesKnown += outcome.articlesKnown;
        summary.eventsAdded += outcome.eventsAdded;
        summary.eventsMerged += outcome.eventsMerged;
        report = outcome;
      } catch (error) {
        const problem = { file: input.file, message: `not stored: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
        summary.skipped.push(problem);
        report = problem;
      }
    }
    options.onFile?.(++done, inputs.length, report);
  }
  return summary;
}
