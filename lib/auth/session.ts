import "server-only";
// The one session check route handlers and server components call: who is asking, and may they.
import { headers as requestHeaders } from "next/headers";
import type { ApiError } from "@/lib/api/contract";
import { getAuth, ownOrigins } from "@/lib/auth/auth";
import { isRole, roleAllows, type Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { readEnv } from "@/lib/env";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user a request's cookies name, or null. */
export async function viewerFromHeaders(headers: Headers, db?: Database): Promise<Viewer | null> {
  const auth = await getAuth(db);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: isRole(role) ? role : "reader" };
}

/** The signed-in user of the request being rendered (server components). */
export async function currentViewer(): Promise<Viewer | null> {
  return viewerFromHeaders(await requestHeaders());
}

function refuse(status: number, code: string, message: string): Response {
  const body: ApiError = { error: { code, message } };
  return Response.json(body, { status });
}

/**
 * A request that changes something must come from this site's own pages: when it names its origin
 * (browsers always do on cross-site writes), that origin is this host's. SameSite cookies keep most
 * cross-site requests out already; this refuses the rest. A client that names none (curl, a
 * script holding a session cookie) is not a browser tricked into writing.
 */
function crossSite(request: Request): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return false;
  const referer = request.headers.get("referer");
  const origin = request.headers.get("origin") ?? (referer && URL.canParse(referer) ? new URL(referer).origin : null);
  if (!origin) return false;
  return !ownOrigins(request).includes(origin);
}

/**
 * The viewer when they hold `role`, else the response to send: 401 without a session, 403 for a
 * cross-site write or a session that lacks the role.
 */
export async function requireRole(request: Request, role: Role, db?: Database): Promise<Viewer | Response> {
  const viewer = await viewerFromHeaders(request.headers, db);
  if (!viewer) return refuse(401, "unauthenticated", `Sign in first: this needs a signed-in ${role}.`);
  if (crossSite(request)) return refuse(403, "cross_site", "This request did not come from this site's pages.");
  if (!roleAllows(viewer.role, role)) return refuse(403, "forbidden", `This needs the ${role} role; ${viewer.email} is a ${viewer.role}.`);
  return viewer;
}

/** For reads: null when anyone may read (the default), else what requireRole(…, "reader") says. */
export async function readDenied(request: Request): Promise<Response | null> {
  if (readEnv().SIJILL_READ_ACCESS === "public") return null;
  const viewer = await requireRole(request, "reader");
  return viewer instanceof Response ? viewer : null;
}

/** For pages: whether the reader must sign in before seeing anything. */
export async function mustSignInToRead(): Promise<boolean> {
  return readEnv().SIJILL_READ_ACCESS === "signed-in" && (await currentViewer()) === null;
}
