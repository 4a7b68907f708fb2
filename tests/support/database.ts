// A fresh, migrated database per test file: no test depends on another's leftovers.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db";
import { TEMPLATE_DATABASE, dropDatabase, recreateDatabase, withDatabaseName } from "./postgres";

export interface TestDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const name = `sijill_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await recreateDatabase(adminUrl, name, TEMPLATE_DATABASE);
  const url = withDatabaseName(adminUrl, name);
  const db = createPrismaClient(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await dropDatabase(adminUrl, name);
    },
  };
}
