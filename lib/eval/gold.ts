// The development corpus's gold: what a careful reader takes from each saved page — its headline,
// its publication date and every dated event it reports. Read and validated once, like the gazetteer.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const isoValue = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "an ISO date cut to its precision: 2024, 2024-01 or 2024-01-16");
const precision = z.enum(["day", "month", "year"]);

/** An actor as the page names it; alternatives when the page writes it several ways. */
const actorName = z.union([z.string().min(2), z.array(z.string().min(2)).min(1)]);

export const goldEventSchema = z.object({
  kind: z.string().min(2),
  start: isoValue,
  end: isoValue.nullable(),
  precision,
  /** stated: the text writes the date; inferred: a reader works it out (weekday, "أمس", the year from context). */
  certainty: z.enum(["stated", "inferred"]),
  actors: z.array(actorName),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  place: z.string().nullable(),
  /** The sentence that reports it, copied from the page. */
  evidence: z.string().min(10),
  /** The page's own news (what its headline and lead are about), not background. */
  main: z.boolean(),
  /** Which article of the page: 0 the page's own, 1… those embedded after "اقرأ أيضا". */
  article: z.number().int().min(0).default(0),
});

export const goldPageSchema = z.object({
  url: z.string().url(),
  outlet: z.string().min(2),
  region: z.enum(["gulf", "levant", "iraq", "nile", "maghreb", "yemen", "pan-arab", "international"]),
  topic: z.enum(["diplomacy", "war", "protest", "disaster", "election", "economy", "politics"]),
  /** About one of the seed pages' own stories (Lavrov–Choe talks, the Iran–US talks in Oman…). */
  seedStory: z.boolean(),
  /** The page's own headline exactly as the page has it; null when the saved text has none. */
  headline: z.string().nullable(),
  published: z.object({
    date: isoValue,
    precision,
    /** The words on the page that fix it; null when only the address or the archive's record does. */
    phrase: z.string().nullable(),
    basis: z.enum(["stated", "inferred", "outside"]),
  }).nullable(),
  events: z.array(goldEventSchema),
  notes: z.string().default(""),
}).superRefine((page, ctx) => {
  page.events.forEach((e, i) => {
    if (e.start.split("-").length !== { year: 1, month: 2, day: 3 }[e.precision]) {
      ctx.addIssue({ code: "custom", path: ["events", i, "start"], message: `start ${e.start} is not cut to ${e.precision} precision` });
    }
    if (e.end !== null && (e.end.split("-").length !== e.start.split("-").length || e.end < e.start)) {
      ctx.addIssue({ code: "custom", path: ["events", i, "end"], message: `end ${e.end} must share start's precision and not precede it` });
    }
  });
});

export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldPage = z.infer<typeof goldPageSchema>;

export interface CorpusPage {
  id: string;
  /** The page's file name (what the pipeline sees as the file). */
  file: string;
  text: string;
  gold: GoldPage;
}

export const CORPUS_DIR = path.join("tests", "corpus", "pages");

/** Every page with its gold, sorted by id; a page whose gold is missing or invalid is a problem naming its file. */
export function readCorpus(dir = CORPUS_DIR): { pages: CorpusPage[]; problems: string[] } {
  const pages: CorpusPage[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const id = file.slice(0, -4);
    const goldFile = path.join(dir, `${id}.gold.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(goldFile, "utf8"));
    } catch (error) {
      problems.push(`${goldFile}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = goldPageSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${goldFile}: ${i.path.join(".")}: ${i.message}`));
      continue;
    }
    pages.push({ id, file, text: readFileSync(path.join(dir, file), "utf8"), gold: parsed.data });
  }
  return { pages, problems };
}

/** The corpus, or an error listing every invalid gold file. */
export function loadCorpus(dir = CORPUS_DIR): CorpusPage[] {
  const { pages, problems } = readCorpus(dir);
  if (problems.length > 0) throw new Error(`invalid gold:\n${problems.join("\n")}`);
  return pages;
}
