import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, pendingSchemaChange, schemaPath } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("migrations", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("agree with schema.prisma (no drift)", async () => {
    expect(await pendingSchemaChange(test.url)).toBeNull();
  });

  it("are reported as drifted when schema.prisma gains a field no migration adds", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const drifted = schema.replace(/model Article \{\n/, "model Article {\n  driftProbe String?\n");
    const sql = await pendingSchemaChange(test.url, drifted);
    expect(sql).toContain('ADD COLUMN     "driftProbe" TEXT');
  });

  it("apply nothing on a database that already has them, and record them in _prisma_migrations", async () => {
    expect(await applyMigrations(test.url)).toEqual([]);
    const rows = await test.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });
});
