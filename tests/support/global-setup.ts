// Vitest global setup: one PostgreSQL server for the run (DATABASE_URL's, or an embedded one), with a
// migrated template database that each test file copies into a database of its own.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { TEMPLATE_DATABASE, dropDatabase, recreateDatabase, withDatabaseName } from "./postgres";

let server: RunningDatabase | undefined;

export async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  server = databaseUrl
    ? { url: databaseUrl, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: path.join(process.env.SIJILL_DATA_DIR ?? ".data", "pg-test"),
        database: "postgres",
        // Throwaway data: durability only costs time here.
        settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
      });
  const templateUrl = withDatabaseName(server.url, TEMPLATE_DATABASE);
  await recreateDatabase(server.url, TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  project.provide("adminUrl", server.url);
}

export async function teardown() {
  if (server) {
    await dropDatabase(server.url, TEMPLATE_DATABASE).catch(() => {});
    await server.stop();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
