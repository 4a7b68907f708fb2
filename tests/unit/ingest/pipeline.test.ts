import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toExtractJson } from "@/lib/ingest/extract-json";
import { extractTexts, readInputFiles } from "@/lib/ingest/pipeline";
import { TODAY, testGazetteer } from "./fixtures";

const levantine = [
  "وزيرا خارجية السعودية وإيران يلتقيان في بكين",
  "الخميس 6 نيسان 2023",
  "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبد اللهيان في العاصمة الصينية بكين اليوم الخميس، في أول لقاء رسمي بين البلدين منذ سنوات.",
  "وقال بن فرحان إن الجانبين اتفقا على إعادة فتح السفارات خلال شهرين.",
  "المصدر: واس",
  "المصدر: الشرق الأوسط",
  "اقرأ ايضاً:",
  "الصين ترحب بالتقارب السعودي الإيراني",
  "رحب وزير الخارجية الصيني وانغ يي اليوم الجمعة بلقاء عبد اللهيان وبن فرحان، مؤكدا دعم بلاده للحوار.",
].join("\n");

const gulf = [
  "عبد اللهيان: لقاء بكين فتح صفحة جديدة",
  "نشر في 2023/04/07",
  "قال وزير الخارجية الإيراني حسين أمير عبداللهيان إن لقاءه مع نظيره السعودي في بكين يوم الخميس الماضي فتح صفحة جديدة في العلاقات.",
  "المصدر: قنا",
].join("\n");

describe("extractTexts", () => {
  const result = extractTexts([{ file: "a.txt", text: levantine }, { file: "b.txt", text: gulf }], { today: TODAY, gazetteer: testGazetteer });

  it("lists every article with its own date and outlet", () => {
    expect(result.articles.map((a) => [a.title, a.published.value, a.outlet])).toEqual([
      ["وزيرا خارجية السعودية وإيران يلتقيان في بكين", "2023-04-06", "الشرق الأوسط"],
      ["الصين ترحب بالتقارب السعودي الإيراني", null, "الشرق الأوسط"],
      ["عبد اللهيان: لقاء بكين فتح صفحة جديدة", "2023-04-07", null],
    ]);
  });
  it("merges one meeting reported by two outlets into one event with two sources", () => {
    const meetings = result.events.filter((e) => e.kind === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].date).toMatchObject({ start: "2023-04-06", precision: "day" });
    expect(meetings[0].sources.map((s) => result.articles[s.articleIndex].file)).toEqual(["a.txt", "b.txt"]);
  });
  it("shapes the extract JSON with parent titles and sources", () => {
    const json = toExtractJson(result);
    expect(json.articles[1].parentTitle).toBe("وزيرا خارجية السعودية وإيران يلتقيان في بكين");
    expect(json.articles[1].publishedCertainty).toBe("unknown");
    const meeting = json.events.find((e) => e.title.startsWith("لقاء"));
    expect(meeting?.sources.map((s) => s.file)).toEqual(["a.txt", "b.txt"]);
    expect(meeting?.actors.map((a) => a.name)).toEqual(["Faisal bin Farhan", "Hossein Amir-Abdollahian"]);
  });
  it("sorts events by start date", () => {
    const starts = result.events.map((e) => e.date.start);
    expect([...starts].sort()).toEqual(starts);
  });
  it("reports an article it can't parse and carries on", () => {
    const r = extractTexts([{ file: "bad.txt", text: "عنوان وحيد بلا نص" }, { file: "b.txt", text: gulf }], { today: TODAY, gazetteer: testGazetteer });
    expect(r.problems).toEqual([{ file: "bad.txt", message: expect.stringMatching(/no body/) }]);
    expect(r.articles).toHaveLength(1);
  });
});

describe("readInputFiles", () => {
  it("expands directories to sorted .txt files and reports unusable files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sijill-"));
    mkdirSync(path.join(dir, "in"));
    writeFileSync(path.join(dir, "in", "2.txt"), gulf);
    writeFileSync(path.join(dir, "in", "1.txt"), levantine);
    writeFileSync(path.join(dir, "in", "notes.md"), "ignored");
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0xe9, 0xe8, 0x20, 0x41]));
    writeFileSync(path.join(dir, "english.txt"), "This is an English news article about talks in Geneva.");
    const { inputs, problems } = readInputFiles([
      path.join(dir, "in"), path.join(dir, "empty.txt"), path.join(dir, "binary.txt"), path.join(dir, "latin1.txt"),
      path.join(dir, "english.txt"), path.join(dir, "missing.txt"),
    ]);
    expect(inputs.map((i) => i.file)).toEqual(["1.txt", "2.txt"]);
    expect(problems.map((p) => p.file)).toEqual(["missing.txt", "empty.txt", "binary.txt", "latin1.txt", "english.txt"]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/not found/i), expect.stringMatching(/empty/i), expect.stringMatching(/binary/i),
      expect.stringMatching(/UTF-8/), expect.stringMatching(/not arabic/i),
    ]);
  });
});
