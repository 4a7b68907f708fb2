import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BucketList } from "@/components/events/BucketList";

describe("the list view of a window too full to list", () => {
  it("lists each period that has events with its count, and skips empty ones", () => {
    const html = renderToStaticMarkup(
      createElement(BucketList, {
        buckets: [
          { start: "2024-01-01", end: "2024-01-31", count: 900 },
          { start: "2024-02-01", end: "2024-02-29", count: 0 },
          { start: "2024-03-01", end: "2024-03-31", count: 2 },
        ],
        onWindowChange: () => {},
      }),
    );
    expect(html).toContain("1–31 يناير 2024");
    expect(html).toContain("900 حدثاً");
    expect(html).toContain("حدثان");
    expect(html).not.toContain("فبراير");
    expect(html.match(/<button/g)).toHaveLength(2);
  });
});
