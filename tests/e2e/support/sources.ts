// The sources spec's fixture: what it added through the app (pages of the test site, their
// articles and events, the feed) is removed afterwards, so the other specs see the seed alone.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

/** The database `npm start` runs for the browser tests (the embedded server on their data folder). */
async function e2eDatabase(dataDir: string): Promise<pg.Client> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), database: "sijill" });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  return client;
}

export async function removeWhatCameFrom(siteUrl: string, dataDir: string): Promise<void> {
  const client = await e2eDatabase(dataDir);
  const prefix = `${siteUrl}/%`;
  try {
    await client.query("BEGIN");
    const docs = (await client.query<{ id: number }>(`SELECT id FROM "Document" WHERE url LIKE $1`, [prefix])).rows.map((row) => row.id);
    const events = (await client.query<{ eventId: number }>(
      `SELECT DISTINCT s."eventId" FROM "EventSource" s JOIN "Article" a ON a.id = s."articleId" WHERE a."documentId" = ANY($1::int[])`,
      [docs],
    )).rows.map((row) => row.eventId);
    await client.query(`DELETE FROM "Article" WHERE "documentId" = ANY($1::int[])`, [docs]);
    await client.query(`DELETE FROM "Event" e WHERE e.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM "EventSource" s WHERE s."eventId" = e.id)`, [events]);
    await client.query(`DELETE FROM "Source" WHERE url LIKE $1`, [prefix]);
    await client.query(`DELETE FROM "Feed" WHERE url LIKE $1`, [prefix]);
    await client.query(`DELETE FROM "Document" WHERE id = ANY($1::int[])`, [docs]);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
