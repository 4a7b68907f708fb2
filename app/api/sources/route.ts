import { parseAddSources, type AddSourcesResponse } from "@/lib/api/sources-contract";
import { badRequest, respondWithDatabase } from "@/lib/api/respond";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { webQueue } from "@/lib/jobs/queue";
import { listSources } from "@/lib/queries/sources";
import { addFeed, addLinks } from "@/lib/sources/add";

export const dynamic = "force-dynamic";

/** GET /api/sources — the latest links, files and feed items with where each stands, and the feeds. Editors only. */
export async function GET(request: Request) {
  return respondWithDatabase(async () => {
    const viewer = await requireRole(request, "editor");
    if (viewer instanceof Response) return viewer;
    return Response.json(await listSources());
  });
}

/** POST /api/sources — `{ links }` queues one or many pages; `{ feed, every }` adds a feed and polls it now. */
export async function POST(request: Request) {
  return respondWithDatabase(async () => {
    const viewer = await requireRole(request, "editor");
    if (viewer instanceof Response) return viewer;
    const body = await request.json().catch(() => undefined);
    const input = parseAddSources(body);
    if (!input.success) return badRequest(input.error);
    const boss = await webQueue();
    const result: AddSourcesResponse =
      "links" in input.data
        ? { sources: await addLinks(getDb(), boss, input.data.links, viewer.id) }
        : { sources: [], feed: await addFeed(getDb(), boss, input.data.feed, input.data.every, viewer.id) };
    return Response.json(result, { status: 201 });
  });
}
