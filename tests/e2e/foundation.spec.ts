import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("serves an Arabic right-to-left page with the self-hosted font", async ({ page }) => {
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(fontFamily).toContain("Noto Sans Arabic");
  // The font file comes from this server, not from a font CDN.
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((face) => face.family.includes("Noto Sans Arabic") && face.status === "loaded");
  });
  expect(fontLoaded).toBe(true);
});

test("reports the database as up on /api/health", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});

test.describe("with the database unreachable", () => {
  let server: ChildProcess;
  const port = 3197;

  test.beforeAll(async () => {
    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:1/none" },
      stdio: "ignore",
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(() => true, () => false);
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("the second server did not start");
  });

  test.afterAll(() => {
    server.kill("SIGTERM");
  });

  test("the page shows a clear Arabic error, not a stack trace", async ({ page }) => {
    const response = await page.goto(`http://127.0.0.1:${port}/`);
    expect(response?.status()).toBeLessThan(500);
    // Next's route announcer is an empty role="alert" too: look for the page's own.
    await expect(page.getByRole("alert").filter({ hasText: "تعذّر الاتصال بقاعدة البيانات" })).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/at \S+ \(|Error:|ECONNREFUSED|prisma/i);
  });

  test("/api/health answers 503 with a message", async ({ request }) => {
    const response = await request.get(`http://127.0.0.1:${port}/api/health`);
    expect(response.status()).toBe(503);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain("database does not answer");
  });
});
