import { describe, expect, it } from "vitest";
import { resolveDatePhrases, type DateAnchor } from "@/lib/ingest/dates/mentions";
import { parseDateLine } from "@/lib/ingest/page/date-line";
import { inferPublicationDate } from "@/lib/ingest/page/publication";
import { TODAY } from "./fixtures";

const day = (value: string): DateAnchor => ({ value, precision: "day" });
const first = (text: string, anchor: DateAnchor = day("2024-03-12")) => resolveDatePhrases(text, anchor)[0];

describe("parseDateLine", () => {
  it.each([
    ["تاريخ النشر: 16th, January 2024 GMT", "2024-01-16"],
    ["16 يناير 2024", "2024-01-16"],
    ["الثلاثاء 16 كانون الثاني 2024", "2024-01-16"],
    ["نشر في 2024/01/16", "2024-01-16"],
    ["2024-01-16", "2024-01-16"],
    ["تاريخ النشر: ١٢ مارس ٢٠٢٤ - ١٠:٣٠ ص", "2024-03-12"],
    ["الأحد 3 حزيران/يونيو 2023", "2023-06-03"],
    ["January 16, 2024", "2024-01-16"],
    ["الأربعاء - 6 ربيع الآخر 1446 هـ - 09 أكتوبر 2024 مـ", "2024-10-09"],
    ["الجمعة 12 رمضان 1445 هـ الموافق 22 مارس 2024 م", "2024-03-22"],
  ])("reads %s as a stated date", (line, expected) => {
    expect(parseDateLine(line)).toMatchObject({ start: expected, precision: "day", certainty: "stated" });
  });
  it("does not take a sentence that contains a date for a date line", () => {
    expect(parseDateLine("قال الرئيس في 16 يناير 2024 إن الحرب ستنتهي قريبا جدا حسب ما نقلت الوكالات")).toBeNull();
  });
});

describe("resolveDatePhrases", () => {
  it("keeps a full date stated and reports the exact phrase", () => {
    expect(first("وصل الوفد في 5 شباط 2022 إلى دمشق")).toMatchObject({ start: "2022-02-05", certainty: "stated", phrase: "5 شباط 2022" });
  });
  it("gives a day-month without year the anchor's year, inferred", () => {
    expect(first("يلتقي الوزيران في 20 مارس")).toMatchObject({ start: "2024-03-20", certainty: "inferred" });
  });
  it("moves a day-month marked الماضي into the past", () => {
    expect(first("زار الرئيس بكين يومي 18 و19 أكتوبر الماضي")).toMatchObject({ start: "2023-10-18", end: "2023-10-19", precision: "day" });
  });
  it("resolves day ranges with المقبل and Arabic-Indic digits", () => {
    expect(first("يزور الوفد القاهرة يومي ٣ و٤ مارس المقبل", day("2024-12-01"))).toMatchObject({ start: "2025-03-03", end: "2025-03-04" });
    expect(first("من 3 إلى 5 مايو")).toMatchObject({ start: "2024-05-03", end: "2024-05-05" });
  });
  it("gives month precision to a month and year, and to a month alone after قمة", () => {
    expect(first("في سبتمبر 2023")).toMatchObject({ start: "2023-09", precision: "month", certainty: "stated" });
    expect(first("خلال قمة سبتمبر بين الزعيمين", day("2024-01-16"))).toMatchObject({ start: "2023-09", precision: "month", certainty: "inferred" });
  });
  it("puts a month alone in the future when the verb is future", () => {
    expect(first("ستعقد القمة في نوفمبر", day("2024-03-12"))).toMatchObject({ start: "2024-11" });
  });
  it("resolves today, yesterday and tomorrow with their weekdays", () => {
    const anchor = day("2024-01-15"); // a Monday
    expect(first("قال اليوم الاثنين", anchor)).toMatchObject({ start: "2024-01-15" });
    expect(first("قال اليوم /الاثنين/ للصحفيين", anchor)).toMatchObject({ start: "2024-01-15", phrase: "اليوم /الاثنين/" });
    expect(first("وكان قد قال أمس الأحد", anchor)).toMatchObject({ start: "2024-01-14" });
    expect(first("أول أمس", anchor)).toMatchObject({ start: "2024-01-13" });
    expect(first("سيجري غداً الثلاثاء", anchor)).toMatchObject({ start: "2024-01-16" });
    expect(first("أمس", anchor)).toMatchObject({ start: "2024-01-14", certainty: "inferred" });
  });
  it("looks forward for a weekday after a future verb and back otherwise", () => {
    const tuesday = day("2025-04-08");
    expect(first("وستستمر السبت", tuesday)).toMatchObject({ start: "2025-04-12" });
    expect(first("التقى الوزيران يوم السبت", tuesday)).toMatchObject({ start: "2025-04-05" });
    // The future verb may stand several words before the weekday: its subject and object between.
    expect(first("وسيبدأ وفدا البلدين جولة جديدة من المحادثات الفنية يوم السبت", tuesday)).toMatchObject({ start: "2025-04-12" });
  });
  it("reads the weekday of a date given as يوم الثلاثاء الموافق 16 يناير as part of the date", () => {
    const found = resolveDatePhrases("سيجري محادثات يوم الثلاثاء الموافق 16 يناير", day("2024-01-15"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: "2024-01-16", phrase: "يوم الثلاثاء الموافق 16 يناير" });
  });
  it("places 12 أبريل الجاري in the anchor's month", () => {
    expect(first("في 12 أبريل الجاري", day("2025-04-08"))).toMatchObject({ start: "2025-04-12" });
  });
  it("resolves relative months, weeks and years", () => {
    const anchor = day("2024-01-17"); // Wednesday
    expect(first("الشهر الجاري", anchor)).toMatchObject({ start: "2024-01", precision: "month" });
    expect(first("الشهر الماضي", anchor)).toMatchObject({ start: "2023-12", precision: "month" });
    expect(first("الأسبوع الماضي", anchor)).toMatchObject({ start: "2024-01-08", end: "2024-01-14" });
    expect(first("العام المقبل", anchor)).toMatchObject({ start: "2025", precision: "year" });
    expect(first("منذ عام 2019", anchor)).toMatchObject({ start: "2019", precision: "year", certainty: "stated" });
  });
  it("can't resolve a relative phrase without an anchor", () => {
    expect(resolveDatePhrases("قال اليوم الاثنين", null)).toEqual([]);
    expect(resolveDatePhrases("في 16 يناير 2024", null)[0]).toMatchObject({ start: "2024-01-16" });
  });
  it("keeps relative days as coarse as a coarse anchor", () => {
    expect(first("قال اليوم الجمعة", { value: "2025", precision: "year" })).toMatchObject({ start: "2025", precision: "year" });
  });
  it("reads ordinal day words as days, with or without a year", () => {
    const anchor = day("2024-10-12");
    expect(first("التقى الوزيران في التاسع من أكتوبر في الرياض", anchor)).toMatchObject({ start: "2024-10-09", precision: "day", certainty: "inferred", phrase: "التاسع من أكتوبر" });
    expect(first("وقّع الطرفان الاتفاق في الحادي والعشرين من مارس 2024", anchor)).toMatchObject({ start: "2024-03-21", precision: "day", certainty: "stated" });
    expect(first("تبدأ الجولة في الأول من يناير المقبل", anchor)).toMatchObject({ start: "2025-01-01", precision: "day" });
    expect(first("عقدت القمة في الثاني عشر من شهر أيار الماضي", anchor)).toMatchObject({ start: "2024-05-12", precision: "day" });
    expect(first("يوم الخميس الثالث والعشرين من تشرين الثاني 2023")).toMatchObject({ start: "2023-11-23", precision: "day", certainty: "stated" });
  });
  it("reads a day of the current or last month", () => {
    const anchor = day("2024-10-12");
    expect(first("في التاسع من الشهر الجاري", anchor)).toMatchObject({ start: "2024-10-09", precision: "day", certainty: "inferred" });
    expect(first("منذ 28 من الشهر الماضي", anchor)).toMatchObject({ start: "2024-09-28", precision: "day" });
  });
  it("reads a month of last or next year", () => {
    const anchor = day("2024-03-12");
    expect(first("أعلنا استئناف العلاقات في تشرين الأول/أكتوبر من العام الماضي", anchor)).toMatchObject({ start: "2023-10", precision: "month", certainty: "inferred" });
    expect(first("تعقد القمة في 5 أكتوبر من العام المقبل", anchor)).toMatchObject({ start: "2025-10-05", precision: "day" });
    expect(first("في الأول من تموز من العام الماضي", anchor)).toMatchObject({ start: "2023-07-01", precision: "day" });
  });
  it("does not take كانون الثاني or الأول من نوعه for ordinal days", () => {
    expect(first("في كانون الثاني من عام 2024")).toMatchObject({ start: "2024-01", precision: "month" });
    expect(resolveDatePhrases("وهو الاجتماع الأول من نوعه", day("2024-10-12"))).toEqual([]);
  });
  it("gives exact offsets for every phrase", () => {
    const text = "أعلن اليوم الاثنين أن الوفد سيصل غدا الثلاثاء";
    for (const d of resolveDatePhrases(text, day("2024-01-15"))) expect(text.slice(d.index, d.index + d.length)).toBe(d.phrase);
  });
});

describe("inferPublicationDate", () => {
  const kim = { name: "Kim", tenures: [{ from: "2011-12-17", to: null }] };
  it("fixes the day from today's weekday and a weekday-tagged day-month, and the year from tenures", () => {
    const text = "أعلنت المتحدثة اليوم الاثنين أن الوزيرين سيجريان غدا الثلاثاء محادثات. وقالت إن المحادثات يوم الثلاثاء الموافق 16 يناير.";
    const choe = { name: "Choe", tenures: [{ from: "2022-06-11", to: null }] };
    expect(inferPublicationDate(text, [choe], { today: TODAY })).toMatchObject({ value: "2024-01-15", precision: "day", certainty: "inferred" });
  });
  it("picks the year in which the named weekdays and dates agree", () => {
    const text = "قالت المتحدثة اليوم الثلاثاء إن الجولة ستعقد في 12 أبريل الجاري، وإنها ستستمر السبت.";
    const spokes = { name: "S", tenures: [{ from: "2025-01-20", to: null }] };
    expect(inferPublicationDate(text, [spokes], { today: TODAY })).toMatchObject({ value: "2025-04-08", precision: "day" });
  });
  it("takes the nearest week when a weekday-tagged date fits several", () => {
    const text = "انطلقت اليوم السبت أعمال القمة. وكان الوزراء قد عقدوا اجتماعا تحضيريا يوم الخميس 15 أيار.";
    const pm = { name: "PM", tenures: [{ from: "2022-10-27", to: null }] };
    expect(inferPublicationDate(text, [pm], { today: TODAY })).toMatchObject({ value: "2025-05-17", precision: "day", certainty: "inferred" });
  });
  it("falls back to the one year the actors' terms share", () => {
    const text = "قال الرئيس اليوم الجمعة إنه سيلتقي نظيره.";
    const a = { name: "A", tenures: [{ from: "2017-01-20", to: "2021-01-20" }, { from: "2025-01-20", to: null }] };
    const b = { name: "B", tenures: [{ from: "2024-10-01", to: "2025-10-21" }] };
    expect(inferPublicationDate(text, [a, b, kim], { today: TODAY })).toMatchObject({ value: "2025", precision: "year", certainty: "inferred" });
  });
  it("is unknown when nothing fixes a year", () => {
    expect(inferPublicationDate("قال اليوم الجمعة إن المفاوضات مستمرة.", [kim], { today: TODAY })).toMatchObject({ value: null, certainty: "unknown" });
    expect(inferPublicationDate("قال اليوم الاثنين ...", [], { today: TODAY })).toMatchObject({ value: null, certainty: "unknown" });
  });
  it("never infers a date after today", () => {
    const r = inferPublicationDate("قال اليوم السبت", [{ name: "X", tenures: [{ from: "2026-11-01", to: null }] }], { today: TODAY });
    expect(r.value).toBe("2026-11");
  });
});
