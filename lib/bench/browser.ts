// Measurements in Chromium: time to the first drawn events (product vs a load-everything baseline),
// frame times while panning and zooming, and the JavaScript the page ships.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { chromium, type Browser, type Page } from "playwright-core";
import { median, percentile, round } from "@/lib/bench/stats";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const VIEWPORT = { width: 1440, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Events a reader can see: the server-drawn preview's boxes or buckets, or vis-timeline's items. */
const EVENT_SELECTOR = ".sijill-preview-event, .sijill-preview-bucket, .vis-item";

/** Records performance.now() when the first drawn event, and the first vis-timeline item, enter
    the document (the baseline page has only the latter). */
function watchFirstItem(selector: string) {
  const w = window as unknown as { __firstItemMs?: number; __firstVisMs?: number };
  const observer = new MutationObserver(() => {
    if (w.__firstItemMs === undefined && document.querySelector(selector)) w.__firstItemMs = performance.now();
    if (w.__firstVisMs === undefined && document.querySelector(".vis-item")) {
      w.__firstVisMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface FirstItems {
  ms: number;
  visMs: number;
  scripts: { url: string; gzip: number }[];
}

async function firstItemMs(browser: Browser, url: string): Promise<FirstItems> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(watchFirstItem, EVENT_SELECTOR);
  const scripts: Promise<{ url: string; gzip: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") {
      scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length }), () => ({ url: response.url(), gzip: 0 })));
    }
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(".vis-item", { timeout: 120_000, state: "attached" });
    const { ms, visMs } = await page.evaluate(() => {
      const w = window as unknown as { __firstItemMs: number; __firstVisMs: number };
      return { ms: w.__firstItemMs, visMs: w.__firstVisMs };
    });
    await page.waitForLoadState("networkidle").catch(() => {});
    return { ms, visMs, scripts: await Promise.all(scripts) };
  } finally {
    await context.close();
  }
}

// ── The baseline: every event of the database handed to vis-timeline at once ─────────────────────

const BASELINE_HTML = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<link rel="stylesheet" href="/vis.css"><title>baseline</title></head><body>
<div id="timeline"></div>
<script src="/vis.js"></script>
<script>
fetch("/events.json").then((r) => r.json()).then((events) => {
  const items = new vis.DataSet(events.map((e) => ({ id: e.id, content: e.title, start: e.start,
    end: e.end !== e.start ? e.end : undefined, type: e.end !== e.start ? "range" : "box" })));
  new vis.Timeline(document.getElementById("timeline"), items, { rtl: true, height: "600px" });
});
</script></body></html>`;

export interface BaselineServer {
  origin: string;
  events: number;
  stop(): Promise<void>;
}

export async function startBaseline(databaseUrl: string): Promise<BaselineServer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: number; title: string; start: string; end: string }>(
    `SELECT id, title, to_char("startDate", 'YYYY-MM-DD') AS start, to_char("endDate", 'YYYY-MM-DD') AS "end" FROM "Event" ORDER BY "startDate", id`,
  );
  await client.end();
  const json = JSON.stringify(rows);
  const vis = path.join(process.cwd(), "node_modules", "vis-timeline");
  const files: Record<string, [string, string | Buffer]> = {
    "/": ["text/html; charset=utf-8", BASELINE_HTML],
    "/vis.js": ["text/javascript", readFileSync(path.join(vis, "standalone", "umd", "vis-timeline-graph2d.min.js"))],
    "/vis.css": ["text/css", readFileSync(path.join(vis, "styles", "vis-timeline-graph2d.min.css"))],
    "/events.json": ["application/json", json],
  };
  const server = http.createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://x").pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, events: rows.length, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

// ── Page and bundle ───────────────────────────────────────────────────────────────────────────────

export interface PageResult {
  /** First events a reader sees: the server-drawn preview. */
  first_events_ms: number;
  /** First item drawn by vis-timeline itself, once its script has loaded. */
  first_timeline_ms: number;
  baseline_first_events_ms: number;
  ratio: number;
  runs: number;
  samples_ms: number[];
  baseline_samples_ms: number[];
}

export interface BundleResult {
  gzip_kb: number;
  files: number;
  largest: { url: string; gzip_kb: number }[];
}

export async function benchPage(browser: Browser, productOrigin: string, baselineOrigin: string, runs: number): Promise<{ page: PageResult; bundle: BundleResult }> {
  const product: number[] = [];
  const productVis: number[] = [];
  const baseline: number[] = [];
  let scripts: { url: string; gzip: number }[] = [];
  // Warm both servers' code paths and caches alike, not the browser (a fresh context each run).
  for (let i = 0; i < 3; i++) {
    await firstItemMs(browser, `${productOrigin}/`);
    await firstItemMs(browser, `${baselineOrigin}/`);
  }
  for (let i = 0; i < runs; i++) {
    const run = await firstItemMs(browser, `${productOrigin}/`);
    product.push(run.ms);
    productVis.push(run.visMs);
    scripts = run.scripts;
    baseline.push((await firstItemMs(browser, `${baselineOrigin}/`)).ms);
  }
  const own = scripts.filter((script) => script.url.startsWith(productOrigin));
  const first = median(product);
  const base = median(baseline);
  return {
    page: {
      first_events_ms: round(first),
      first_timeline_ms: round(median(productVis)),
      baseline_first_events_ms: round(base),
      ratio: round(base / first, 1),
      runs,
      samples_ms: product.map((ms) => round(ms)),
      baseline_samples_ms: baseline.map((ms) => round(ms)),
    },
    bundle: {
      gzip_kb: round(own.reduce((sum, script) => sum + script.gzip, 0) / 1024),
      files: own.length,
      largest: own
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 5)
        .map((script) => ({ url: script.url.replace(productOrigin, ""), gzip_kb: round(script.gzip / 1024) })),
    },
  };
}

// ── Interaction ───────────────────────────────────────────────────────────────────────────────────

export interface InteractionResult {
  frame_p50_ms: number;
  frame_p95_ms: number;
  frame_max_ms: number;
  frames: number;
  api_requests: number;
}

// A string, not a function: tsx would wrap the inner function in a helper the page doesn't have.
const START_FRAME_SAMPLER = `(() => {
  window.__frames = [];
  window.__sampling = true;
  let last = 0;
  function tick(now) {
    window.__frames.push(now - last);
    last = now;
    if (window.__sampling) requestAnimationFrame(tick);
  }
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

async function drive(page: Page, seconds: number) {
  const box = await page.locator(".vis-timeline").first().boundingBox();
  if (!box) throw new Error("no .vis-timeline on the page");
  const y = box.y + Math.min(box.height / 2, 120);
  const cx = box.x + box.width / 2;
  const deadline = Date.now() + seconds * 1000;
  let round = 0;
  while (Date.now() < deadline) {
    round++;
    // Zoom in a few notches, pan by dragging, zoom back out, pan the other way.
    await page.mouse.move(cx, y);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, round % 2 ? -240 : 240);
      await page.waitForTimeout(60);
    }
    await page.mouse.down();
    const direction = round % 2 ? 1 : -1;
    for (let step = 1; step <= 20; step++) {
      await page.mouse.move(cx + direction * step * 18, y, { steps: 1 });
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(120);
  }
}

export async function benchInteraction(browser: Browser, productOrigin: string, seconds: number): Promise<InteractionResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  let apiRequests = 0;
  page.on("request", (request) => {
    if (request.url().includes("/api/events")) apiRequests++;
  });
  try {
    await page.goto(`${productOrigin}/`);
    await page.waitForSelector(".vis-item", { timeout: 120_000, state: "attached" });
    await page.waitForTimeout(500);
    apiRequests = 0;
    await page.evaluate(START_FRAME_SAMPLER);
    await drive(page, seconds);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __sampling: boolean };
      w.__sampling = false;
      return w.__frames;
    });
    return {
      frame_p50_ms: round(percentile(frames, 50)),
      frame_p95_ms: round(percentile(frames, 95)),
      frame_max_ms: round(Math.max(...frames)),
      frames: frames.length,
      api_requests: apiRequests,
    };
  } finally {
    await context.close();
  }
}
