// What the pipeline saw on one corpus page, sentence by sentence: for finding why an event was missed.
import { findDateMentions, resolveMention } from "@/lib/ingest/dates/mentions";
import { recogniseEntities } from "@/lib/ingest/entities/recognise";
import { findTriggers } from "@/lib/ingest/events/triggers";
import { extractTexts } from "@/lib/ingest/pipeline";
import { splitSentences } from "@/lib/ingest/text/clauses";
import { tokenize } from "@/lib/ingest/text/tokens";
import type { CorpusPage } from "./gold";
import { EVAL_TODAY } from "./run";

export function explainPage(page: CorpusPage): string {
  const out: string[] = [];
  const result = extractTexts([{ file: page.file, text: page.text }], { today: EVAL_TODAY });
  result.articles.forEach((a, ai) => {
    out.push(`## article ${ai}: «${a.title}»  published ${a.published.value ?? "?"} (${a.published.certainty}, «${a.published.phrase ?? ""}»)`);
    const anchor = a.published.value && a.published.precision ? { value: a.published.value, precision: a.published.precision } : null;
    for (const s of splitSentences(a.body)) {
      const triggers = findTriggers(tokenize(s.text)).map((t) => `${t.kind}:${t.text}`);
      const dates = findDateMentions(s.text).map((m) => `${m.phrase}→${resolveMention(m, anchor)?.start ?? "∅"}`);
      const names = recogniseEntities(s.text, { date: anchor?.value ?? null }).map((m) => `${s.text.slice(m.start, m.end)}[${m.kind}${m.country ? ` ${m.country}` : ""}]`);
      out.push(`- ${s.position}: ${s.text.replace(/\s+/g, " ").slice(0, 160)}`);
      out.push(`    triggers ${triggers.join(", ") || "—"} | dates ${dates.join(", ") || "—"} | names ${names.join(", ") || "—"}`);
    }
  });
  out.push("## events");
  for (const e of result.events) out.push(`- ${e.kind} ${e.date.start}${e.date.end ? `…${e.date.end}` : ""} ${e.date.precision} «${e.title}» ${e.countries.join(",")} [${e.actors.map((x) => x.ar).join("، ")}]`);
  return out.join("\n");
}
