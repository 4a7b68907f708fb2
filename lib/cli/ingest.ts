// npm run ingest -- URL|FILE|DIR...: web pages, .txt and .html files into the database (DATABASE_URL
// or embedded), each kept as a raw document and stored in its own transaction.
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { ingestTargets } from "@/lib/sources/ingest-targets";

const targets = process.argv.slice(2).filter((arg) => arg !== "--");
if (targets.length === 0) {
  console.error("Usage: npm run ingest -- URL|FILE|DIR...");
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
  const summary = await ingestTargets(db, targets, {
    onItem: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${progressBar(done, total)}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  console.log(`Files and pages: ${summary.items} in ${seconds.toFixed(1)} s`);
  console.log(`Articles added:  ${summary.articlesAdded} (already stored: ${summary.articlesKnown}; pages unchanged since last fetched: ${summary.unchanged})`);
  console.log(`Events added:    ${summary.eventsAdded}`);
  console.log(`Events merged:   ${summary.eventsMerged} (new sources for events already stored)`);
  console.log(`Skipped:         ${summary.skipped.length}`);
  for (const problem of summary.skipped) console.log(`  - ${problem.file}: ${problem.message}`);
  process.exitCode = summary.items > 0 && summary.skipped.length >= summary.items ? 1 : 0;
} finally {
  await db.$disconnect();
  await server.stop();
}
