// Resolves the database this process talks to: DATABASE_URL, or the embedded server.
import path from "node:path";
import { readEnv } from "@/lib/env";
import { startEmbeddedPostgres, type RunningDatabase } from "@/lib/db/embedded";

export async function connectDatabase(options: { database?: string; log?: (line: string) => void } = {}): Promise<RunningDatabase> {
  const env = readEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({
    dataDir: path.join(env.SIJILL_DATA_DIR, "pg"),
    database: options.database ?? "sijill",
    log: options.log,
  });
}
