// Ingest throughput through the real pipeline (extract + store): synthetic article files written
// to a temporary folder, then `ingestPaths` into a scratch database.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { gazetteer } from "@/lib/ingest/entities/gazetteer";
import { ingestPaths } from "@/lib/ingest/ingest";
import { withDatabase } from "@/lib/bench/databases";
import { round } from "@/lib/bench/stats";
import { createRandom } from "@/lib/synth/corpus";

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const TOPICS = ["التعاون الثنائي", "الأزمة في المنطقة", "ملف الطاقة", "الوضع الإنساني", "العلاقات الاقتصادية", "الأمن الإقليمي"];
const FILLERS = [
  "وأشار الجانبان إلى أهمية مواصلة التنسيق في المحافل الدولية.",
  "وتطرق اللقاء إلى آخر التطورات الإقليمية والدولية ذات الاهتمام المشترك.",
  "ولم تصدر تفاصيل إضافية عن مضمون المباحثات حتى الآن.",
  "ويأتي ذلك في إطار جولة إقليمية تشمل عدة عواصم خلال الأيام المقبلة.",
];

/** Writes `count` article files in the seed's format (title, date line, paragraphs); returns the folder. */
export function writeArticleFiles(count: number, seed = 1): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sijill-bench-ingest-"));
  const gaz = gazetteer();
  const random = createRandom(seed);
  const people = gaz.actors.filter((actor) => actor.kind === "person" && actor.country);
  const countries = new Map(gaz.countries.map((country) => [country.code, country]));
  for (let i = 0; i < count; i++) {
    const a = random.pick(people);
    let b = random.pick(people);
    while (b.country === a.country) b = random.pick(people);
    const ca = countries.get(a.country!)!;
    const cb = countries.get(b.country!)!;
    const date = new Date(Date.UTC(random.int(2000, 2025), random.int(0, 11), random.int(1, 28)));
    const day = date.getUTCDate();
    const weekday = WEEKDAYS_AR[date.getUTCDay()];
    const topic = random.pick(TOPICS);
    const place = ca.capital?.ar ?? ca.ar;
    const title = `${a.ar} يبحث مع ${b.ar} ${topic} في ${place} (${i + 1})`;
    const paragraphs = [
      `التقى ${a.ar} اليوم ${weekday} في ${place} مع ${b.ar}، وبحث الجانبان ${topic} وسبل تعزيز العلاقات بين ${ca.ar} و${cb.ar}.`,
      `وقال ${a.ar} إن ${ca.ar} حريصة على تطوير العلاقات مع ${cb.ar} في مختلف المجالات، مؤكدا أن المحادثات كانت بناءة.`,
      random.pick(FILLERS),
      `من جهته، أكد ${b.ar} أن بلاده تدعم الحلول السياسية، مشيرا إلى أن الجولة المقبلة من المشاورات ستعقد في ${cb.capital?.ar ?? cb.ar} الشهر المقبل.`,
      random.pick(FILLERS),
      `وكان ${a.ar} قد أجرى اتصالا هاتفيا مع نظيره في ${cb.ar} الأسبوع الماضي تناول ${random.pick(TOPICS)}، بحسب بيان رسمي رقم ${1000 + i}.`,
    ];
    const text = `${title}\nتاريخ النشر: ${day}th, ${MONTHS_EN[date.getUTCMonth()]} ${date.getUTCFullYear()} GMT\n${paragraphs.join("\n")}\n`;
    writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.txt`), text);
  }
  return dir;
}

export interface IngestResult {
  articles_per_s: number;
  articles: number;
  events: number;
  seconds: number;
  skipped: number;
}

export async function benchIngest(adminUrl: string, count: number): Promise<IngestResult> {
  const database = "sijill_bench_ingest";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = withDatabase(adminUrl, database);
  await applyMigrations(url);
  const dir = writeArticleFiles(count);
  const db = createPrismaClient(url);
  try {
    // Countries and the pipeline's lazy state (gazetteer, regexes) are warmed on a first file.
    await ingestPaths(db, [path.join(dir, "00000.txt")]);
    const started = performance.now();
    const summary = await ingestPaths(db, [dir]);
    const seconds = (performance.now() - started) / 1000;
    const articles = summary.articlesAdded;
    return {
      articles_per_s: round(articles / seconds),
      articles,
      events: summary.eventsAdded + summary.eventsMerged,
      seconds: round(seconds, 2),
      skipped: summary.skipped.length,
    };
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}
