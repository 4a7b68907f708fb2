// The one Prisma client for the process, over the pg driver adapter (no native query engine).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";

export type Database = PrismaClient;

export function createPrismaClient(databaseUrl: string): Database {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 }),
  });
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
