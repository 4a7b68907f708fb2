// Checks a corpus page's gold against its page: what it quotes is on the page, its kinds exist,
// its dates are real days. Weekdays are printed for the annotator to compare with the text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { CorpusPage } from "./gold";

const ARABIC_WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** Whitespace-insensitive: pages wrap lines, gold copies sentences onto one. */
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

function realDay(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (!m) return y >= 1900 && y <= 2100;
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && (!d || date.getUTCDate() === d);
}

export function weekdayOf(value: string): string | null {
  const [y, m, d] = value.split("-").map(Number);
  return d ? ARABIC_WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] : null;
}

const kindsSchema = z.object({ kinds: z.array(z.object({ kind: z.string(), family: z.string() }).passthrough()) });

/** The kinds in seed/lexicon/kinds.json and their families, read without the rest of the lexicon (annotators run --check while the pipeline changes). */
export function kindFamilies(): Map<string, string> {
  const raw = JSON.parse(readFileSync(path.join("seed", "lexicon", "kinds.json"), "utf8")) as unknown;
  return new Map(kindsSchema.parse(raw).kinds.map((k) => [k.kind, k.family]));
}

export function knownKinds(): Set<string> {
  return new Set(kindFamilies().keys());
}

/** Problems with one page's gold: each a line naming the page and the field. */
export function checkGold(page: CorpusPage, kinds: Set<string>): string[] {
  const out: string[] = [];
  const text = squash(page.text);
  const g = page.gold;
  const say = (where: string, message: string) => out.push(`${page.id}: ${where}: ${message}`);
  if (g.headline !== null && !text.includes(squash(g.headline))) say("headline", "not found on the page");
  if (g.published) {
    if (!realDay(g.published.date)) say("published.date", `${g.published.date} is not a real date`);
    if (g.published.phrase !== null && !text.includes(squash(g.published.phrase))) say("published.phrase", "not found on the page");
    if (g.published.basis !== "outside" && g.published.phrase === null) say("published.phrase", "a date read from the page needs the phrase that fixes it");
  }
  g.events.forEach((e, i) => {
    const where = `events[${i}]`;
    if (!kinds.has(e.kind)) say(`${where}.kind`, `"${e.kind}" is not in seed/lexicon/kinds.json`);
    if (!realDay(e.start)) say(`${where}.start`, `${e.start} is not a real date`);
    if (e.end !== null && !realDay(e.end)) say(`${where}.end`, `${e.end} is not a real date`);
    if (!text.includes(squash(e.evidence))) say(`${where}.evidence`, "not found on the page");
    if (e.actors.length === 0 && e.countries.length === 0) say(where, "an event needs an actor or a country");
  });
  if (g.events.length > 0 && !g.events.some((e) => e.main)) say("events", "no event is marked main");
  return out;
}
