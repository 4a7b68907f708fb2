// npm test: every suite in turn (typecheck, lint, unit + integration, browser), then one closing line
// "N passed, N failed" that sums them all. Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

const reports = path.join(".data", "reports");
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const wanted = (suite: string) => only.length === 0 || only.includes(suite);

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const npx = (args: string[], env?: Record<string, string>) => run("npx", ["--no-install", ...args], env);

function check(suite: string, exitCode: number): Tally {
  return { suite, passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function vitestSuite(): Tally {
  const output = path.join(reports, "vitest.json");
  rmSync(output, { force: true });
  const code = npx(["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  const report = readJson<{
    numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number;
    testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
  }>(output);
  if (!report) return check("unit + integration", code || 1);
  // Each file that fails to load counts as a failure even though no test in it ran.
  const unloaded = report.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
  for (const f of unloaded) console.log(`✗ ${path.relative(process.cwd(), f.name)} did not run`);
  const failed = report.numFailedTests + unloaded.length + (code !== 0 && report.numFailedTests + unloaded.length === 0 ? 1 : 0);
  return { suite: "unit + integration", passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

interface PlaywrightStats {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function e2eSuite(): Tally {
  const output = path.join(reports, "playwright.json");
  rmSync(output, { force: true });
  rmSync(path.join(".data", "e2e"), { recursive: true, force: true });
  const code = npx(["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson<PlaywrightStats>(output);
  if (!report) return check("browser", code || 1);
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failed = unexpected + (code !== 0 && unexpected === 0 ? 1 : 0);
  return { suite: "browser", passed: expected + flaky, failed, skipped };
}

const tallies: Tally[] = [];
if (wanted("generate")) tallies.push(check("prisma generate", run("node", ["lib/cli/generate.mjs"])));
if (wanted("typecheck")) tallies.push(check("typecheck", npx(["tsc", "--noEmit", "-p", "."])));
if (wanted("lint")) tallies.push(check("lint", npx(["eslint", ".", "--max-warnings=0"])));
if (wanted("unit") || wanted("integration")) tallies.push(vitestSuite());
if (wanted("e2e")) tallies.push(e2eSuite());

console.log("\nSuite                 passed  failed  skipped");
for (const tally of tallies) {
  console.log(`${tally.suite.padEnd(20)} ${String(tally.passed).padStart(7)} ${String(tally.failed).padStart(7)} ${String(tally.skipped).padStart(8)}`);
}
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);
const skipped = tallies.reduce((sum, tally) => sum + tally.skipped, 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
