import { MAX_FILES_PER_UPLOAD, MAX_UPLOAD_BYTES, type AddSourcesResponse } from "@/lib/api/sources-contract";
import { respondWithDatabase } from "@/lib/api/respond";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { webQueue } from "@/lib/jobs/queue";
import { addFiles, type UploadedFile } from "@/lib/sources/add";
import { formatBytes } from "@/lib/sources/fetch";

export const dynamic = "force-dynamic";

const ACCEPTED = /\.(?:txt|html?)$/i;

function badUpload(message: string, problems: AddSourcesResponse["problems"] = []) {
  return Response.json({ error: { code: "bad_request", message }, problems }, { status: 400 });
}

/** POST /api/uploads — multipart `files`: .txt and .html files, each kept and queued for extraction. */
export async function POST(request: Request) {
  return respondWithDatabase(async () => {
    const viewer = await requireRole(request, "editor");
    if (viewer instanceof Response) return viewer;
    const form = await request.formData().catch(() => null);
    if (!form) return badUpload("files: send the files as multipart/form-data, in the field «files»");
    const entries = form.getAll("files").filter((entry): entry is File => typeof entry !== "string");
    if (entries.length === 0) return badUpload("files: is required (one or more .txt or .html files)");
    if (entries.length > MAX_FILES_PER_UPLOAD) return badUpload(`files: at most ${MAX_FILES_PER_UPLOAD} at a time`);
    const problems: NonNullable<AddSourcesResponse["problems"]> = [];
    const files: UploadedFile[] = [];
    for (const entry of entries) {
      if (!ACCEPTED.test(entry.name)) problems.push({ file: entry.name, message: "only .txt and .html files are read" });
      else if (entry.size > MAX_UPLOAD_BYTES) problems.push({ file: entry.name, message: `larger than ${formatBytes(MAX_UPLOAD_BYTES)}` });
      else if (entry.size === 0) problems.push({ file: entry.name, message: "empty file" });
      else files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()), contentType: /\.html?$/i.test(entry.name) ? "text/html" : "text/plain" });
    }
    if (files.length === 0) return badUpload(`files: none can be read (${problems.map((p) => `${p.file}: ${p.message}`).join("; ")})`, problems);
    const result: AddSourcesResponse = { sources: await addFiles(getDb(), await webQueue(), files, viewer.id), problems };
    return Response.json(result, { status: 201 });
  });
}
