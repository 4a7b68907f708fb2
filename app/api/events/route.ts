import { eventWindowQuerySchema } from "@/lib/api/contract";
import { searchParamsToInput } from "@/lib/api/params";
import { badRequest, respondWithDatabase } from "@/lib/api/respond";
import { findEventsInWindow } from "@/lib/queries/events";
import { readDenied } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** GET /api/events?from=&to=&country=&actor=&q=&limit= — the events overlapping a window. */
export async function GET(request: Request) {
  const denied = await readDenied(request);
  if (denied) return denied;
  const query = eventWindowQuerySchema.safeParse(searchParamsToInput(new URL(request.url).searchParams));
  if (!query.success) return badRequest(query.error);
  return respondWithDatabase(async () => Response.json(await findEventsInWindow(query.data)));
}
