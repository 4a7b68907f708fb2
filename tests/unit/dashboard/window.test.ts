import { describe, expect, it } from "vitest";
import { defaultWindow, neighbourWindows, rangeOfWindow, windowAround, windowDays, windowOfRange } from "@/lib/dashboard/window";

describe("day windows", () => {
  it("counts both ends", () => {
    expect(windowDays({ from: "2024-01-01", to: "2024-01-31" })).toBe(31);
  });
  it("finds the windows of the same width on either side", () => {
    expect(neighbourWindows({ from: "2024-01-11", to: "2024-01-20" })).toEqual([
      { from: "2024-01-01", to: "2024-01-10" },
      { from: "2024-01-21", to: "2024-01-30" },
    ]);
  });
  it("round-trips a window through the timeline's [start, end) range", () => {
    const window = { from: "2023-10-18", to: "2024-02-29" };
    const { start, end } = rangeOfWindow(window);
    expect(windowOfRange(start, end)).toEqual(window);
  });
  it("frames a span with a margin", () => {
    const framed = windowAround("2023-01-01", "2025-12-31");
    expect(framed.from < "2023-01-01").toBe(true);
    expect(framed.to > "2025-12-31").toBe(true);
  });
  it("shows the past year when there is nothing to frame", () => {
    expect(defaultWindow(null, new Date(2025, 5, 30))).toEqual({ from: "2024-06-30", to: "2025-06-30" });
  });
});
