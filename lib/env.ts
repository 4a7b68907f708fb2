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
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    PORT: source.PORT || undefined,
    SIJILL_DATA_DIR: source.SIJILL_DATA_DIR || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
