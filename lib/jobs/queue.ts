// The job queue: pg-boss over the app's PostgreSQL (its 10.x line runs on Node 20). Every fetch,
// ingest and feed poll is a job there, so any number of stateless web servers and workers share
// one database and nothing else: a job is handed to exactly one worker (SKIP LOCKED), failed jobs
// are retried with backoff, and a job's failure stays visible with its reason.
import PgBoss from "pg-boss";
import type pg from "pg";

export const QUEUES = {
  /** Fetch a link or a feed's item and keep the document: { sourceId }. */
  fetch: "source-fetch",
  /** Run the pipeline over a source's document and store what it gives: { sourceId }. */
  ingest: "source-ingest",
  /** Poll one feed: { feedId }. */
  poll: "feed-poll",
  /** Every minute: queue a poll of each feed that is due. */
  tick: "feeds-tick",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

// "short": one job per key waits in the queue at a time (adding a page twice queues one fetch),
// while any number run. Retries back off (retryDelay doubles from its value, in seconds).
const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, "name">> = {
  [QUEUES.fetch]: { policy: "short", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
  [QUEUES.ingest]: { policy: "short", retryLimit: 2, retryDelay: 2, retryBackoff: true, expireInSeconds: 600 },
  [QUEUES.poll]: { policy: "short", retryLimit: 1, retryDelay: 30, retryBackoff: false, expireInSeconds: 300 },
  [QUEUES.tick]: { policy: "short", retryLimit: 0, expireInSeconds: 60 },
};

/** Creates pg-boss's schema and the queues when missing; cheap when they exist. */
export async function installQueues(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    await createQueues(boss);
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
}

export async function createQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
    if (!existing.has(name)) await boss.createQueue(name, { name, ...options });
  }
}

/** A pg connection (or pool) as pg-boss's `db`: jobs sent through it join that connection's transaction. */
export function bossDb(conn: pg.Pool | pg.PoolClient): PgBoss.Db {
  return { executeSql: (text, values) => conn.query(text, values) };
}

/** A pg-boss that only sends jobs, over an existing pool (the web app's): no polling, no maintenance. */
export function sendOnlyBoss(pool: pg.Pool): PgBoss {
  const boss = new PgBoss({ db: bossDb(pool), supervise: false, schedule: false, migrate: false });
  boss.on("error", (error) => console.error("queue:", error));
  return boss;
}

export interface SendTarget {
  boss: PgBoss;
  /** The transaction to send in (the jobs exist only if it commits); else the boss's own connection. */
  conn?: pg.PoolClient;
}

export function queueFetch({ boss, conn }: SendTarget, sourceId: number) {
  return boss.send(QUEUES.fetch, { sourceId }, { singletonKey: String(sourceId), ...(conn ? { db: bossDb(conn) } : {}) });
}

export function queueIngest({ boss, conn }: SendTarget, sourceId: number) {
  return boss.send(QUEUES.ingest, { sourceId }, { singletonKey: String(sourceId), ...(conn ? { db: bossDb(conn) } : {}) });
}

export function queuePoll({ boss, conn }: SendTarget, feedId: number) {
  return boss.send(QUEUES.poll, { feedId }, { singletonKey: String(feedId), ...(conn ? { db: bossDb(conn) } : {}) });
}

// The web app's sender, over the process's pool, kept on globalThis like the Prisma client.
const globalForQueue = globalThis as unknown as { sijillQueue?: { pool: pg.Pool; boss: PgBoss } };

/** The web app's way to queue jobs (never runs them), over the process's database pool. */
export async function webQueue(): Promise<PgBoss> {
  const { driverPool, getDb } = await import("@/lib/db");
  const pool = driverPool(getDb());
  if (globalForQueue.sijillQueue?.pool !== pool) globalForQueue.sijillQueue = { pool, boss: sendOnlyBoss(pool) };
  return globalForQueue.sijillQueue.boss;
}
