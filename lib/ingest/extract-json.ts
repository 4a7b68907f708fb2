// The `extract` command's output document: articles, events and problems in a stable, plain shape.
import type { DatePrecision, ExtractionResult, PublishedCertainty } from "./types";

export interface ExtractJson {
  articles: {
    file: string;
    title: string;
    published: string | null;
    publishedCertainty: PublishedCertainty;
    outlet: string | null;
    parentTitle: string | null;
  }[];
  events: {
    kind: string;
    title: string;
    start: string;
    end: string | null;
    precision: DatePrecision;
    certainty: "stated" | "inferred";
    actors: { name: string; ar: string }[];
    countries: string[];
    place: string | null;
    sources: { file: string; articleTitle: string; evidence: string }[];
  }[];
  problems: { file: string; message: string }[];
}

export function toExtractJson(result: ExtractionResult): ExtractJson {
  // parentIndex counts within the article's own file.
  const firstOfFile = new Map<string, number>();
  result.articles.forEach((a, i) => {
    if (!firstOfFile.has(a.file)) firstOfFile.set(a.file, i);
  });
  return {
    articles: result.articles.map((a) => ({
      file: a.file,
      title: a.title,
      published: a.published.value,
      publishedCertainty: a.published.certainty,
      outlet: a.outlet,
      parentTitle: a.parentIndex === null ? null : result.articles[(firstOfFile.get(a.file) ?? 0) + a.parentIndex]?.title ?? null,
    })),
    events: result.events.map((e) => ({
      kind: e.kind,
      title: e.title,
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      certainty: e.date.certainty,
      actors: e.actors.map((x) => ({ name: x.name, ar: x.ar })),
      countries: e.countries,
      place: e.place,
      sources: e.sources.map((s) => ({
        file: result.articles[s.articleIndex]?.file ?? "",
        articleTitle: result.articles[s.articleIndex]?.title ?? "",
        evidence: s.evidence,
      })),
    })),
    problems: result.problems.map((p) => ({ file: p.file, message: p.message })),
  };
}
