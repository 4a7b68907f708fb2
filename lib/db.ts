// The one Prisma client for the process, over the pg driver adapter (no native query engine).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";

export type Database = PrismaClient;

const pools = new WeakMap<Database, pg.Pool>();

export function createPrismaClient(databaseUrl: string): Database {
  // The pool is created here rather than by the adapter so that driverPool() can hand it out.
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000, allowExitOnIdle: true });
  // An idle connection the server closed (a dropped test database, a restart) is replaced on next use.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // The adapter leaves a pool it was given open: $disconnect closes it too.
  const disconnect = client.$disconnect.bind(client);
  Object.defineProperty(client, "$disconnect", {
    value: async () => {
      await disconnect();
      if (!pool.ended) await pool.end();
    },
  });
  pools.set(client, pool);
  return client;
}

/**
 * The client's own pg pool, for the rare hot path where Prisma's cost per statement (~0.5 ms,
 * against ~0.1 ms for the driver) is most of the work: bulk ingest (lib/ingest/store.ts).
 */
export function driverPool(db: Database): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("driverPool: not a client made by createPrismaClient");
  return pool;
}

// Kept on globalThis so that hot reload in development doesn't open a new pool per edit.
const globalForPrisma = globalThis as unknown as { sijillPrisma?: Database };

/** The process's client. DATABASE_URL is set by `npm start`/`npm run dev`, which own the database. */
export function getDb(): Database {
  if (!globalForPrisma.sijillPrisma) {
    const { DATABASE_URL } = readEnv();
    if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForPrisma.sijillPrisma = createPrismaClient(DATABASE_URL);
  }
  return globalForPrisma.sijillPrisma;
}
