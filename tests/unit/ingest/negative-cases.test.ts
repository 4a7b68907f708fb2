// Text that must yield nothing: no event, no date, no actor (as chrono keeps its negative cases).
import { describe, expect, it } from "vitest";
import { findDateMentions } from "@/lib/ingest/dates/mentions";
import { recogniseEntities } from "@/lib/ingest/entities/recognise";
import { extractEvents } from "@/lib/ingest/events/extract";
import { findTriggers } from "@/lib/ingest/events/triggers";
import { parseDateLine } from "@/lib/ingest/page/date-line";
import { tokenize } from "@/lib/ingest/text/tokens";
import type { ParsedArticle } from "@/lib/ingest/types";

function article(body: string): ParsedArticle {
  return {
    file: "n.txt", title: "عنوان", body, keywords: [], outlet: null, agency: null, url: null, parentIndex: null,
    published: { value: "2024-03-10", precision: "day", certainty: "stated", phrase: "10 مارس 2024" },
  };
}
const events = (body: string) => extractEvents(article(body), { articleIndex: 0, anchor: { value: "2024-03-10", precision: "day" } }).events;
const kinds = (text: string) => findTriggers(tokenize(text)).map((t) => t.kind);

describe("no event", () => {
  it.each([
    // A toll that "reaches" a number is no arrival.
    "وصلت حصيلة ضحايا الفيضانات في ليبيا اليوم الأحد إلى 4000 قتيل.",
    // A name that starts like a verb ("فيصل" is not ف + يصل).
    "فيصل بن فرحان في القاهرة اليوم الأحد.",
    // Talks only hoped for, with no date the text fixes.
    "يأمل الجانبان في استئناف المحادثات قريبا في القاهرة.",
  ])("%s", (text) => {
    expect(events(text).filter((e) => e.kind === "visit")).toEqual([]);
    if (!/حصيلة/.test(text)) expect(events(text)).toEqual([]);
  });

  it("takes «وقف إطلاق النار» for a truce, never for shooting", () => {
    expect(kinds("دعا الوزير إلى وقف إطلاق النار في غزة")).not.toContain("attack");
    expect(kinds("دعا الوزير إلى وقف إطلاق النار في غزة")).toContain("agreement");
  });

  it("takes a drone for a strike, not for a march («طائرة مسيرة» is no protest)", () => {
    expect(kinds("أسقطت الدفاعات طائرة مسيرة فوق المدينة")).toEqual(["strike"]);
  });
});

describe("no date", () => {
  it.each([
    "قرار مجلس الأمن رقم 2254 بشأن سوريا",
    "بلغت قيمة الصفقة 3.5 مليار دولار",
    "عقد الاجتماع في الساعة 10:30",
    "احتفلت البلاد باليوم الوطني",
    "المادة 12 من الدستور",
  ])("%s", (text) => {
    expect(findDateMentions(text).filter((m) => m.kind !== "weekday")).toEqual([]);
  });

  it.each([
    "قال الرئيس في 16 يناير 2024 إن الحرب ستنتهي قريبا جدا حسب ما نقلت الوكالات",
    "الأكثر قراءة",
    "06:12 م",
  ])("no publication line: %s", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe("no actor", () => {
  it.each([
    "قال المتحدث باسم الوزارة رحب بالقرار الأممي",
    "قال مصدر مسؤول في الوزارة إن المحادثات مستمرة",
    "أكد الأمين العام أهمية الحوار",
  ])("%s", (text) => {
    expect(recogniseEntities(text, { date: "2024-03-10" }).filter((m) => m.actor)).toEqual([]);
  });
});
