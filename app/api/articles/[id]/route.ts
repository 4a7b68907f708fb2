import { idParamSchema } from "@/lib/api/contract";
import { badRequest, notFound, respondWithDatabase } from "@/lib/api/respond";
import { findArticleDetail } from "@/lib/queries/articles";
import { z } from "zod";
import { readDenied } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: idParamSchema });

/** GET /api/articles/:id — one article's full text, its host page and its embedded articles. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = await readDenied(request);
  if (denied) return denied;
  const input = paramsSchema.safeParse(await params);
  if (!input.success) return badRequest(input.error);
  return respondWithDatabase(async () => {
    const article = await findArticleDetail(input.data.id);
    return article ? Response.json(article) : notFound(`article ${input.data.id}`);
  });
}
