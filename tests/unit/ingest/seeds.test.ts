// End to end on the two seed pages with the real gazetteer.
import { describe, expect, it } from "vitest";
import { toExtractJson, type ExtractJson } from "@/lib/ingest/extract-json";
import { extractTexts, readInputFiles } from "@/lib/ingest/pipeline";
import { TODAY } from "./fixtures";

const { inputs, problems } = readInputFiles(["seed/articles"]);
const json: ExtractJson = toExtractJson(extractTexts(inputs, { today: TODAY }));
const F0 = "000_eb8d824572ab1abc.txt";
const F1 = "001_8379f868b51c8185.txt";

type Ev = ExtractJson["events"][number];
const names = (e: Ev) => e.actors.map((a) => a.name);
const withActors = (...wanted: string[]) => json.events.filter((e) => wanted.every((w) => names(e).includes(w)));
const one = (list: Ev[]): Ev => {
  expect(list).toHaveLength(1);
  return list[0];
};

describe("seed articles", () => {
  it("reads both files without problems", () => {
    expect(problems).toEqual([]);
    expect(json.problems).toEqual([]);
  });

  it("finds the four articles with their own dates, never the host's", () => {
    expect(json.articles.map((a) => [a.file, a.published, a.publishedCertainty, a.outlet, a.parentTitle !== null])).toEqual([
      [F0, "2024-01-16", "stated", "RT Arabic", false],
      [F0, "2025-04-08", "inferred", "RT Arabic", true],
      [F1, "2024-01-15", "inferred", "بوابة الوفد", false],
      [F1, "2025", "inferred", "بوابة الوفد", true],
    ]);
    expect(json.articles[1].title).toBe("الخارجية الإيرانية: المباحثات مع واشنطن غير مباشرة");
    expect(json.articles[3].title).toBe('ترامب: الولايات المتحدة ستقيم "علاقات" مع زعيم كوريا الشمالية');
  });

  it("does not take the مقالات مشابهة headlines for articles", () => {
    expect(json.articles).toHaveLength(4);
    expect(json.articles.some((a) => a.title.includes("زيلينسكي: قوات كوريا الشمالية"))).toBe(false);
  });

  it("merges the Lavrov–Choe talks in Moscow from both files into one event", () => {
    const talks = one(json.events.filter((e) => names(e).includes("Sergey Lavrov") && names(e).includes("Choe Son Hui") && e.start === "2024-01-16"));
    expect(talks).toMatchObject({ precision: "day", place: "موسكو" });
    expect(talks.sources.map((s) => s.file)).toEqual([F0, F1]);
    expect(talks.title).toContain("محادثات");
  });

  it("dates the Lavrov–Choe talks from the day a source writes, not from the publication line", () => {
    const talks = one(json.events.filter((e) => names(e).includes("Sergey Lavrov") && names(e).includes("Choe Son Hui") && e.start === "2024-01-16"));
    // Both sources leave the year to the context, so the date stays inferred.
    expect(talks).toMatchObject({ certainty: "inferred" });
    expect(talks.sources[1].evidence).toContain("يوم الثلاثاء الموافق 16 يناير");
  });

  it("dates the Putin–Kim summit at Vostochny to September 2023, from two sentences", () => {
    const summit = one(withActors("Vladimir Putin", "Kim Jong Un"));
    expect(summit).toMatchObject({ start: "2023-09", end: null, precision: "month", certainty: "stated", place: "قاعدة فوستوشني الفضائية" });
    expect(summit.sources.map((s) => s.file)).toEqual([F0]);
  });

  it("dates Lavrov's visit to Pyongyang to 18–19 October 2023", () => {
    const visit = one(json.events.filter((e) => e.title.startsWith("زيارة")));
    expect(visit).toMatchObject({ start: "2023-10-18", end: "2023-10-19", precision: "day", place: "بيونغ يانغ" });
    expect(names(visit)).toContain("Sergey Lavrov");
  });

  it("finds the Iran–US talks in Oman on 12 April 2025", () => {
    const talks = one(json.events.filter((e) => e.start === "2025-04-12"));
    expect(talks.countries).toEqual(expect.arrayContaining(["IR", "US", "OM"]));
    expect(talks.title).toContain("عمان");
  });

  it("names no one for the Oman talks: Araghchi only announces them, and no US negotiator is named", () => {
    // The parties in "إيران والولايات المتحدة ستجتمعان" are countries; Witkoff appears in neither file.
    const talks = one(json.events.filter((e) => e.start === "2025-04-12"));
    expect(talks.actors).toEqual([]);
    const announcement = one(json.events.filter((e) => e.start === "2025-04-08" && names(e).includes("Abbas Araghchi")));
    expect(announcement.title).toContain("عمان");
  });

  it("dates Trump's remarks beside Netanyahu to 7 April 2025", () => {
    const remarks = one(withActors("Donald Trump", "Benjamin Netanyahu"));
    expect(remarks).toMatchObject({ start: "2025-04-07", precision: "day", certainty: "inferred" });
  });

  it("gives Trump's press conference with Ishiba the embedded article's year", () => {
    const presser = one(withActors("Donald Trump", "Shigeru Ishiba"));
    expect(presser).toMatchObject({ start: "2025", precision: "year", certainty: "inferred" });
    expect(presser.title).toContain("مؤتمر صحفي");
  });

  it("dates Zakharova's announcement and Peskov's remarks to 15 January 2024", () => {
    expect(one(withActors("Maria Zakharova"))).toMatchObject({ start: "2024-01-15", precision: "day" });
    expect(one(withActors("Dmitry Peskov"))).toMatchObject({ start: "2024-01-15", precision: "day" });
  });

  it("leaves the undated Lavrov call with Amir-Abdollahian off the timeline", () => {
    expect(withActors("Hossein Amir-Abdollahian")).toEqual([]);
  });

  it("folds spelling variants into one actor each", () => {
    const all = json.events.flatMap((e) => e.actors);
    expect(new Set(all.filter((a) => /لافروف/.test(a.ar)).map((a) => a.name))).toEqual(new Set(["Sergey Lavrov"]));
    expect(new Set(all.filter((a) => /تشوي/.test(a.ar)).map((a) => a.name))).toEqual(new Set(["Choe Son Hui"]));
  });

  it("removes the glued read-more label from the evidence", () => {
    const everything = JSON.stringify(json);
    expect(everything).not.toContain("المزيدوبين");
  });

  it("keeps every event dated and sorted", () => {
    const starts = json.events.map((e) => e.start);
    expect(starts.every(Boolean)).toBe(true);
    const key = (s: string) => s.padEnd(10, "-00");
    expect(starts.map(key)).toEqual([...starts].map(key).sort());
  });
});
