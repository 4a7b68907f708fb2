import "server-only";
// Sign-in, by Better Auth: email and password (scrypt-hashed), sessions kept in PostgreSQL (so any
// web server can check any session), sign-in rate-limited per client address with the counts in
// PostgreSQL too, and requests from other origins refused. No one signs up: editors are made with
// `npm run user:add -- EMAIL`.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { getDb, type Database } from "@/lib/db";
import { readEnv } from "@/lib/env";

export const SIGN_IN_LIMIT = { window: 60, max: 5 };
export const MIN_PASSWORD_LENGTH = 10;

/**
 * The origins this site answers on: SIJILL_PUBLIC_URL, and the one the request was addressed to
 * (its Host, or the proxy's X-Forwarded-Host/Proto) — a page served from there may write here.
 */
export function ownOrigins(request: Request | undefined): string[] {
  const origins: string[] = [];
  const publicUrl = readEnv().SIJILL_PUBLIC_URL;
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  if (request) {
    const url = new URL(request.url);
    origins.push(url.origin);
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    const protocol = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
    if (host) origins.push(`${protocol}://${host}`);
  }
  return [...new Set(origins)];
}

function buildAuth(db: Database, secret: string) {
  const env = readEnv();
  return betterAuth({
    appName: "Sijill",
    secret,
    baseURL: env.SIJILL_PUBLIC_URL,
    basePath: "/api/auth",
    trustedOrigins: async (request) => ownOrigins(request),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "reader", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof buildAuth>;

/**
 * The secret that signs session cookies: SIJILL_AUTH_SECRET, else one made on first use and kept
 * in the database, so every web server on the same DATABASE_URL signs alike without configuration.
 */
export async function authSecret(db: Database): Promise<string> {
  const fromEnv = readEnv().SIJILL_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  await db.setting.createMany({ data: [{ key: "auth.secret", value: randomBytes(32).toString("base64url") }], skipDuplicates: true });
  return (await db.setting.findUniqueOrThrow({ where: { key: "auth.secret" } })).value;
}

const authByDb = new WeakMap<Database, Promise<Auth>>();

/** The Better Auth instance for a database (the process's, by default). */
export function getAuth(db: Database = getDb()): Promise<Auth> {
  let auth = authByDb.get(db);
  if (!auth) {
    auth = authSecret(db).then((secret) => buildAuth(db, secret));
    auth.catch(() => authByDb.delete(db));
    authByDb.set(db, auth);
  }
  return auth;
}
