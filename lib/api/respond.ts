// Errors as values at the HTTP boundary: `{ error: { code, message } }` with the right status.
import type { z } from "zod";
import type { ApiError } from "@/lib/api/contract";

function errorResponse(status: number, code: string, message: string): Response {
  const body: ApiError = { error: { code, message } };
  return Response.json(body, { status });
}

/** "from: must be a date as YYYY-MM-DD" — the parameter first, then what is wrong with it. */
export function describeInputError(error: z.ZodError): string {
  // One complaint per parameter: the first is the one to fix (a malformed date is also "not a date").
  const byParam = new Map<string, string>();
  for (const issue of error.issues) {
    const param = issue.path.length > 0 ? String(issue.path[0]) : "query";
    const missing = issue.code === "invalid_type" && /received undefined/.test(issue.message);
    if (!byParam.has(param)) byParam.set(param, missing ? "is required" : issue.message);
  }
  return [...byParam].map(([param, message]) => `${param}: ${message}`).join("; ");
}

export function badRequest(error: z.ZodError): Response {
  return errorResponse(400, "bad_request", describeInputError(error));
}

export function notFound(what: string): Response {
  return errorResponse(404, "not_found", `${what} does not exist`);
}

/** Whether an error means the database can't be reached (as opposed to a bug in a query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { name, code, message } = current as { name?: unknown; code?: unknown; message?: unknown };
    if (typeof name === "string" && /InitializationError|DatabaseNotReachable/.test(name)) return true;
    if (typeof code === "string" && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|57P0[123]|P1001|P1002|P1017)$/.test(code)) return true;
    if (typeof message === "string" && /ECONNREFUSED|connect|Connection terminated|DATABASE_URL is not set|Can't reach database|timeout exceeded when trying to connect/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs a read; a database that doesn't answer is a 503, anything else a 500 without internals. */
export async function respondWithDatabase(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      return errorResponse(503, "database_unavailable", "The database does not answer; try again shortly.");
    }
    console.error(error);
    return errorResponse(500, "internal", "The server could not answer this request.");
  }
}
