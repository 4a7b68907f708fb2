// npm run ingest -- FILE|DIR...: the ingestion pipeline into the database (DATABASE_URL or embedded).
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { ingestPaths } from "@/lib/ingest/ingest";

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("Usage: npm run ingest -- FILE|DIR...");
  process.exit(2);
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
}

const server = await connectDatabase({ log: console.error });
const db = createPrismaClient(server.url);
try {
  await applyMigrations(server.url);
  const started = performance.now();
  const summary = await ingestPaths(db, paths, {
    onFile: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${progressBar(done, total)}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  console.log(`Files read:      ${summary.files} in ${seconds.toFixed(1)} s`);
  console.log(`Articles added:  ${summary.articlesAdded} (already stored: ${summary.articlesKnown})`);
  console.log(`Events added:    ${summary.eventsAdded}`);
  console.log(`Events merged:   ${summary.eventsMerged} (new sources for events already stored)`);
  console.log(`Skipped:         ${summary.skipped.length}`);
  for (const problem of summary.skipped) console.log(`  - ${problem.file}: ${problem.message}`);
} finally {
  await db.$disconnect();
  await server.stop();
}
