// Environment, read and validated once. A malformed variable stops the process with a clear message.
import { z } from "zod";

const envSchema = z.object({
  /** Use this PostgreSQL server. Unset: an embedded server is started under SIJILL_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data (git-ignored). */
  SIJILL_DATA_DIR: z.string().default(".data"),
  /** Secret that signs session cookies. Unset: one is made on first start and kept in the database. */
  SIJILL_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The address readers use (https://sijill.example), for sign-in's origin check; unset: the request's own. */
  SIJILL_PUBLIC_URL: z.string().url("must be a URL such as https://sijill.example").optional(),
  /** The password `npm run user:add` sets (else it asks). */
  SIJILL_PASSWORD: z.string().optional(),
  /** public: anyone may read; signed-in: reading needs a session too. Writing always needs an editor. */
  SIJILL_READ_ACCESS: z.enum(["public", "signed-in"]).default("public"),
  /** Whether `npm start` runs a worker beside the web app (more: `npm run worker`). */
  SIJILL_WORKER: z.enum(["on", "off"]).default("on"),
  /** Fetching: give up on a page after this long, this many bytes, this many redirects. */
  SIJILL_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  SIJILL_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  SIJILL_FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  /** Allow fetching addresses on this machine or a private network (tests; an intranet). Off: only the public internet. */
  SIJILL_FETCH_PRIVATE: z.enum(["on", "off"]).default("off"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const keys = Object.keys(envSchema.shape) as (keyof Env)[];
  // An empty variable is an unset one.
  const parsed = envSchema.safeParse(Object.fromEntries(keys.map((key) => [key, source[key] || undefined])));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
