import { defineConfig } from "@playwright/test";

// The app is served the way a user serves it (`npm start`): embedded PostgreSQL in a fresh data folder,
// migrations, seed, production build. Debian's Chromium is the browser: nothing is downloaded.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ar",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  webServer: {
    command: "npx tsx --conditions=react-server lib/cli/start.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // The sources tests' site runs on 127.0.0.1, which the fetcher refuses unless told otherwise.
    env: { PORT: String(port), SIJILL_DATA_DIR: dataDir, DATABASE_URL: "", SIJILL_FETCH_PRIVATE: "on" },
  },
});
