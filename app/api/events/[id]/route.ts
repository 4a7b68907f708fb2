import { idParamSchema } from "@/lib/api/contract";
import { badRequest, notFound, respondWithDatabase } from "@/lib/api/respond";
import { findEventDetail } from "@/lib/queries/events";
import { z } from "zod";
import { readDenied } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: idParamSchema });

/** GET /api/events/:id — one event with every source and its evidence. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = await readDenied(request);
  if (denied) return denied;
  const input = paramsSchema.safeParse(await params);
  if (!input.success) return badRequest(input.error);
  return respondWithDatabase(async () => {
    const event = await findEventDetail(input.data.id);
    return event ? Response.json(event) : notFound(`event ${input.data.id}`);
  });
}
