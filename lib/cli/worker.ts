// npm run worker: one more worker for the job queue (fetches, ingests, feed polls). Run as many as
// you like, here or on other machines, with the same DATABASE_URL (on this machine without one, it
// joins the embedded PostgreSQL that `npm start` runs).
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { startWorker } from "@/lib/jobs/worker";
import { limitsFromEnv } from "@/lib/sources/fetch";

const log = (line: string) => console.log(`[worker] ${line}`);
const server = await connectDatabase({ log });
await applyMigrations(server.url);
const worker = await startWorker({ databaseUrl: server.url, limits: limitsFromEnv(), log });
log(`working (pid ${process.pid}); Ctrl-C stops after the jobs under way`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await server.stop();
    process.exit(0);
  });
}
