import { facetsQuerySchema } from "@/lib/api/contract";
import { searchParamsToInput } from "@/lib/api/params";
import { badRequest, respondWithDatabase } from "@/lib/api/respond";
import { findFacets } from "@/lib/queries/facets";

export const dynamic = "force-dynamic";

/** GET /api/facets?country=&actor=&q=[&from=&to=] — countries and actors with counts under the filters. */
export async function GET(request: Request) {
  const query = facetsQuerySchema.safeParse(searchParamsToInput(new URL(request.url).searchParams));
  if (!query.success) return badRequest(query.error);
  return respondWithDatabase(async () => Response.json(await findFacets(query.data)));
}
