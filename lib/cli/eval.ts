// `npm run eval`: scores the extractor against the development corpus's gold.
// `npm run eval -- --check` only validates the gold (for annotators).
import { checkGold, knownKinds, weekdayOf } from "@/lib/eval/check";
import { readCorpus } from "@/lib/eval/gold";

// Weekday stems as written in news ("الاثنين", "الإثنين", "يوم الأحد"), without the article.
const WEEKDAY_WORDS = ["أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت"];

function check(): number {
  const { pages, problems: invalid } = readCorpus();
  const kinds = knownKinds();
  const problems = [...invalid, ...pages.flatMap((p) => checkGold(p, kinds))];
  const verbose = process.argv.includes("--verbose");
  for (const p of pages) {
    p.gold.events.forEach((e, i) => {
      const wd = weekdayOf(e.start);
      if (!wd) return;
      const named = WEEKDAY_WORDS.filter((w) => e.evidence.includes(w));
      const agrees = named.length === 0 || named.some((w) => wd.replace(/[إأ]/g, "ا").endsWith(w.replace(/[إأ]/g, "ا")));
      if (!agrees) console.log(`${p.id}: events[${i}] ${e.start} is a ${wd}, the evidence names ${named.join("/")}: check it`);
      else if (verbose) console.log(`${p.id}: events[${i}] ${e.start} is a ${wd} (${e.kind}${e.main ? ", main" : ""})`);
    });
  }
  for (const line of problems) console.error(line);
  console.log(`${pages.length} pages, ${pages.reduce((n, p) => n + p.gold.events.length, 0)} gold events, ${problems.length} problems`);
  return problems.length === 0 ? 0 : 1;
}

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.includes("--check")) process.exitCode = check();
else {
  console.error("scoring is not written yet; use --check");
  process.exitCode = 2;
}
