"use client";
// The pane beside the timeline: the selected event and its source articles, or one article on its
// own (?article=). Its accessible name is the shown article's title; Escape closes it.
import { useEffect, useId, useRef, useState } from "react";
import { useArticle, useEventDetail } from "@/lib/client/queries";
import { ArticleView } from "@/components/article/ArticleView";
import { EventFacts } from "@/components/article/EventFacts";
import { SourceTabs, panelId, tabId } from "@/components/article/SourceTabs";

interface ArticlePaneProps {
  eventId: number | null;
  articleId: number | null;
  onClose: () => void;
  onOpenArticle: (articleId: number) => void;
}

export function ArticlePane({ eventId, articleId, onClose, onOpenArticle }: ArticlePaneProps) {
  const idPrefix = useId().replaceAll(":", "");
  const titleId = `${idPrefix}-title`;
  const paneRef = useRef<HTMLElement>(null);
  const event = useEventDetail(eventId);
  const sources = event.data?.sources ?? [];
  const [chosenTab, setChosenTab] = useState<number | null>(null);
  const inSources = (id: number | null) => sources.find((source) => source.article.id === id);
  const activeSource = inSources(chosenTab) ?? inSources(articleId) ?? sources[0];
  const shownArticleId = eventId === null ? articleId : (activeSource?.article.id ?? null);
  const article = useArticle(shownArticleId);

  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });
  useEffect(() => {
    function closeOnEscape(keyEvent: KeyboardEvent) {
      if (keyEvent.key === "Escape" && !keyEvent.defaultPrevented) latestClose.current();
    }
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, []);
  // Opening moves focus into the pane (without jumping: the evidence scrolls itself into view).
  useEffect(() => {
    paneRef.current?.focus({ preventScroll: true });
  }, [eventId, articleId]);

  const failed = event.isError || article.isError;
  const evidence = activeSource && article.data?.id === activeSource.article.id
    ? { start: activeSource.evidenceStart, end: activeSource.evidenceEnd }
    : null;

  return (
    <section
      ref={paneRef}
      tabIndex={-1}
      data-pane-scroll
      aria-labelledby={article.data ? titleId : undefined}
      aria-label={article.data ? undefined : "تفاصيل الحدث"}
      className="max-h-[calc(100dvh-2rem)] space-y-3 overflow-y-auto rounded-lg border border-line bg-panel p-4 outline-none lg:sticky lg:top-4"
    >
      <div className="flex items-start justify-between gap-2">
        {event.data ? <EventFacts event={event.data} /> : <span />}
        <button type="button" onClick={onClose} className="shrink-0 rounded-md border border-line px-2 py-1 text-sm hover:border-accent">
          إغلاق
        </button>
      </div>
      {failed && <p role="alert">تعذّر تحميل التفاصيل. حاول مرة أخرى.</p>}
      {(event.isLoading || article.isLoading) && <p className="text-muted">جارٍ التحميل…</p>}
      {eventId !== null && activeSource && (
        <SourceTabs idPrefix={idPrefix} sources={sources} activeId={activeSource.article.id} onSelect={setChosenTab} />
      )}
      {article.data && (
        <div
          role={eventId !== null && activeSource ? "tabpanel" : undefined}
          id={panelId(idPrefix)}
          aria-labelledby={eventId !== null && activeSource ? tabId(idPrefix, activeSource.article.id) : undefined}
        >
          <ArticleView article={article.data} titleId={titleId} evidence={evidence} onOpenArticle={onOpenArticle} />
        </div>
      )}
    </section>
  );
}
