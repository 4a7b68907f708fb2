// Window API latency over HTTP: random windows at three zoom levels, with and without filters.
import pg from "pg";
import { createRandom, CORPUS_END, CORPUS_START } from "@/lib/synth/corpus";
import { percentile, round } from "@/lib/bench/stats";

export const ZOOMS = { decade: 3_652, year: 365, fortnight: 14 } as const;
export type Zoom = keyof typeof ZOOMS;
export type FilterKind = "none" | "country" | "actor" | "text";
const FILTERS: FilterKind[] = ["none", "country", "actor", "text"];

export interface ApiCase {
  zoom: Zoom;
  filter: FilterKind;
  p50_ms: number;
  p95_ms: number;
  mean_kb: number;
  truncated_share: number;
  /** Requests that errored or timed out (counted at their time). */
  failed: number;
}

export interface ApiResult {
  requests: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  mean_kb: number;
  max_kb: number;
  failed: number;
  cases: ApiCase[];
}

interface FilterValues {
  countries: string[];
  actors: number[];
  terms: string[];
}

/** Countries, actors and words that occur in the corpus, to filter on. */
async function filterValues(databaseUrl: string): Promise<FilterValues> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const countries = await client.query<{ code: string }>(
      `SELECT "countryCode" AS code FROM "EventCountryDayCount" GROUP BY 1 ORDER BY sum("count") DESC LIMIT 40`,
    );
    const actors = await client.query<{ id: number; nameAr: string }>(`SELECT id, "nameAr" FROM "Actor" ORDER BY id LIMIT 400`);
    const places = await client.query<{ place: string }>(`SELECT DISTINCT place FROM "Event" WHERE place IS NOT NULL LIMIT 40`);
    const surnames = actors.rows.map((actor) => actor.nameAr.split(" ").at(-1) ?? actor.nameAr);
    return {
      countries: countries.rows.map((row) => row.code.trim()),
      actors: actors.rows.map((row) => row.id),
      terms: [...new Set([...surnames.slice(0, 60), ...places.rows.map((row) => row.place)])],
    };
  } finally {
    await client.end();
  }
}

const DAY_MS = 86_400_000;
/** Per request; the bench databases also stop a statement after this long (databases.ts). */
export const TIMEOUT_MS = 10_000;
const first = Date.parse(`${CORPUS_START}T00:00:00Z`);
const last = Date.parse(`${CORPUS_END}T00:00:00Z`);

function windowAt(random: ReturnType<typeof createRandom>, days: number): { from: string; to: string } {
  const start = first + Math.floor(random.next() * Math.max(1, (last - first) / DAY_MS - days)) * DAY_MS;
  return { from: new Date(start).toISOString().slice(0, 10), to: new Date(start + (days - 1) * DAY_MS).toISOString().slice(0, 10) };
}

export async function benchWindowApi(origin: string, databaseUrl: string, samplesPerCase: number, seed = 1): Promise<ApiResult> {
  const values = await filterValues(databaseUrl);
  const random = createRandom(seed);
  const urls: { zoom: Zoom; filter: FilterKind; url: string }[] = [];
  for (const zoom of Object.keys(ZOOMS) as Zoom[]) {
    for (const filter of FILTERS) {
      for (let i = 0; i < samplesPerCase; i++) {
        const { from, to } = windowAt(random, ZOOMS[zoom]);
        const params = new URLSearchParams({ from, to });
        if (filter === "country") params.set("country", random.pick(values.countries));
        if (filter === "actor") params.set("actor", String(random.pick(values.actors)));
        if (filter === "text") params.set("q", random.pick(values.terms));
        urls.push({ zoom, filter, url: `${origin}/api/events?${params}` });
      }
    }
  }
  // Shuffled, so that no case benefits from the one before it warming the same pages.
  for (let i = urls.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [urls[i], urls[j]] = [urls[j], urls[i]];
  }
  for (const { url } of urls.slice(0, Math.min(20, urls.length))) await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) }).then((r) => r.arrayBuffer(), () => null); // warm-up

  const samples: { zoom: Zoom; filter: FilterKind; ms: number; bytes: number; truncated: boolean; failed: boolean }[] = [];
  for (const { zoom, filter, url } of urls) {
    const started = performance.now();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      const truncated = response.ok && (JSON.parse(Buffer.from(body).toString("utf8")) as { truncated: boolean }).truncated;
      samples.push({ zoom, filter, ms, bytes: body.byteLength, truncated, failed: !response.ok });
    } catch {
      // A request that times out counts at the timeout: the percentiles stay honest.
      samples.push({ zoom, filter, ms: performance.now() - started, bytes: 0, truncated: false, failed: true });
    }
  }
  const all = samples.map((sample) => sample.ms);
  const cases: ApiCase[] = [];
  for (const zoom of Object.keys(ZOOMS) as Zoom[]) {
    for (const filter of FILTERS) {
      const some = samples.filter((sample) => sample.zoom === zoom && sample.filter === filter);
      cases.push({
        zoom,
        filter,
        p50_ms: round(percentile(some.map((s) => s.ms), 50)),
        p95_ms: round(percentile(some.map((s) => s.ms), 95)),
        mean_kb: round(some.reduce((sum, s) => sum + s.bytes, 0) / some.length / 1024),
        truncated_share: round(some.filter((s) => s.truncated).length / some.length, 2),
        failed: some.filter((s) => s.failed).length,
      });
    }
  }
  return {
    requests: samples.length,
    p50_ms: round(percentile(all, 50)),
    p95_ms: round(percentile(all, 95)),
    max_ms: round(Math.max(...all)),
    mean_kb: round(samples.reduce((sum, s) => sum + s.bytes, 0) / samples.length / 1024),
    max_kb: round(Math.max(...samples.map((s) => s.bytes)) / 1024),
    failed: samples.filter((s) => s.failed).length,
    cases,
  };
}
