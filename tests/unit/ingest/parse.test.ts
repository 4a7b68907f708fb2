import { describe, expect, it } from "vitest";
import { isWireAgency, parseArticles } from "@/lib/ingest/page/parse";

const gulfPage = [
  "الإمارات وعُمان توقعان اتفاقيات للربط السككي",
  "تاريخ النشر: ١٢ مارس ٢٠٢٤",
  "وقعت دولة الإمارات وسلطنة عمان اليوم الثلاثاء اتفاقيات جديدة للربط السككي بين البلدين.",
  "وأكد الجانبان أهمية المشروع للتجارة الإقليمية.",
  "اقرأ المزيدوأضاف المسؤول أن التنفيذ يبدأ العام المقبل.",
  "المصدر: وام",
  "المصدر: صحيفة الخليج",
  "كلمات دلالية: الإمارات، عمان، قطارات",
  "الرابط: https://example.com/news/1",
  "اقرأ أيضًا:",
  "قطر ترحب بالاتفاق",
  "الأربعاء 13 آذار 2024",
  "رحبت دولة قطر بالاتفاق الموقع بين الإمارات وسلطنة عمان.",
  "إقرأ ايضا",
  "",
  "السعودية تستضيف منتدى للطاقة",
  "تابعونا على تطبيق تيليجرام",
  "تستضيف الرياض الأسبوع المقبل منتدى دوليا للطاقة بمشاركة واسعة.",
  "الأكثر قراءة",
  "• خبر أول عن الطقس",
  "• خبر ثان عن الرياضة",
].join("\n");

describe("parseArticles", () => {
  const { articles, problems } = parseArticles("gulf.txt", gulfPage);

  it("splits a page into its own article and each embedded article", () => {
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(["الإمارات وعُمان توقعان اتفاقيات للربط السككي", "قطر ترحب بالاتفاق", "السعودية تستضيف منتدى للطاقة"]);
    expect(articles.map((a) => a.parentIndex)).toEqual([null, 0, 0]);
  });
  it("reads a date line with Arabic-Indic digits", () => {
    expect(articles[0].published).toMatchObject({ value: "2024-03-12", precision: "day", certainty: "stated" });
  });
  it("gives each embedded article its own date, never the host's", () => {
    expect(articles[1].published.value).toBe("2024-03-13");
    expect(articles[2].published).toMatchObject({ value: null, certainty: "unknown" });
  });
  it("tells the wire agency from the outlet among المصدر lines", () => {
    expect(articles[0].agency).toBe("وام");
    expect(articles[0].outlet).toBe("صحيفة الخليج");
    expect(isWireAgency("وكالة الأنباء الفرنسية أ ف ب")).toBe(true);
    expect(isWireAgency("RT Arabic")).toBe(false);
  });
  it("reads keywords and the link line", () => {
    expect(articles[0].keywords).toEqual(["الإمارات", "عمان", "قطارات"]);
    expect(articles[0].url).toBe("https://example.com/news/1");
  });
  it("removes a read-more label glued to a sentence but keeps the word", () => {
    expect(articles[0].body).toContain("\nوأضاف المسؤول أن التنفيذ");
    expect(articles[0].body).not.toContain("المزيد");
  });
  it("drops follow-us lines and headline lists", () => {
    expect(articles[2].body).toBe("تستضيف الرياض الأسبوع المقبل منتدى دوليا للطاقة بمشاركة واسعة.");
  });
  it("keeps metadata out of the body", () => {
    expect(articles[0].body).not.toMatch(/المصدر|كلمات دلالية|تاريخ النشر|https/);
  });

  it("drops a line of glued headlines after the title", () => {
    const page = [
      "الرئيس يستقبل وفدا اقتصاديا",
      "الخارجية: لن نقبل بالتدخل في شؤوننا وزير المالية يعلن: \"موازنة جديدة\"",
      "استقبل الرئيس اليوم الأحد وفدا اقتصاديا رفيع المستوى لبحث فرص الاستثمار.",
    ].join("\n");
    expect(parseArticles("x.txt", page).articles[0].body).toBe("استقبل الرئيس اليوم الأحد وفدا اقتصاديا رفيع المستوى لبحث فرص الاستثمار.");
  });
  it("keeps a long lead line that doubles as title in the body", () => {
    const lead = "أعلن المتحدث باسم الحكومة اليوم الأحد أن الوزراء سيعقدون اجتماعا طارئا غدا الاثنين لبحث الأوضاع الاقتصادية في البلاد.";
    const { articles: [a] } = parseArticles("x.txt", `${lead}\n\nوأضاف أن الاجتماع سيكون مغلقا.`);
    expect(a.body.split("\n")[0]).toBe(lead);
  });
  it("reports an article without body as a problem", () => {
    const r = parseArticles("x.txt", "عنوان فقط\nتاريخ النشر: 2024-01-01");
    expect(r.articles).toEqual([]);
    expect(r.problems[0]).toMatch(/no body/);
  });
});
