import { describe, expect, it } from "vitest";
import { formatAxisLabel, formatDate, formatEventDate, formatSpan } from "@/lib/format/dates";

describe("formatDate", () => {
  it("shows a day-precision date in full", () => {
    expect(formatDate("2024-01-16", "day")).toBe("16 يناير 2024");
  });
  it("shows no day for a month-precision date", () => {
    expect(formatDate("2023-09-01", "month")).toBe("سبتمبر 2023");
  });
  it("shows only the year for a year-precision date", () => {
    expect(formatDate("2025-01-01", "year")).toBe("2025");
  });
});

describe("formatSpan", () => {
  const span = (start: string, end: string, precision: "day" | "month" | "year" = "day") => ({ start, end, hasEnd: true, precision });

  it("shares the month and year of a range within one month", () => {
    expect(formatSpan(span("2023-10-18", "2023-10-19"))).toBe("18–19 أكتوبر 2023");
  });
  it("names both months of a range across months", () => {
    expect(formatSpan(span("2023-09-30", "2023-10-02"))).toBe("30 سبتمبر – 2 أكتوبر 2023");
  });
  it("names both years of a range across years", () => {
    expect(formatSpan(span("2023-12-31", "2024-01-01"))).toBe("31 ديسمبر 2023 – 1 يناير 2024");
  });
  it("treats a month-precision event without an end as its month, not a range of days", () => {
    expect(formatSpan({ start: "2023-09-01", end: "2023-09-30", hasEnd: false, precision: "month" })).toBe("سبتمبر 2023");
  });
  it("shows a range of months", () => {
    expect(formatSpan(span("2023-11-01", "2024-01-31", "month"))).toBe("نوفمبر 2023 – يناير 2024");
  });
  it("shows a range of years", () => {
    expect(formatSpan(span("2023-01-01", "2025-12-31", "year"))).toBe("2023–2025");
  });
});

describe("formatEventDate", () => {
  it("says when a date was inferred", () => {
    const event = { start: "2024-01-16", end: "2024-01-16", hasEnd: false, precision: "day" as const, certainty: "inferred" as const };
    expect(formatEventDate(event)).toBe("16 يناير 2024 (مستنتج)");
  });
  it("adds nothing to a stated date", () => {
    const event = { start: "2023-09-01", end: "2023-09-30", hasEnd: false, precision: "month" as const, certainty: "stated" as const };
    expect(formatEventDate(event)).toBe("سبتمبر 2023");
  });
});

describe("formatAxisLabel", () => {
  it("labels months in Arabic with their year above", () => {
    const date = new Date(2024, 0, 1);
    expect(formatAxisLabel(date, "month", "minor")).toBe("يناير");
    expect(formatAxisLabel(date, "month", "major")).toBe("2024");
  });
  it("labels days with their number and month name above", () => {
    const date = new Date(2024, 0, 16);
    expect(formatAxisLabel(date, "day", "minor")).toBe("16");
    expect(formatAxisLabel(date, "day", "major")).toBe("يناير 2024");
  });
});
