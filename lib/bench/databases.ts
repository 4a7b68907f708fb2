// The benchmark's databases: one per corpus size on the embedded server (or DATABASE_URL's), kept
// in .data between runs, since a million events take minutes to generate.
import pg from "pg";
import { createDatabaseIfMissing } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { writeCorpus } from "@/lib/synth/write";

export const BENCH_SEED = 20_261_122;

export function benchDatabaseName(events: number): string {
  const label = events >= 1_000_000 && events % 1_000_000 === 0 ? `${events / 1_000_000}m` : events % 1000 === 0 ? `${events / 1000}k` : String(events);
  return `sijill_bench_${label}`;
}

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function synthCount(url: string): Promise<{ events: number; other: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ synth: string; other: string }>(
      `SELECT count(*) FILTER (WHERE origin = 'synth') AS synth, count(*) FILTER (WHERE origin <> 'synth') AS other FROM "Event"`,
    );
    return { events: Number(rows[0].synth), other: Number(rows[0].other) };
  } finally {
    await client.end();
  }
}

async function recreate(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/** A migrated database holding exactly `events` synthetic events (seed BENCH_SEED); made if needed. */
export async function prepareBenchDatabase(adminUrl: string, events: number, log: (line: string) => void): Promise<string> {
  const database = benchDatabaseName(events);
  await createDatabaseIfMissing(adminUrl, database);
  const url = withDatabase(adminUrl, database);
  await applyMigrations(url);
  const present = await synthCount(url);
  if (present.events === events && present.other === 0) return limitStatements(adminUrl, database, url);
  log(`${database}: generating ${events.toLocaleString("en")} synthetic events…`);
  await recreate(adminUrl, database);
  await applyMigrations(url);
  let lastLog = 0;
  const report = await writeCorpus(url, {
    events,
    seed: BENCH_SEED,
    onProgress: ({ events: done, total, elapsedMs }) => {
      if (elapsedMs - lastLog < 15_000 && done < total) return;
      lastLog = elapsedMs;
      log(`${database}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} events (${Math.round(elapsedMs / 1000)} s)`);
    },
  });
  log(`${database}: ${report.events} events, ${report.articles} articles, ${report.sources} sources in ${Math.round(report.elapsedMs / 1000)} s`);
  return limitStatements(adminUrl, database, url);
}

/** A pathological query must not hold a core for minutes and skew every measurement after it. */
async function limitStatements(adminUrl: string, database: string, url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${database}" SET statement_timeout = '10s'`).finally(() => admin.end());
  return url;
}
