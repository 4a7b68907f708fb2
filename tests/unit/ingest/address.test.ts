import { describe, expect, it } from "vitest";
import { addressDate } from "@/lib/ingest/page/address";
import { extractTexts } from "@/lib/ingest/pipeline";

const today = new Date(Date.UTC(2026, 10, 29));

describe("addressDate: the day a page's address files it under", () => {
  it.each([
    ["https://example.net/%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA/2024/08/11/slug", "2024-08-11"],
    ["https://www.aljazeera.net/politics/2025/4/12/slug", "2025-04-12"],
    ["https://example.com/news/2025-02-03/slug", "2025-02-03"],
    ["https://example.com/article/20230131-kuwait-budget", "2023-01-31"],
  ])("%s → %s", (url, day) => {
    expect(addressDate(url, "نص بلا تاريخ", today)).toMatchObject({ value: day, precision: "day", certainty: "inferred" });
  });
  it("takes no date from an address without one, a date that can't be, or one after today", () => {
    expect(addressDate("https://example.com/news/12345678901", "نص", today)).toBeNull();
    expect(addressDate("https://example.com/2024/02/30/slug", "نص", today)).toBeNull();
    expect(addressDate("https://example.com/2031/01/05/slug", "نص", today)).toBeNull();
    expect(addressDate(null, "نص", today)).toBeNull();
  });
  it("distrusts the address when the page calls today a weekday its day isn't", () => {
    // 11 August 2024 was a Sunday.
    expect(addressDate("https://example.net/2024/08/11/slug", "استقبل الوزير اليوم الأحد وفدا", today)?.value).toBe("2024-08-11");
    expect(addressDate("https://example.net/2024/08/11/slug", "استقبل الوزير اليوم الاثنين وفدا", today)).toBeNull();
  });
  it("dates a text whose only date is its address, and the events it tells «اليوم»", () => {
    const text = "الصفدي يلتقي وفدا من الكونغرس\nاستقبل وزير الخارجية أيمن الصفدي اليوم الأحد وفدا من مساعدي أعضاء الكونغرس الأميركي في عمان.";
    const without = extractTexts([{ file: "a.txt", text }], { today });
    expect(without.articles[0].published.value).toBeNull();
    const withUrl = extractTexts([{ file: "a.txt", text, url: "https://example.net/news/2024/08/11/safadi" }], { today });
    expect(withUrl.articles[0].published).toMatchObject({ value: "2024-08-11", certainty: "inferred" });
    expect(withUrl.events[0]?.date.start).toBe("2024-08-11");
  });
});
