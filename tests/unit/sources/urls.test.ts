import { describe, expect, it } from "vitest";
import { parseInterval } from "@/lib/sources/feeds";
import { normaliseUrl, splitLinks } from "@/lib/sources/urls";

describe("page addresses", () => {
  it("spells one page one way: no fragment, no tracking parameters, lower-case host", () => {
    expect(normaliseUrl("https://News.Example.com/a/b?id=3&utm_source=x#top")).toBe("https://news.example.com/a/b?id=3");
    expect(normaliseUrl("ftp://example.com/file")).toBeNull();
    expect(normaliseUrl("not a url")).toBeNull();
  });

  it("splits pasted links on spaces, lines and Arabic commas, and names what isn't a link", () => {
    expect(splitLinks("https://a.example/1\nhttps://b.example/2، https://a.example/1 كلام")).toEqual({
      urls: ["https://a.example/1", "https://b.example/2"],
      invalid: ["كلام"],
    });
  });

  it("reads polling intervals as a person writes them", () => {
    expect(parseInterval("30m")).toBe(30);
    expect(parseInterval("2h")).toBe(120);
    expect(parseInterval("1d")).toBe(1440);
    expect(parseInterval("45")).toBe(45);
    expect(parseInterval("0m")).toBeNull();
    expect(parseInterval("8d")).toBeNull();
    expect(parseInterval("often")).toBeNull();
  });
});
