// npm run bench [-- --quick] [--json FILE]: one run, every measurement side by side — window API
// latency at 10k/100k/1M events, first events drawn vs a load-everything baseline, frame times while
// panning, ingest rate, page JavaScript — printed as a table and optionally written as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { readEnv } from "@/lib/env";
import { benchWindowApi, type ApiResult } from "@/lib/bench/api";
import { benchInteraction, benchPage, launchBrowser, startBaseline, type BundleResult, type InteractionResult, type PageResult } from "@/lib/bench/browser";
import { benchDatabaseName, prepareBenchDatabase } from "@/lib/bench/databases";
import { benchIngest, type IngestResult } from "@/lib/bench/ingest";
import { ensureProductionBuild, startApp } from "@/lib/bench/server";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, json: { type: "string" } } });
const quick = values.quick;
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const settings = quick
  ? { samplesPerCase: 15, pageRuns: 3, interactionSeconds: 6, ingestArticles: 200 }
  : { samplesPerCase: 40, pageRuns: 5, interactionSeconds: 12, ingestArticles: 1_000 };
const log = (line: string) => console.log(`[bench] ${line}`);
const label = (events: number) => benchDatabaseName(events).replace("sijill_bench_", "");

const env = readEnv();
const started = performance.now();
const server = env.DATABASE_URL
  ? { url: env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: path.join(env.SIJILL_DATA_DIR, "pg"), database: "postgres", log });

const api: Record<string, ApiResult> = {};
let page: PageResult | null = null;
let bundle: BundleResult | null = null;
let interaction: InteractionResult | null = null;
let ingest: IngestResult | null = null;
/** A section that fails is reported and the rest still runs. */
const failures: string[] = [];
const browser = await launchBrowser();
try {
  ensureProductionBuild(log);
  const urls = new Map<number, string>();
  for (const size of sizes) urls.set(size, await prepareBenchDatabase(server.url, size, log));

  for (const size of sizes) {
    const databaseUrl = urls.get(size)!;
    const app = await startApp(databaseUrl);
    try {
      log(`${label(size)}: window API…`);
      api[label(size)] = await benchWindowApi(app.origin, databaseUrl, settings.samplesPerCase);
      log(`${label(size)}: p50 ${api[label(size)].p50_ms} ms, p95 ${api[label(size)].p95_ms} ms, ${api[label(size)].failed} failed`);
      console.log(api[label(size)].cases.map((c) => `  ${c.zoom}/${c.filter}: p50 ${c.p50_ms} p95 ${c.p95_ms} ms, ${c.mean_kb} KB, ${c.failed} failed`).join("\n"));
      if (size === 10_000) {
        log(`${label(size)}: first events drawn, product vs baseline…`);
        const baseline = await startBaseline(databaseUrl);
        try {
          ({ page, bundle } = await benchPage(browser, app.origin, baseline.origin, settings.pageRuns));
        } catch (error) {
          failures.push(`page: ${String(error).split("\n")[0]}`);
        } finally {
          await baseline.stop();
        }
      }
      if (size === 100_000) {
        log(`${label(size)}: frame times while panning and zooming…`);
        interaction = await benchInteraction(browser, app.origin, settings.interactionSeconds).catch((error: unknown) => {
          failures.push(`interaction: ${String(error).split("\n")[0]}`);
          return null;
        });
      }
    } finally {
      await app.stop();
    }
  }
  log(`ingest: ${settings.ingestArticles} articles through the pipeline…`);
  ingest = await benchIngest(server.url, settings.ingestArticles).catch((error: unknown) => {
    failures.push(`ingest: ${String(error).split("\n")[0]}`);
    return null;
  });
} finally {
  await browser.close();
  await server.stop();
}

const cpus = os.cpus();
const result = {
  date: new Date().toISOString(),
  mode: quick ? "quick" : "full",
  machine: {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  api: {
    p50_ms: Object.fromEntries(Object.entries(api).map(([size, r]) => [size, r.p50_ms])),
    p95_ms: Object.fromEntries(Object.entries(api).map(([size, r]) => [size, r.p95_ms])),
    mean_response_kb: Object.fromEntries(Object.entries(api).map(([size, r]) => [size, r.mean_kb])),
    max_response_kb: Object.fromEntries(Object.entries(api).map(([size, r]) => [size, r.max_kb])),
    sizes: api,
  },
  page,
  interaction,
  ingest,
  bundle,
  failures,
  elapsed_s: Math.round((performance.now() - started) / 1000),
};

// ── Report ──────────────────────────────────────────────────────────────────────────────────────
const rows: [string, string, string, string][] = [];
const verdict = (ok: boolean | null) => (ok === null ? "—" : ok ? "met" : "MISSED");
for (const [size, r] of Object.entries(api)) {
  rows.push([`API window p50 / p95 @ ${size}`, `${r.p50_ms} / ${r.p95_ms} ms`, size === "1m" ? "p95 ≤ 20 ms" : "", size === "1m" ? verdict(r.p95_ms <= 20) : ""]);
  rows.push([`API response mean / max @ ${size}`, `${r.mean_kb} / ${r.max_kb} KB`, "", ""]);
}
if (page) {
  rows.push(["First events drawn @ 10k (product)", `${page.first_events_ms} ms`, "", ""]);
  rows.push(["  … vis-timeline's first item (product)", `${page.first_timeline_ms} ms`, "", ""]);
  rows.push(["First events drawn @ 10k (baseline)", `${page.baseline_first_events_ms} ms`, "", ""]);
  rows.push(["Baseline / product", `${page.ratio}×`, "≥ 20×", verdict(page.ratio >= 20)]);
}
if (interaction) rows.push(["Frame p50 / p95 @ 100k (pan + zoom)", `${interaction.frame_p50_ms} / ${interaction.frame_p95_ms} ms`, "p95 ≤ 20 ms", verdict(interaction.frame_p95_ms <= 20)]);
if (ingest) rows.push(["Ingest (extract + store)", `${ingest.articles_per_s} articles/s`, "≥ 500/s", verdict(ingest.articles_per_s >= 500)]);
if (bundle) rows.push(["Page JavaScript (gzip)", `${bundle.gzip_kb} KB in ${bundle.files} files`, "≤ 250 KB", verdict(bundle.gzip_kb <= 250)]);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ["Measure", "Value", "Target", ""][i].length));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ");
console.log(`\nSijill benchmark (${result.mode}) — ${result.machine.cores} cores, ${result.machine.memory_gb} GB, ${result.machine.cpu}, ${result.date}`);
console.log(line(["Measure", "Value", "Target", ""]));
console.log(widths.map((w) => "─".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));
console.log("\nWindow API by case (p95 ms):");
const cases = Object.values(api)[0]?.cases ?? [];
console.log(["zoom/filter".padEnd(20), ...Object.keys(api).map((size) => size.padStart(8))].join(""));
for (const [i, c] of cases.entries()) {
  console.log([`${c.zoom}/${c.filter}`.padEnd(20), ...Object.values(api).map((r) => String(r.cases[i].p95_ms).padStart(8))].join(""));
}
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(`\n${result.elapsed_s} s in all.`);
if (values.json) {
  mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${values.json}`);
}
