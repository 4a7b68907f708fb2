import "server-only";
// The sources page's list: the latest items with where each stands, and the feeds with theirs.
import { getDb } from "@/lib/db";
import type { SourcesResponse } from "@/lib/api/sources-contract";
import { isoDay } from "@/lib/queries/event-filters";

const LATEST = 100;

export async function listSources(): Promise<SourcesResponse> {
  const db = getDb();
  const [sources, feeds] = await Promise.all([
    db.source.findMany({ orderBy: { id: "desc" }, take: LATEST, include: { feed: { select: { title: true } } } }),
    db.feed.findMany({ orderBy: { id: "asc" } }),
  ]);
  const articleIds = sources.flatMap((source) => (source.articleId ? [source.articleId] : []));
  const [articles, links] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } }),
    db.eventSource.findMany({
      where: { articleId: { in: articleIds } },
      select: { articleId: true, event: { select: { id: true, title: true, startDate: true } } },
      orderBy: { eventId: "asc" },
    }),
  ]);
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  const eventsOf = new Map<number, SourcesResponse["sources"][number]["events"]>();
  for (const link of links) {
    const list = eventsOf.get(link.articleId) ?? [];
    if (!list.some((event) => event.id === link.event.id)) list.push({ id: link.event.id, title: link.event.title, start: isoDay(link.event.startDate) });
    eventsOf.set(link.articleId, list);
  }
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    sources: sources.map((source) => ({
      id: source.id,
      kind: source.kind,
      label: source.url ?? source.fileName ?? `#${source.id}`,
      url: source.url,
      state: source.state,
      error: source.error,
      feedTitle: source.feed?.title ?? null,
      articleId: source.articleId,
      articleTitle: source.articleId ? (titles.get(source.articleId) ?? null) : null,
      articlesAdded: source.articlesAdded,
      eventsAdded: source.eventsAdded,
      eventsMerged: source.eventsMerged,
      events: source.articleId ? (eventsOf.get(source.articleId) ?? []) : [],
      updatedAt: source.updatedAt.toISOString(),
    })),
    feeds: feeds.map((feed) => ({
      id: feed.id,
      url: feed.url,
      title: feed.title,
      everyMinutes: feed.everyMinutes,
      lastPolledAt: iso(feed.lastPolledAt),
      lastSuccessAt: iso(feed.lastSuccessAt),
      lastError: feed.lastError,
      lastErrorAt: iso(feed.lastErrorAt),
      itemsSeen: feed.itemsSeen,
      articlesAdded: feed.articlesAdded,
    })),
  };
}
