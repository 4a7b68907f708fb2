// For each missed gold event: did its sentence have a trigger, a resolvable date, an extracted event?
import { findDateMentions, resolveMention } from "@/lib/ingest/dates/mentions";
import { findTriggers } from "@/lib/ingest/events/triggers";
import { extractTexts } from "@/lib/ingest/pipeline";
import { tokenize } from "@/lib/ingest/text/tokens";
import { normalizeArabic } from "@/lib/ingest/text/normalise";
import { readCorpus } from "./gold";
import { EVAL_TODAY, runEval } from "./run";

const { pages } = readCorpus();
const { scores } = runEval(pages);
const counts = new Map<string, number>();
for (const s of scores) {
  const page = pages.find((p) => p.id === s.id)!;
  const result = extractTexts([{ file: page.file, text: page.text }], { today: EVAL_TODAY });
  for (const g of s.misses) {
    const ev = normalizeArabic(g.evidence).slice(0, 60);
    const art = result.articles.find((a) => normalizeArabic(a.body).includes(ev) || normalizeArabic(a.title).includes(ev));
    let why: string;
    if (!art) why = "sentence not in any article body";
    else {
      const anchor = art.published.value && art.published.precision ? { value: art.published.value, precision: art.published.precision } : null;
      const triggers = findTriggers(tokenize(g.evidence));
      const dates = findDateMentions(g.evidence).map((m) => resolveMention(m, anchor)).filter(Boolean);
      const extracted = result.events.filter((e) => e.sources.some((x) => normalizeArabic(x.evidence).includes(ev.slice(0, 40))));
      if (triggers.length === 0) why = "no trigger";
      else if (extracted.length > 0) why = `extracted but unmatched (${extracted.map((e) => `${e.kind} ${e.date.start} [${e.actors.map((a) => a.ar).join("،")}] ${e.countries}`).join(" | ")})`;
      else if (dates.length === 0) why = anchor ? "trigger, no date in sentence" : "trigger, no date, no anchor";
      else why = "trigger+date, no event";
    }
    const key = why.replace(/\(.*\)/, "").trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (process.argv.includes("-v")) console.log(`${s.id} ${g.main ? "MAIN" : ""} ${g.kind} ${g.start} [${JSON.stringify(g.actors)} ${g.countries}]: ${why}\n    ${g.evidence.slice(0, 150)}`);
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]));
