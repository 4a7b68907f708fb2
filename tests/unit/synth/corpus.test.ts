import { describe, expect, it } from "vitest";
import { gazetteer } from "@/lib/ingest/entities/gazetteer";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";
import { CORPUS_END, CORPUS_START, createCorpus, createFastNormaliser, createRandom, eventDays, spellingVariants } from "@/lib/synth/corpus";

const corpus = (seed: number, events = 600) => createCorpus({ events, seed, actors: 120, batchSize: 250, gazetteer: gazetteer() });
const allBatches = (seed: number) => [...corpus(seed).batches()];

describe("synthetic corpus generation", () => {
  it("gives the same corpus for the same seed and a different one for another seed", () => {
    expect(allBatches(7)).toEqual(allBatches(7));
    expect(corpus(7).actors).toEqual(corpus(7).actors);
    expect(allBatches(8)[0].events[0]).not.toEqual(allBatches(7)[0].events[0]);
  });

  it("spreads events from 1990 to today in date order, bunched around crises", () => {
    const days = eventDays(20_000, createRandom(1));
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    expect(iso(days[0]) >= CORPUS_START).toBe(true);
    expect(iso(days[days.length - 1]) <= CORPUS_END).toBe(true);
    expect([...days].every((day, i) => i === 0 || days[i - 1] <= day)).toBe(true);
    const inYear = (year: string) => [...days].filter((day) => iso(day).startsWith(year)).length;
    expect(inYear("2011")).toBeGreaterThan(2 * inYear("1998")); // Arab spring vs a quiet year
  });

  it("keeps each date's start and last day consistent with its precision", () => {
    for (const event of allBatches(3).flatMap((batch) => batch.events)) {
      expect(event.startDate <= event.endDate).toBe(true);
      if (event.precision === "day" && !event.hasEnd) expect(event.endDate).toBe(event.startDate);
      if (event.precision === "month") expect(event.startDate.endsWith("-01")).toBe(true);
      if (event.precision === "year") expect([event.startDate.slice(5), event.endDate.slice(5)]).toEqual(["01-01", "12-31"]);
    }
  });

  it("shares articles between events and points every source's offsets at its evidence", () => {
    const batches = allBatches(5);
    const articles = batches.flatMap((batch) => batch.articles);
    const events = batches.flatMap((batch) => batch.events);
    const sources = batches.flatMap((batch) => batch.sources);
    expect(articles.length).toBeLessThan(events.length / 2);
    expect(sources.length).toBeGreaterThan(events.length * 1.3);
    expect(new Set(sources.map((source) => source.event)).size).toBe(events.length);
    for (const source of sources) {
      expect(articles[source.article].body.slice(source.evidenceStart, source.evidenceEnd)).toBe(source.evidence);
    }
    expect(new Set(articles.map((article) => article.contentHash)).size).toBe(articles.length);
  });

  it("stores searchText exactly as the project normaliser writes it", () => {
    const batch = allBatches(4)[0];
    for (const article of batch.articles.slice(0, 50)) expect(article.searchText).toBe(normalizeArabic(`${article.title}\n${article.body}`));
    const fast = createFastNormaliser();
    const tricky = "  أَحْمَد\u0640 «الإمارات» ﻻ ١٢٣ \u200Fسونغ\n\tة ى  ";
    expect(fast(tricky)).toBe(normalizeArabic(tricky));
  });

  it("spells actors several ways and keys every spelling for type-ahead", () => {
    expect(spellingVariants("سيرغي لافروف")).toContain("سيرجي لافروف");
    const { actors } = corpus(9);
    expect(new Set(actors.map((actor) => actor.name)).size).toBe(actors.length);
    const withVariants = actors.find((actor) => actor.variants.some((variant) => variant.includes("ج")) && actor.variants.some((variant) => variant.includes("غ")))!;
    expect(withVariants).toBeDefined();
    for (const variant of withVariants.variants) expect(withVariants.matchKeys).toContain(phoneticKey(variant));
  });
});
