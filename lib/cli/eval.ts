// `npm run eval`: scores the extractor against the development corpus's gold (tests/corpus).
//   --json FILE     also write the figures and the per-page table as JSON
//   --page ID       show one page's matches, misses and wrong events in full
//   --explain ID    show what the pipeline saw on one page, sentence by sentence
//   --ratchet       raise tests/corpus/floors.json to today's figures (never lowers a floor)
//   --address       give the pipeline each page's address (as a web source has it); floors stay on text alone
//   --check         only validate the gold (for annotators); --verbose lists every weekday
// Exits 1 when a figure is below its committed floor.
import { writeFileSync } from "node:fs";
import { checkGold, knownKinds, weekdayOf } from "@/lib/eval/check";
import { readCorpus } from "@/lib/eval/gold";

// Weekday stems as written in news ("الاثنين", "الإثنين", "يوم الأحد"), without the article.
const WEEKDAY_WORDS = ["أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت"];
const bare = (s: string) => s.replace(/[إأ]/g, "ا");

function check(verbose: boolean): number {
  const { pages, problems: invalid } = readCorpus();
  const kinds = knownKinds();
  const problems = [...invalid, ...pages.flatMap((p) => checkGold(p, kinds))];
  for (const p of pages) {
    p.gold.events.forEach((e, i) => {
      const wd = weekdayOf(e.start);
      if (!wd) return;
      // Whole words only: «سبت» inside «سبتمبر» is no Saturday.
      const named = WEEKDAY_WORDS.filter((w) => new RegExp(`(?<![\\p{L}])(?:[وب]?ال|يوم\\s)${w}(?![\\p{L}])`, "u").test(e.evidence));
      // A range may name the weekday of its last day.
      const days = [wd, e.end ? weekdayOf(e.end) : null].filter((d): d is string => d !== null);
      const agrees = named.length === 0 || named.some((w) => days.some((d) => bare(d).endsWith(bare(w))));
      if (!agrees) console.log(`${p.id}: events[${i}] ${e.start} is a ${wd}, the evidence names ${named.join("/")}: check it`);
      else if (verbose) console.log(`${p.id}: events[${i}] ${e.start} is a ${wd} (${e.kind}${e.main ? ", main" : ""})`);
    });
  }
  for (const line of problems) console.error(line);
  console.log(`${pages.length} pages, ${pages.reduce((n, p) => n + p.gold.events.length, 0)} gold events, ${problems.length} problems`);
  return problems.length === 0 ? 0 : 1;
}

const pct = (x: number) => x.toFixed(3);
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] ?? null : null;
}

async function score(args: string[]): Promise<number> {
  // Loaded here so that --check works even while the pipeline is being changed.
  const { runEval, readFloors, belowFloors, FLOORS_FILE } = await import("@/lib/eval/run");
  const { FIGURE_NAMES } = await import("@/lib/eval/score");
  // A page whose gold is missing or invalid is left out and named (the corpus test fails on it).
  const { pages, problems } = readCorpus();
  for (const line of problems) console.error(`left out: ${line}`);
  const withAddress = args.includes("--address");
  const { figures, scores } = runEval(pages, { withAddress });
  const floors = readFloors();
  const onePage = option(args, "--page");
  const explain = option(args, "--explain");
  if (explain) {
    const { explainPage } = await import("@/lib/eval/explain");
    const page = readCorpus().pages.find((p) => p.id === explain);
    if (!page) {
      console.error(`no page ${explain}`);
      return 2;
    }
    console.log(explainPage(page));
    return 0;
  }

  if (onePage) {
    const s = scores.find((x) => x.id === onePage);
    if (!s) {
      console.error(`no page ${onePage}`);
      return 2;
    }
    console.log(JSON.stringify({ ...s, pairs: s.pairs.map((p) => ({ gold: `${p.gold.kind} ${p.gold.start}${p.gold.end ? `…${p.gold.end}` : ""} ${p.gold.precision}`, extracted: `${p.extracted.kind} ${p.extracted.start}${p.extracted.end ? `…${p.extracted.end}` : ""} ${p.extracted.precision} ${p.extracted.title}`, actors: p.extracted.actors.map((a) => a.ar), countries: p.extracted.countries })) }, null, 2));
    return 0;
  }

  console.log(`Extraction on the development corpus: ${figures.pages} pages, ${figures.goldEvents} gold events, ${figures.extractedEvents} extracted\n`);
  console.log("page                                          gold main  ext match exact  published  headline");
  for (const s of scores) {
    console.log(`${s.id.padEnd(45)} ${String(s.gold).padStart(4)} ${String(s.goldMain).padStart(4)} ${String(s.extracted).padStart(4)} ${String(s.matched).padStart(5)} ${String(s.exactDates).padStart(5)}  ${s.published.padEnd(9)}  ${s.headline}`);
  }
  const misses = scores.flatMap((s) => s.misses.filter((g) => g.main).map((g) => ({ id: s.id, g })));
  console.log(`\nMain events missed (${misses.length}):`);
  for (const { id, g } of misses.slice(0, 25)) console.log(`- ${id}: ${g.kind} ${g.start} — ${cut(g.evidence.replace(/\s+/g, " "), 140)}`);
  const wrong = scores.flatMap((s) => s.wrong.map((e) => ({ id: s.id, e })));
  console.log(`\nExtracted events that match no gold event (${wrong.length}):`);
  for (const { id, e } of wrong.slice(0, 25)) {
    const evidence = e.sources.find((x) => id.length > 0 && x.file.startsWith(id))?.evidence ?? e.sources[0]?.evidence ?? "";
    console.log(`- ${id}: ${e.kind} ${e.start} «${e.title}» — ${cut(evidence.replace(/\s+/g, " "), 120)}`);
  }
  const misdated = scores.flatMap((s) => s.pairs.filter((p) => p.gold.start !== p.extracted.start || p.gold.precision !== p.extracted.precision || (p.gold.end ?? null) !== (p.extracted.end ?? null)).map((p) => ({ id: s.id, p })));
  console.log(`\nMatched events with another date (${misdated.length}):`);
  for (const { id, p } of misdated.slice(0, 15)) console.log(`- ${id}: gold ${p.gold.start}${p.gold.end ? `…${p.gold.end}` : ""} (${p.gold.precision}), got ${p.extracted.start}${p.extracted.end ? `…${p.extracted.end}` : ""} (${p.extracted.precision}) — ${cut(p.gold.evidence.replace(/\s+/g, " "), 100)}`);

  const json = option(args, "--json");
  if (json) writeFileSync(json, `${JSON.stringify({ figures, pages: scores.map((s) => ({ id: s.id, gold: s.gold, goldMain: s.goldMain, extracted: s.extracted, matched: s.matched, matchedMain: s.matchedMain, exactDates: s.exactDates, published: s.published, headline: s.headline })) }, null, 2)}\n`);

  if (args.includes("--ratchet") && !withAddress) {
    const raised = Object.fromEntries(FIGURE_NAMES.map((n) => [n, Math.max(floors[n], Math.floor(figures[n] * 100) / 100)]));
    writeFileSync(FLOORS_FILE, `${JSON.stringify(raised, null, 2)}\n`);
    Object.assign(floors, raised);
  }
  const below = belowFloors(figures, floors);
  console.log("\nfigure          value  floor");
  for (const n of FIGURE_NAMES) console.log(`${n.padEnd(15)} ${pct(figures[n])}  ${pct(floors[n])}${figures[n] + 1e-9 < floors[n] ? "  BELOW FLOOR" : ""}`);
  for (const line of below) console.error(line);
  return below.length === 0 ? 0 : 1;
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.includes("--check")) process.exitCode = check(args.includes("--verbose"));
else process.exitCode = await score(args);
