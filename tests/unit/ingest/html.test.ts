import { describe, expect, it } from "vitest";
import { extractDocument } from "@/lib/ingest/document";
import { decodeHtmlBytes } from "@/lib/ingest/page/html-charset";
import { parseHtmlPage, publicationDateOf } from "@/lib/ingest/page/html";
import { encodeWindows1256, newsPage, PAGES } from "../../support/test-site";

const utf8 = (html: string) => Buffer.from(html, "utf8");

describe("reading a web page's article", () => {
  it("takes the headline, date, outlet and keywords from JSON-LD, not the site's banner date", () => {
    const page = parseHtmlPage({ file: "cairo", bytes: utf8(PAGES.cairo), url: "http://127.0.0.1:1/news/cairo?x=1" });
    expect(page.problems).toEqual([]);
    const [article] = page.articles;
    expect(article.title).toBe("وزير الخارجية المصري يستقبل نظيره الأردني في القاهرة");
    expect(article.published).toMatchObject({ value: "2024-03-03", precision: "day", certainty: "stated" });
    expect(article.published.phrase).toContain("datePublished");
    expect(article.outlet).toBe("أخبار الاختبار");
    expect(article.keywords).toEqual(["دبلوماسية", "زيارات"]);
    // Menus, the most-read list and the footer are not the article.
    expect(article.body).toContain("استقبل وزير الخارجية المصري سامح شكري");
    expect(article.body).not.toMatch(/الأكثر قراءة|جميع الحقوق|الرئيسية|نوفمبر 2030/);
    expect(article.body.split("\n")).toHaveLength(2);
  });

  it("dates the page's events from its metadata: «اليوم الأحد» is the 3rd of March 2024, not a day in 2030", () => {
    const result = extractDocument({ name: "cairo", bytes: utf8(PAGES.cairo), contentType: "text/html; charset=utf-8" }, { today: new Date("2026-11-01") });
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.events.map((event) => event.date.start)).toContain("2024-03-03");
    expect(result.events.every((event) => !event.date.start.startsWith("2030"))).toBe(true);
  });

  it("reads a windows-1256 page its <meta> declares, and article:published_time when there is no JSON-LD", () => {
    const bytes = encodeWindows1256(PAGES.ankara);
    expect(decodeHtmlBytes(bytes, "text/html")).toMatchObject({ charset: "windows-1256", from: "meta" });
    const [article] = parseHtmlPage({ file: "ankara", bytes, contentType: "text/html" }).articles;
    expect(article.title).toBe("أردوغان يستقبل وانغ يي في أنقرة");
    expect(article.body).toContain("رجب طيب أردوغان");
    expect(article.published).toMatchObject({ value: "2024-05-12", certainty: "stated" });
  });

  it("lets the HTTP header's charset win over the page's own, and a byte-order mark over both", () => {
    const html = newsPage({ headline: "عنوان", paragraphs: ["نص"], charset: "utf-8" });
    expect(decodeHtmlBytes(encodeWindows1256(html.replace('charset="utf-8"', 'charset="utf-8"')), "text/html; charset=windows-1256").charset).toBe("windows-1256");
    expect(decodeHtmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(html)]), "text/html; charset=windows-1256").from).toBe("bom");
    // Undeclared bytes that are not UTF-8 are read the way an Arabic browser reads them.
    expect(decodeHtmlBytes(encodeWindows1256("<p>السلام عليكم</p>")).text).toBe("<p>السلام عليكم</p>");
  });

  it("falls back to the date line printed with the article when the page has no metadata date", () => {
    const [article] = parseHtmlPage({ file: "plain", bytes: utf8(PAGES.plain) }).articles;
    expect(article.published).toMatchObject({ value: "2024-06-14", certainty: "stated" });
  });

  it("says why a page gives no article: English text, or no text at all", () => {
    const english = "<html><body><article><p>This page is written in English and carries no Arabic article at all, only English.</p></article></body></html>";
    expect(parseHtmlPage({ file: "en", bytes: utf8(english) }).problems).toEqual(["the page's article is not Arabic text (too few Arabic letters)"]);
    expect(parseHtmlPage({ file: "empty", bytes: utf8("<html><body></body></html>") }).problems).toEqual(["no article text found on the page"]);
  });

  it("reads metadata dates as the publisher's local day and refuses impossible ones", () => {
    expect(publicationDateOf("2024-01-16T23:30:00+03:00")).toEqual({ value: "2024-01-16", precision: "day" });
    expect(publicationDateOf("2024-02")).toEqual({ value: "2024-02", precision: "month" });
    expect(publicationDateOf("Tue, 16 Jan 2024 23:30:00 +0300")).toEqual({ value: "2024-01-16", precision: "day" });
    expect(publicationDateOf("2024-02-31")).toBeNull();
    expect(publicationDateOf("أمس")).toBeNull();
  });
});
