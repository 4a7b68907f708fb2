import "server-only";
import { getDb } from "@/lib/db";

export type DatabaseHealth = { ok: true } | { ok: false; message: string };

/** Whether the database answers a trivial query within a few seconds. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}
