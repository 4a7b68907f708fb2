// The product as users get it: a production build (`next build` when missing or stale) served by
// `next start` against a chosen database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import { buildIsStale, nextBin } from "@/lib/cli/next-build";

/** The same rule as `npm start` (lib/cli/start.ts): rebuild when a source is newer than the build. */
export function ensureProductionBuild(log: (line: string) => void): void {
  if (!buildIsStale()) return;
  log("building the production bundle (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startApp(databaseUrl: string): Promise<AppServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("next start did not answer /api/health within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
