import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createTestDatabase, type TestDatabase } from "../support/database";

function resetProcessClient(databaseUrl: string) {
  delete (globalThis as { sijillPrisma?: unknown }).sijillPrisma;
  process.env.DATABASE_URL = databaseUrl;
}

describe("GET /api/health", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("answers 200 when the database answers", async () => {
    resetProcessClient(test.url);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("answers 503 with a message when the database is unreachable", async () => {
    // Port 1 on loopback: nothing listens there.
    resetProcessClient("postgresql://postgres:postgres@127.0.0.1:1/none");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("database_unavailable");
    expect(body.error.message).toMatch(/database does not answer/);
  });
});
