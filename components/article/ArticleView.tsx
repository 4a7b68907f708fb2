"use client";
// One article in the pane: title (the pane's name), outlet, date, host page, and the body.
import type { ArticleDetail } from "@/lib/api/contract";
import { CERTAINTY_LABEL, formatDate } from "@/lib/format/dates";
import { EvidenceBody } from "@/components/article/EvidenceBody";

interface ArticleViewProps {
  article: ArticleDetail;
  titleId: string;
  evidence: { start: number; end: number } | null;
  onOpenArticle: (id: number) => void;
}

export function ArticleView({ article, titleId, evidence, onOpenArticle }: ArticleViewProps) {
  return (
    <article className="flex flex-col gap-3">
      <header className="flex flex-col gap-1">
        <h3 id={titleId} className="text-lg font-bold leading-snug">
          {article.title}
        </h3>
        <p className="text-sm text-muted">
          {article.outlet && <bdi>{article.outlet}</bdi>}
          {article.outlet && article.publishedOn && " · "}
          {article.publishedOn && article.publishedPrecision && (
            <bdi>
              {formatDate(article.publishedOn, article.publishedPrecision)}
              {article.publishedCertainty === "inferred" && ` (${CERTAINTY_LABEL.inferred})`}
            </bdi>
          )}
        </p>
        {article.parent && (
          <p className="text-sm">
            نُشر ضمن:{" "}
            <a
              href={`?article=${article.parent.id}`}
              onClick={(event) => {
                event.preventDefault();
                onOpenArticle(article.parent!.id);
              }}
              className="text-accent underline underline-offset-2"
            >
              {article.parent.title}
            </a>
          </p>
        )}
      </header>
      <EvidenceBody body={article.body} evidence={evidence} />
      {article.embedded.length > 0 && (
        <section aria-label="مقالات مضمّنة" className="border-t border-line pt-2 text-sm">
          <h4 className="font-semibold">اقرأ أيضاً في هذه الصفحة</h4>
          <ul className="list-disc ps-5">
            {article.embedded.map((embedded) => (
              <li key={embedded.id}>
                <a
                  href={`?article=${embedded.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenArticle(embedded.id);
                  }}
                  className="text-accent underline underline-offset-2"
                >
                  {embedded.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
