// npm start / npm run dev: database (DATABASE_URL or embedded), migrations, seed, the job queue and
// one worker (SIJILL_WORKER=off: none), then Next.js.
import { spawn, spawnSync } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { readEnv } from "@/lib/env";
import { buildIsStale, nextBin } from "@/lib/cli/next-build";
import { installQueues } from "@/lib/jobs/queue";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { limitsFromEnv } from "@/lib/sources/fetch";
import { seedDatabase } from "@/seed/seed";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const env = readEnv();
const log = (line: string) => console.log(`[sijill] ${line}`);
const started = performance.now();
const server = await connectDatabase({ log });
const stopDatabase = once(() => server.stop());
const db = createPrismaClient(server.url);
try {
  const applied = await applyMigrations(server.url);
  if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
  const seed = await seedDatabase(db);
  log(`seed: ${seed.articlesAdded} articles and ${seed.eventsAdded} events added, ${seed.articlesKnown} articles already there`);
  for (const problem of seed.skipped) log(`seed skipped ${problem.file}: ${problem.message}`);
  await installQueues(server.url);
} finally {
  await db.$disconnect();
}
log(`database and queue ready in ${Math.round(performance.now() - started)} ms (${Math.round(performance.now())} ms since the process started)`);

if (mode === "start" && buildIsStale()) {
  log("building the production bundle (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) {
    await stopDatabase();
    process.exit(build.status ?? 1);
  }
}

let worker: RunningWorker | null = null;
let stopping = false;
if (env.SIJILL_WORKER === "on") {
  // Once stopping, the database goes away under the worker's connections: that is not news.
  worker = await startWorker({ databaseUrl: server.url, limits: limitsFromEnv(), log: (line) => stopping || log(`worker: ${line}`) });
  log("one worker running (more: npm run worker)");
}

const child = spawn(process.execPath, [nextBin, mode, "--port", String(env.PORT)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: server.url, NEXT_TELEMETRY_DISABLED: "1" },
});
log(`serving on http://localhost:${env.PORT}`);

function once(run: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => (pending ??= run());
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on("exit", async (code) => {
  await worker?.stop().catch(() => {});
  await stopDatabase();
  process.exit(code ?? 0);
});
