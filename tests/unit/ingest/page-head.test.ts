// The head of a saved page: the article's own headline and date, never the page's furniture.
import { describe, expect, it } from "vitest";
import { parseArticles } from "@/lib/ingest/page/parse";
import { parseDateLine } from "@/lib/ingest/page/date-line";

const lead = "التقى وزير الخارجية المصري نظيره الأردني اليوم الثلاثاء في القاهرة، وبحث الجانبان تطورات الأوضاع في المنطقة وسبل تعزيز التعاون بين البلدين.";
const page = (...lines: string[]) => parseArticles("p.txt", lines.join("\n")).articles[0];

describe("the headline", () => {
  it("skips the site's menus, ticker, staff box and section label above it", () => {
    const a = page(
      "الرئيسية | أخبار | سياسة | اقتصاد | رياضة",
      "عاجل    الذهب يرتفع في التعاملات الصباحية    مصرع شخصين في حادث سير    الأهلي يتعادل مع الزمالك",
      "رئيس مجلس الإدارة: محمد أحمد رئيس التحرير: علي حسن",
      "أخبار عربية",
      "وزيرا خارجية مصر والأردن يبحثان في القاهرة تطورات المنطقة",
      "كتب: أحمد محمود",
      lead,
    );
    expect(a.title).toBe("وزيرا خارجية مصر والأردن يبحثان في القاهرة تطورات المنطقة");
    expect(a.body.startsWith("التقى وزير الخارجية")).toBe(true);
  });

  it("takes the line that leads into the article over a slogan above it", () => {
    const a = page("موقع الأخبار الأول في مصر والعالم العربي", "شارك", "فيسبوك تويتر واتساب", "وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة", "الثلاثاء 01/أبريل/2025 - 06:12 م", lead);
    expect(a.title).toBe("وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة");
  });

  it("uses the lead as the title of a page saved without a headline, and keeps it in the body", () => {
    const a = page(lead, "وأكد الوزيران أهمية التنسيق المستمر بين البلدين في مختلف القضايا.");
    expect(a.title).toBe(lead.replace(/\.$/, ""));
    expect(a.body.startsWith(lead)).toBe(true);
  });
});

describe("the publication date", () => {
  it("is the date line printed with the headline, not the site's banner above it", () => {
    const a = page("الأحد 29 نوفمبر 2026", "وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة", "الثلاثاء 01/أبريل/2025 - 06:12 م", lead);
    expect(a.published).toMatchObject({ value: "2025-04-01", precision: "day", certainty: "stated" });
  });

  it("leaves a banner that the article's own weekday contradicts, and keeps one it agrees with", () => {
    const contradicted = page("الأحد 29 نوفمبر 2026", "وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة", lead);
    expect(contradicted.published.value).toBeNull();
    const agreed = page("الثلاثاء 1 أبريل 2025", "وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة", lead);
    expect(agreed.published.value).toBe("2025-04-01");
  });

  it("prefers the publication line to a 'last updated' stamp above it", () => {
    const a = page("وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة", "آخر تحديث: 3 أبريل 2025 10:00", "تاريخ النشر: 1 أبريل 2025", lead);
    expect(a.published.value).toBe("2025-04-01");
  });

  it("reads the date in a byline", () => {
    const a = page("وزيرا خارجية مصر والأردن يبحثان تطورات المنطقة", "كتب: أحمد محمود - الثلاثاء 01/أبريل/2025 06:12 م", lead);
    expect(a.published.value).toBe("2025-04-01");
  });
});

describe("date lines in the forms real sites print", () => {
  it.each([
    ["الثلاثاء 01/أبريل/2025 - 06:12 م", "2025-04-01"],
    ["18 أكتوبر 2023، الساعة 7:00 صباحًا", "2023-10-18"],
    ["04/22/ 2024", "2024-04-22"],
    ["6/19/2024 00:00", "2024-06-19"],
    ["13-09-2023, 09:21", "2023-09-13"],
    ["الأربعاء 6 ربيع الآخر 1446 هـ - 09 أكتوبر 2024 مـ", "2024-10-09"],
    ["٢١ نوفمبر ٢٠٢٤", "2024-11-21"],
    ["1ديسمبر2024م", "2024-12-01"],
    ["الخميس 18 شتنبر 2025", "2025-09-18"],
    ["نشر في: 5 غشت 2023", "2023-08-05"],
  ])("%s → %s", (line, expected) => {
    expect(parseDateLine(line)?.start).toBe(expected);
  });
});

describe("a dateline without a year", () => {
  const choe = { name: "Choe Son Hui", tenures: [{ from: "2022-06-11", to: null }] };
  it("gives the day the report was filed, in the one year its weekday and the named people's terms allow", async () => {
    const { inferPublicationDate } = await import("@/lib/ingest/page/publication");
    const text = "وزيرة خارجية كوريا الشمالية تلتقي نظيرها الروسي\nسيئول، 19 يناير (يونهاب) -- أجرت وزيرة خارجية كوريا الشمالية تشوي سون هوي محادثات في موسكو الجمعة مع نظيرها الروسي.";
    expect(inferPublicationDate(text, [choe], { today: new Date(Date.UTC(2026, 10, 29)) })).toMatchObject({ value: "2024-01-19", precision: "day", certainty: "inferred" });
  });
  it("reads today's day and month wherever the page names them, even late in a page that starts mid-story", async () => {
    const { inferPublicationDate } = await import("@/lib/ingest/page/publication");
    const text = "وأضاف المسؤول أن الفرق تعمل منذ الصباح.\nوتابع أن الحرائق امتدت إلى قرى أخرى.\nوقال: \"أجرت وزيرة خارجية كوريا الشمالية تشوي سون هوي صباح اليوم الجمعة 19 يناير محادثات في موسكو\".";
    expect(inferPublicationDate(text, [choe], { today: new Date(Date.UTC(2026, 10, 29)) })).toMatchObject({ value: "2024-01-19", precision: "day" });
  });
  it("fixes nothing when neither a weekday nor anyone's term narrows the year", async () => {
    const { inferPublicationDate } = await import("@/lib/ingest/page/publication");
    const text = "محادثات في موسكو\nسيئول، 19 يناير (يونهاب) -- أجرى الوفدان محادثات في موسكو.";
    expect(inferPublicationDate(text, [], { today: new Date(Date.UTC(2026, 10, 29)) }).value).toBeNull();
  });
});

describe("a date line a day off the article's «اليوم»", () => {
  it("takes the day the article calls today when the stamp is one day off, and keeps it otherwise", async () => {
    const { reconcileWithToday } = await import("@/lib/ingest/page/publication");
    const stamped = { value: "2025-02-08", precision: "day" as const, certainty: "stated" as const, phrase: "تاريخ النشر: 8th, February 2025 GMT" };
    expect(reconcileWithToday(stamped, "وتوجه اليوم الجمعة إلى البيت الأبيض.")).toMatchObject({ value: "2025-02-07", certainty: "inferred" });
    // 8 February 2025 was a Saturday: nothing to reconcile.
    expect(reconcileWithToday(stamped, "وتوجه اليوم السبت إلى البيت الأبيض.")).toEqual(stamped);
    // «أمس الاثنين» kept from a wire story two days old is no reason to move the stamp.
    expect(reconcileWithToday(stamped, "الزلزال الذي ضرب فجر يوم أمس الخميس.")).toEqual(stamped);
    // Three days apart is no time zone.
    expect(reconcileWithToday(stamped, "وتوجه اليوم الأربعاء إلى البيت الأبيض.")).toEqual(stamped);
  });
});
