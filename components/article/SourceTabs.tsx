"use client";
// Every source article of an event as a tab (the ARIA tabs pattern; arrows move between tabs).
import { useRef, type KeyboardEvent } from "react";
import type { EventSourceDetail } from "@/lib/api/contract";
import { formatDate } from "@/lib/format/dates";

interface SourceTabsProps {
  idPrefix: string;
  sources: EventSourceDetail[];
  activeId: number;
  onSelect: (articleId: number) => void;
}

export const tabId = (prefix: string, articleId: number) => `${prefix}-tab-${articleId}`;
export const panelId = (prefix: string) => `${prefix}-panel`;

export function SourceTabs({ idPrefix, sources, activeId, onSelect }: SourceTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = sources.findIndex((source) => source.article.id === activeId);
    // Right-to-left: the next tab is to the left.
    const step = { ArrowLeft: 1, ArrowRight: -1, Home: -index, End: sources.length - 1 - index }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = sources[(index + step + sources.length) % sources.length];
    onSelect(next.article.id);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, next.article.id))}`)?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label="مصادر الحدث" onKeyDown={handleKeyDown} className="flex gap-1 overflow-x-auto border-b border-line">
      {sources.map((source) => {
        const { article } = source;
        const selected = article.id === activeId;
        return (
          <button
            key={article.id}
            id={tabId(idPrefix, article.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId(idPrefix)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(article.id)}
            className="flex max-w-56 shrink-0 flex-col items-start rounded-t-md border-b-2 border-transparent px-3 py-2 text-start text-sm aria-selected:border-accent aria-selected:bg-surface"
          >
            <span className="line-clamp-2 font-medium">{article.title}</span>
            <span className="text-xs text-muted">
              {article.outlet && <bdi>{article.outlet}</bdi>}
              {article.outlet && article.publishedOn && " · "}
              {article.publishedOn && article.publishedPrecision && <bdi>{formatDate(article.publishedOn, article.publishedPrecision)}</bdi>}
            </span>
          </button>
        );
      })}
    </div>
  );
}
