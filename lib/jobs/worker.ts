// A worker: takes jobs from the queue and runs them (lib/sources/process.ts). Start as many as you
// like, on this machine or others, pointed at the same DATABASE_URL: pg-boss gives each job to one.
import PgBoss from "pg-boss";
import { createPrismaClient, type Database } from "@/lib/db";
import { createQueues, QUEUES, queuePoll } from "@/lib/jobs/queue";
import type { FetchLimits } from "@/lib/sources/fetch";
import { dueFeeds, fetchSource, ingestSource, pollFeed, type WorkContext } from "@/lib/sources/process";

export interface WorkerOptions {
  databaseUrl: string;
  /** Jobs of each queue run at once by this worker. */
  concurrency?: number;
  /** How often an idle worker asks for jobs. */
  pollingIntervalSeconds?: number;
  limits?: FetchLimits;
  today?: Date;
  /** Whether this worker schedules the feeds' polls (pg-boss keeps one schedule for all workers). */
  schedule?: boolean;
  log?: (line: string) => void;
}

export interface RunningWorker {
  db: Database;
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => {});
  const db = createPrismaClient(options.databaseUrl);
  const concurrency = options.concurrency ?? 2;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: concurrency * 2 + 2,
    schedule: options.schedule ?? true,
    supervise: true,
    migrate: true,
    application_name: "sijill-worker",
  });
  boss.on("error", (error) => log(`queue error: ${error.message}`));
  await boss.start();
  await createQueues(boss);
  const ctx: WorkContext = { db, boss, limits: options.limits, today: options.today };
  const work = { includeMetadata: true as const, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 };

  // pg-boss waits its polling interval between fetches even when jobs are waiting; a worker that
  // just finished one asks again at once, so a full queue drains at the speed of the work.
  const drain = async <T>(name: string, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<void>) => {
    let id = ""; // known once work() returns; the first job may start before
    id = await boss.work<T>(name, work, async ([job]) => {
      try {
        await handler(job);
      } finally {
        if (id) boss.notifyWorker(id);
      }
    });
  };
  type SourceJob = { sourceId: number };
  for (let i = 0; i < concurrency; i++) {
    await drain<SourceJob>(QUEUES.fetch, async (job) => {
      await fetchSource(ctx, job.data.sourceId, job);
      log(`fetched source ${job.data.sourceId}`);
    });
    await drain<SourceJob>(QUEUES.ingest, async (job) => {
      await ingestSource(ctx, job.data.sourceId, job);
      log(`ingested source ${job.data.sourceId}`);
    });
  }
  await drain<{ feedId: number }>(QUEUES.poll, async (job) => {
    const outcome = await pollFeed(ctx, job.data.feedId);
    log(`polled feed ${job.data.feedId}: ${outcome.itemsNew} new of ${outcome.itemsListed}`);
  });
  await boss.work(QUEUES.tick, work, async () => {
    for (const feedId of await dueFeeds(db)) await queuePoll(ctx, feedId);
  });
  if (options.schedule ?? true) await boss.schedule(QUEUES.tick, "* * * * *");

  return {
    db,
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.$disconnect();
    },
  };
}
