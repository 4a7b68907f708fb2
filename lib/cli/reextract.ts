// npm run reextract: the current pipeline over every raw document kept. Idempotent: a document the
// pipeline reads as before is left alone; one it reads differently has what the old run derived
// replaced (lib/ingest/store/reextract.ts).
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { reextractDocuments } from "@/lib/ingest/store/reextract";

const server = await connectDatabase({ log: console.error });
const db = createPrismaClient(server.url);
try {
  await applyMigrations(server.url);
  const started = performance.now();
  let lastShown = 0;
  const summary = await reextractDocuments(db, {
    onDocument: (done, total) => {
      const now = performance.now();
      if (done === total || now - lastShown > 500) {
        lastShown = now;
        process.stderr.write(process.stderr.isTTY ? `\rdocuments: ${done}/${total}` : `documents: ${done}/${total}\n`);
      }
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(`Documents:       ${summary.documents} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`Re-extracted:    ${summary.replaced} (unchanged: ${summary.unchanged})`);
  console.log(`Events removed:  ${summary.eventsRemoved} (left with no source)`);
  console.log(`Events added:    ${summary.eventsAdded}, merged: ${summary.eventsMerged}`);
  console.log(`Problems:        ${summary.problems.length}`);
  for (const problem of summary.problems) console.log(`  - ${problem.file}: ${problem.message}`);
} finally {
  await db.$disconnect();
  await server.stop();
}
