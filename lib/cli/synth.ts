// npm run synth -- --events N [--seed S] [--actors N] [--reset]: fills the database (DATABASE_URL or
// the embedded one) with a reproducible synthetic corpus; --reset first removes the synthetic rows
// (and only those). `--reset` alone just removes them.
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { removeSynth, writeCorpus } from "@/lib/synth/write";

const { values } = parseArgs({
  options: {
    events: { type: "string" },
    seed: { type: "string", default: "1" },
    actors: { type: "string" },
    reset: { type: "boolean", default: false },
  },
});
const events = values.events === undefined ? 0 : Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed) || (!values.reset && events === 0)) {
  console.error("Usage: npm run synth -- --events N [--seed S] [--actors N] [--reset]");
  process.exit(2);
}

const log = (line: string) => console.log(`[synth] ${line}`);
const server = await connectDatabase({ log });
try {
  const applied = await applyMigrations(server.url);
  if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
  if (values.reset) {
    const removed = await removeSynth(server.url);
    log(`removed ${removed.events} synthetic events, ${removed.articles} articles, ${removed.actors} actors`);
  }
  if (events > 0) {
    let lastReport = 0;
    const report = await writeCorpus(server.url, {
      events,
      seed,
      actors: values.actors === undefined ? undefined : Number(values.actors),
      onProgress: ({ events: done, articles, total, elapsedMs }) => {
        if (done < total && elapsedMs - lastReport < 2_000) return;
        lastReport = elapsedMs;
        const rate = Math.round(done / (elapsedMs / 1000));
        log(`${done.toLocaleString("en")} / ${total.toLocaleString("en")} events, ${articles.toLocaleString("en")} articles (${rate.toLocaleString("en")} events/s)`);
      },
    });
    log(
      `done: ${report.events} events, ${report.articles} articles, ${report.sources} sources, ${report.actors} actors ` +
        `in ${(report.elapsedMs / 1000).toFixed(1)} s${report.bulkMode ? "" : " (not a superuser: triggers and checks stayed on)"}`,
    );
  }
} finally {
  await server.stop();
}
