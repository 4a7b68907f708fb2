import { actorSearchQuerySchema } from "@/lib/api/contract";
import { searchParamsToInput } from "@/lib/api/params";
import { badRequest, respondWithDatabase } from "@/lib/api/respond";
import { findActors } from "@/lib/queries/facets";
import { readDenied } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** GET /api/actors?name=[&country=&actor=&q=&from=&to=&limit=] — actors any of whose spellings contain `name`, with counts under the filters. */
export async function GET(request: Request) {
  const denied = await readDenied(request);
  if (denied) return denied;
  const query = actorSearchQuerySchema.safeParse(searchParamsToInput(new URL(request.url).searchParams));
  if (!query.success) return badRequest(query.error);
  return respondWithDatabase(async () => Response.json(await findActors(query.data)));
}
