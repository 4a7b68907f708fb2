// npm run db:migration -- NAME: writes a migration for the change schema.prisma makes.
import { connectDatabase } from "@/lib/db/server";
import { createMigration } from "@/lib/db/migrate";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- NAME");
  process.exit(2);
}
const db = await connectDatabase({ log: console.error });
try {
  const folder = await createMigration(db.url, name);
  console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : "schema.prisma and the migrations agree: nothing to write.");
} finally {
  await db.stop();
}
