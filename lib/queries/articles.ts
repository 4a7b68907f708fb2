import "server-only";
// One article as the pane shows it: the body exactly as ingested (evidence offsets index into it),
// the page it was embedded in, and the articles embedded in it.
import { getDb } from "@/lib/db";
import type { ArticleDetail } from "@/lib/api/contract";
import { isoDay } from "@/lib/queries/event-filters";

export async function findArticleDetail(id: number): Promise<ArticleDetail | null> {
  const article = await getDb().article.findUnique({
    where: { id },
    include: {
      parent: { select: { id: true, title: true } },
      embedded: { select: { id: true, title: true }, orderBy: { id: "asc" } },
    },
  });
  if (!article) return null;
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    agency: article.agency,
    url: article.url,
    body: article.body,
    keywords: article.keywords,
    publishedOn: article.publishedOn ? isoDay(article.publishedOn) : null,
    publishedPrecision: article.publishedPrecision,
    publishedCertainty: article.publishedCertainty,
    publishedPhrase: article.publishedPhrase,
    parent: article.parent,
    embedded: article.embedded,
  };
}
