import { facetsQuerySchema } from "@/lib/api/contract";
import { searchParamsToInput } from "@/lib/api/params";
import { badRequest, respondWithDatabase } from "@/lib/api/respond";
import { findFacets } from "@/lib/queries/facets";
import { readDenied } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** GET /api/facets?country=&actor=&q=[&from=&to=] — countries and actors with counts under the filters. */
export async function GET(request: Request) {
  const denied = await readDenied(request);
  if (denied) return denied;
  const query = facetsQuerySchema.safeParse(searchParamsToInput(new URL(request.url).searchParams));
  if (!query.success) return badRequest(query.error);
  return respondWithDatabase(async () => Response.json(await findFacets(query.data)));
}
