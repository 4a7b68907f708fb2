// `npm run --silent extract -- FILE...`: run the ingestion pipeline without a database and print
// one JSON document. Exits non-zero only when no file could be read at all.
import { toExtractJson } from "@/lib/ingest/extract-json";
import { extractTexts, readInputFiles } from "@/lib/ingest/pipeline";

function main(argv: string[]): number {
  const paths = argv.filter((a) => a !== "--");
  const { inputs, problems } = readInputFiles(paths);
  const result = extractTexts(inputs);
  const json = toExtractJson({ ...result, problems: [...problems, ...result.problems] });
  if (paths.length === 0) json.problems.push({ file: "", message: "No input files given (usage: extract FILE...)" });
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return inputs.length === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
