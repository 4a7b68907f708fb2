// The fetcher against a real HTTP server on 127.0.0.1, bounded: each failure is reported, quickly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, fetchDocument, type FetchLimits } from "@/lib/sources/fetch";
import { startTestSite, type TestSite } from "../support/test-site";

const limits: FetchLimits = { timeoutMs: 1_500, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: true };

async function failure(url: string, expect_: "page" | "feed" = "page", own: Partial<FetchLimits> = {}): Promise<FetchError> {
  try {
    await fetchDocument(url, { expect: expect_, limits: { ...limits, ...own } });
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error(`${url} was fetched`);
}

describe("fetching pages politely and within bounds", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.close());

  it("fetches a page with its validators, and a conditional request for it is a 304 with no body", async () => {
    const page = await fetchDocument(`${site.url}/news/cairo`, { expect: "page", limits });
    expect(page.status).toBe(200);
    expect(page.bytes!.toString("utf8")).toContain("سامح شكري");
    expect(page.etag).toBe('"cairo-v1"');
    const again = await fetchDocument(`${site.url}/news/cairo`, { expect: "page", etag: page.etag, limits });
    expect(again).toMatchObject({ status: 304, bytes: null });
  });

  it("says what went wrong: a 404, a redirect loop, an image served as HTML, a feed where a page was expected", async () => {
    expect(await failure(`${site.url}/missing`)).toMatchObject({ code: "http", message: "the server answered 404 Not Found", retryable: false });
    expect(await failure(`${site.url}/loop/a`)).toMatchObject({ code: "redirects", message: expect.stringContaining("more than 5 redirects") });
    expect(await failure(`${site.url}/image.html`)).toMatchObject({ code: "not-text", message: "the server called it text/html but sent a PNG image" });
    expect(await failure(`${site.url}/feeds/rss.xml`)).toMatchObject({ code: "content-type", message: expect.stringContaining("application/rss+xml") });
  });

  it("gives up on a page that never answers after the timeout, and says a retry may help", async () => {
    const started = Date.now();
    const error = await failure(`${site.url}/hang`, "page", { timeoutMs: 500 });
    expect(error).toMatchObject({ code: "timeout", retryable: true });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops reading a 50 MB body at the size cap", async () => {
    const error = await failure(`${site.url}/huge`, "page", { maxBytes: 1024 * 1024, timeoutMs: 10_000 });
    expect(error).toMatchObject({ code: "too-large", message: "the response is larger than 1 MB" });
  });

  it("refuses this machine's addresses unless allowed, and anything but http(s)", async () => {
    expect(await failure(`${site.url}/news/cairo`, "page", { allowPrivate: false })).toMatchObject({ code: "blocked" });
    expect(await failure("file:///etc/passwd")).toMatchObject({ code: "bad-url" });
  });

  it("sends a User-Agent that says who is asking", async () => {
    let userAgent = "";
    const { createServer } = await import("node:http");
    const server = createServer((req, res) => {
      userAgent = req.headers["user-agent"] ?? "";
      res.writeHead(200, { "content-type": "text/html" }).end("<p>نص</p>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await fetchDocument(`http://127.0.0.1:${port}/`, { expect: "page", limits });
    server.close();
    expect(userAgent).toMatch(/^Sijill\/\S+ \(/);
  });
});
