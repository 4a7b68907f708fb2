import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabase();
  if (health.ok) return Response.json({ status: "ok", database: "up" });
  return Response.json(
    { status: "error", database: "down", error: { code: "database_unavailable", message: `The database does not answer: ${health.message}` } },
    { status: 503 },
  );
}
