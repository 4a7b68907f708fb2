// The whole pure pipeline: files → articles → publication dates → events → merged timeline.
// Per-file problems are reported and the rest carries on.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isoBounds } from "@/lib/ingest/dates/days";
import { recogniseEntities, LearnedActors } from "@/lib/ingest/entities/recognise";
import { extractEvents } from "@/lib/ingest/events/extract";
import { gazetteer as defaultGazetteer, type Gazetteer } from "@/lib/ingest/entities/gazetteer";
import { mergeDuplicateEvents } from "@/lib/ingest/events/merge";
import { countArabicLetters } from "@/lib/ingest/text/normalise";
import { parseArticles, type ParsedPage } from "@/lib/ingest/page/parse";
import { addressDate } from "@/lib/ingest/page/address";
import { inferPublicationDate, reconcileWithToday, type ActorTenures } from "@/lib/ingest/page/publication";
import type { ExtractedEvent, ExtractionResult, IngestProblem, ParsedArticle } from "./types";

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MIN_ARABIC_LETTERS = 40;

export interface InputText {
  file: string;
  text: string;
  /** The address the text was read from, when known. */
  url?: string | null;
}

export interface ExtractOptions {
  /** "Now" for inference (no publication year after it); defaults to the clock. */
  today?: Date;
  gazetteer?: Gazetteer;
}

/** Actors the article names, with their terms of office: the evidence for an undated article's year. */
function namedActorTenures(article: ParsedArticle, gaz: Gazetteer): ActorTenures[] {
  const byName = new Map<string, ActorTenures>();
  for (const m of recogniseEntities(`${article.title}\n${article.body}`, { gazetteer: gaz, namesOnly: true })) {
    const a = m.gazetteerActor;
    if (a && a.roles.length > 0 && !byName.has(a.name)) byName.set(a.name, { name: a.name, tenures: a.roles });
  }
  return [...byName.values()];
}

function startTime(e: ExtractedEvent): number {
  return isoBounds(e.date.start)[0].getTime();
}

export function extractTexts(inputs: InputText[], options: ExtractOptions = {}): ExtractionResult & { undated: number } {
  return extractPages(inputs.map((input) => {
    const page = parseArticles(input.file, input.text);
    // The page's own article is the one at the address; embedded ones keep what they state.
    const own = page.articles[0];
    if (own && !own.url && input.url) own.url = input.url;
    return { file: input.file, page };
  }), options);
}

/** The pipeline after the page stage: pages already split into articles (text files, or HTML pages read by html.ts). */
export function extractPages(pages: { file: string; page: ParsedPage }[], options: ExtractOptions = {}): ExtractionResult & { undated: number } {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const today = options.today ?? new Date();
  const articles: ParsedArticle[] = [];
  const problems: IngestProblem[] = [];
  let events: ExtractedEvent[] = [];
  let undated = 0;

  for (const { file, page } of pages) {
    const input = { file };
    for (const message of page.problems) problems.push({ file: input.file, message: `Skipped ${message}` });
    if (page.articles.length === 0 && page.problems.length === 0) problems.push({ file: input.file, message: "No article found" });
    for (const article of page.articles) {
      if (article.published.value === null) {
        // Never the host page's date, never today's: only what this article's own text or address fixes.
        const text = `${article.title}\n${article.body}`;
        article.published = addressDate(article.url, text, today) ?? inferPublicationDate(text, namedActorTenures(article, gaz), { today });
      }
      else article.published = reconcileWithToday(article.published, article.body);
      const anchor = article.published.value && article.published.precision
        ? { value: article.published.value, precision: article.published.precision }
        : null;
      const found = extractEvents(article, { articleIndex: articles.length, anchor, gazetteer: gaz, learned: new LearnedActors() });
      undated += found.undated;
      events.push(...mergeDuplicateEvents(found.events));
      articles.push(article);
    }
  }
  events = mergeDuplicateEvents(events).sort((a, b) => startTime(a) - startTime(b) || a.title.localeCompare(b.title));
  return { articles, events, problems, undated };
}

/** Why a file can't be ingested, or null when it can. */
export function checkInputText(bytes: Buffer): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: "Empty file" };
  if (bytes.length > MAX_FILE_BYTES) return { problem: `File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  if (bytes.includes(0)) return { problem: "Binary file (contains NUL bytes), not text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: "Not valid UTF-8 text" };
  }
  if (text.trim().length === 0) return { problem: "Empty file" };
  if (countArabicLetters(text) < MIN_ARABIC_LETTERS) return { problem: "Not Arabic text (too few Arabic letters)" };
  return { text };
}

/** Read files (directories expand to their .txt files, sorted); unreadable ones become problems. */
export function readInputFiles(paths: string[]): { inputs: InputText[]; problems: IngestProblem[] } {
  const inputs: InputText[] = [];
  const problems: IngestProblem[] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        files.push(...readdirSync(p).filter((f) => f.toLowerCase().endsWith(".txt")).sort().map((f) => path.join(p, f)));
      } else files.push(p);
    } catch {
      problems.push({ file: path.basename(p), message: "File not found or not readable" });
    }
  }
  for (const file of files) {
    const name = path.basename(file);
    try {
      if (statSync(file).size > MAX_FILE_BYTES) {
        problems.push({ file: name, message: `File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
        continue;
      }
      const checked = checkInputText(readFileSync(file));
      if ("problem" in checked) problems.push({ file: name, message: checked.problem });
      else inputs.push({ file: name, text: checked.text });
    } catch {
      problems.push({ file: name, message: "File not found or not readable" });
    }
  }
  return { inputs, problems };
}
