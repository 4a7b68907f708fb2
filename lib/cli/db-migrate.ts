// npm run db:migrate: applies pending migrations to DATABASE_URL or the embedded database.
import { connectDatabase } from "@/lib/db/server";
import { applyMigrations } from "@/lib/db/migrate";

const db = await connectDatabase({ log: console.error });
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await db.stop();
}
