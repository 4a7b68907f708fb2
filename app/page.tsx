import { redirect } from "next/navigation";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { MAX_EVENTS_PER_WINDOW } from "@/lib/api/contract";
import type { SearchParamsRecord } from "@/lib/api/params";
import { isDatabaseUnavailable } from "@/lib/api/respond";
import { currentViewer, mustSignInToRead } from "@/lib/auth/session";
import { queryKeys } from "@/lib/client/query-keys";
import { parseDashboardState } from "@/lib/dashboard/url-state";
import { defaultWindow } from "@/lib/dashboard/window";
import { findArticleDetail } from "@/lib/queries/articles";
import { findEventDetail, findEventExtent, findEventsInWindow } from "@/lib/queries/events";
import { QueryProvider } from "@/components/providers/QueryProvider";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { DatabaseUnavailable } from "@/components/dashboard/DatabaseUnavailable";
import { SiteHeader } from "@/components/layout/SiteHeader";

export const dynamic = "force-dynamic";

/** Everything the first paint shows, fetched here so the page arrives filled in. The filters'
    counts are not among it: they cost what the archive holds, so the browser asks for them once
    the page is on screen. */
async function loadInitialData(params: SearchParamsRecord) {
  const state = parseDashboardState(params);
  const window = state.window ?? defaultWindow(await findEventExtent(state.filters));
  const [events, event, article] = await Promise.all([
    findEventsInWindow({ ...window, ...state.filters, limit: MAX_EVENTS_PER_WINDOW }),
    state.event ? findEventDetail(state.event) : null,
    state.article ? findArticleDetail(state.article) : null,
  ]);
  const queryClient = new QueryClient();
  queryClient.setQueryData(queryKeys.events(window, state.filters), events);
  if (state.event && event) queryClient.setQueryData(queryKeys.event(state.event), event);
  if (state.article && article) queryClient.setQueryData(queryKeys.article(state.article), article);
  return { window, dehydrated: dehydrate(queryClient) };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  if (await mustSignInToRead()) redirect("/sign-in?next=/");
  const viewer = await currentViewer().catch(() => null);
  let initial: Awaited<ReturnType<typeof loadInitialData>> | null = null;
  try {
    initial = await loadInitialData(await searchParams);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
  }
  return (
    <>
      <SiteHeader viewer={viewer} />
      <main>
        {initial ? (
          <QueryProvider>
            <HydrationBoundary state={initial.dehydrated}>
              <Dashboard defaultWindow={initial.window} />
            </HydrationBoundary>
          </QueryProvider>
        ) : (
          <DatabaseUnavailable />
        )}
      </main>
    </>
  );
}
