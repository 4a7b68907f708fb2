// Sign-in and the write endpoints, through the real route handlers, Better Auth and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as addSources } from "@/app/api/sources/route";
import { POST as upload } from "@/app/api/uploads/route";
import { GET as events } from "@/app/api/events/route";
import { getAuth, SIGN_IN_LIMIT } from "@/lib/auth/auth";
import { saveUser } from "@/lib/auth/users";
import { installQueues } from "@/lib/jobs/queue";
import { useDatabase } from "../support/event-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/database";

const SITE = "http://127.0.0.1:3999";
const PASSWORD = "correct horse battery";

async function signIn(test: TestDatabase, email: string, password: string, ip = "10.0.0.1"): Promise<Response> {
  const auth = await getAuth(test.db);
  return auth.handler(
    new Request(`${SITE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: SITE, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

function cookieOf(response: Response): string {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}${path}`, { method: "POST", body, headers: { origin: SITE, ...headers } });
}

const json = (body: unknown) => JSON.stringify(body);

describe("editors sign in, and only editors write", () => {
  let test: TestDatabase;
  let editor = "";
  let reader = "";
  beforeAll(async () => {
    test = await createTestDatabase();
    useDatabase(test.url);
    await installQueues(test.url);
    await saveUser(test.db, { email: "editor@example.com", password: PASSWORD, role: "editor" });
    await saveUser(test.db, { email: "Reader@Example.com", password: PASSWORD, role: "reader" });
    editor = cookieOf(await signIn(test, "editor@example.com", PASSWORD));
    reader = cookieOf(await signIn(test, "reader@example.com", PASSWORD));
  });
  afterAll(() => test.drop());

  it("keeps passwords hashed (scrypt) and sessions in PostgreSQL", async () => {
    const account = await test.db.account.findFirstOrThrow({ where: { user: { email: "editor@example.com" } } });
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    expect(await test.db.session.count()).toBe(2);
    expect(editor).toMatch(/session_token=/);
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    const response = await signIn(test, "editor@example.com", "wrong password!", "10.0.0.2");
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it(`rate-limits sign-in: ${SIGN_IN_LIMIT.max} tries a minute per address, then 429`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMIT.max; i++) statuses.push((await signIn(test, "editor@example.com", "guess number " + i, "10.0.0.3")).status);
    expect(statuses.slice(0, SIGN_IN_LIMIT.max).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held back, and the counts live in the database (shared by every web server).
    expect((await signIn(test, "editor@example.com", PASSWORD, "10.0.0.4")).status).toBe(200);
    expect(await test.db.rateLimit.count()).toBeGreaterThan(0);
  });

  it("answers 401 without a session, 403 for a reader and for a cross-site request", async () => {
    const body = json({ links: "https://example.com/news/1" });
    const anonymous = await addSources(post("/api/sources", body));
    expect(anonymous.status).toBe(401);
    expect((await addSources(new Request(`${SITE}/api/sources`, { method: "POST", body }))).status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "unauthenticated" } });
    const asReader = await addSources(post("/api/sources", body, { cookie: reader }));
    expect(asReader.status).toBe(403);
    expect(await asReader.json()).toMatchObject({ error: { code: "forbidden" } });
    const crossSite = await addSources(post("/api/sources", body, { cookie: editor, origin: "https://evil.example" }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: { code: "cross_site" } });
    expect((await upload(post("/api/uploads", new FormData()))).status).toBe(401);
    expect(await test.db.source.count()).toBe(0);
  });

  it("queues an editor's links and feed, and says what is wrong with bad input", async () => {
    const created = await addSources(post("/api/sources", json({ links: "https://example.com/a\nhttps://example.com/b#top" }), { cookie: editor }));
    expect(created.status).toBe(201);
    expect((await created.json()).sources).toHaveLength(2);
    const sources = await test.db.source.findMany({ include: { addedBy: true } });
    expect(sources.map((source) => source.url).sort()).toEqual(["https://example.com/a", "https://example.com/b"]);
    expect(sources.every((source) => source.addedBy?.email === "editor@example.com")).toBe(true);
    const jobs = await test.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'source-fetch'`;
    expect(jobs[0].n).toBe(2);

    const feed = await addSources(post("/api/sources", json({ feed: "https://example.com/rss.xml", every: "2h" }), { cookie: editor }));
    expect(feed.status).toBe(201);
    expect(await test.db.feed.findFirstOrThrow()).toMatchObject({ url: "https://example.com/rss.xml", everyMinutes: 120 });

    const bad = await addSources(post("/api/sources", json({ links: "قراءة ftp://x" }), { cookie: editor }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("not http(s) addresses: قراءة ftp://x");
    const badEvery = await addSources(post("/api/sources", json({ feed: "https://example.com/f", every: "often" }), { cookie: editor }));
    expect((await badEvery.json()).error.message).toContain("every: must be an interval");
  });

  it("takes uploaded .txt and .html files and names each one it refuses", async () => {
    const form = new FormData();
    form.append("files", new File(["<html><body><p>نص</p></body></html>"], "page.html", { type: "text/html" }));
    form.append("files", new File(["%PDF-1.4"], "report.pdf", { type: "application/pdf" }));
    const response = await upload(post("/api/uploads", form, { cookie: editor }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.sources).toHaveLength(1);
    expect(body.problems).toEqual([{ file: "report.pdf", message: "only .txt and .html files are read" }]);
    expect(await test.db.document.findFirstOrThrow({ where: { fileName: "page.html" } })).toMatchObject({ contentType: "text/html" });

    const onlyBad = new FormData();
    onlyBad.append("files", new File(["x"], "photo.png"));
    const refused = await upload(post("/api/uploads", onlyBad, { cookie: editor }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "bad_request" }, problems: [{ file: "photo.png" }] });
  });

  it("keeps reading public unless SIJILL_READ_ACCESS=signed-in", async () => {
    const request = () => new Request(`${SITE}/api/events?from=2024-01-01&to=2024-12-31`);
    expect((await events(request())).status).toBe(200);
    process.env.SIJILL_READ_ACCESS = "signed-in";
    try {
      expect((await events(request())).status).toBe(401);
      expect((await events(new Request(request(), { headers: { cookie: reader } }))).status).toBe(200);
    } finally {
      delete process.env.SIJILL_READ_ACCESS;
    }
  });
});
