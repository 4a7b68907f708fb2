// Runs the extractor over the corpus as one batch (as `npm run extract -- tests/corpus/pages/*.txt`
// would) and scores each page against its gold.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { toExtractJson } from "@/lib/ingest/extract-json";
import { extractTexts } from "@/lib/ingest/pipeline";
import { kindFamilies } from "./check";
import { loadCorpus, type CorpusPage } from "./gold";
import { FIGURE_NAMES, scorePage, summarise, type Figures, type PageScore } from "./score";

/** A fixed "today", so that the figures don't move with the clock (inference bounds years by it). */
export const EVAL_TODAY = new Date(Date.UTC(2026, 10, 29));

export const FLOORS_FILE = path.join("tests", "corpus", "floors.json");

const floorsSchema = z.object(Object.fromEntries(FIGURE_NAMES.map((n) => [n, z.number().min(0).max(1)])) as Record<(typeof FIGURE_NAMES)[number], z.ZodNumber>);
export type Floors = z.infer<typeof floorsSchema>;

export function readFloors(file = FLOORS_FILE): Floors {
  return floorsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export interface EvalRun {
  figures: Figures;
  scores: PageScore[];
  pages: CorpusPage[];
}

/**
 * `withAddress`: give the pipeline each page's address as a web source would. The floors are kept
 * on the text alone, the harder case (a text file carries no address).
 */
export function runEval(pages: CorpusPage[] = loadCorpus(), { withAddress = false } = {}): EvalRun {
  const result = extractTexts(pages.map((p) => ({ file: p.file, text: p.text, url: withAddress ? p.gold.url : null })), { today: EVAL_TODAY });
  const json = toExtractJson(result);
  const families = kindFamilies();
  const scores = pages.map((page) => scorePage({
    id: page.id,
    gold: page.gold,
    article: json.articles.find((a) => a.file === page.file) ?? null,
    events: json.events.filter((e) => e.sources.some((s) => s.file === page.file)),
  }, families));
  return { figures: summarise(scores), scores, pages };
}

/** The figures below their floor, as lines naming each. */
export function belowFloors(figures: Figures, floors: Floors): string[] {
  return FIGURE_NAMES.filter((n) => figures[n] + 1e-9 < floors[n]).map((n) => `${n} ${figures[n].toFixed(3)} is below its floor ${floors[n].toFixed(3)}`);
}
