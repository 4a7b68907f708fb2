import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

// Better Auth's endpoints: /api/auth/sign-in/email, /api/auth/sign-out, /api/auth/get-session…
async function handle(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export const GET = handle;
export const POST = handle;
