// Fetching a page or a feed, politely and within bounds: a clear User-Agent, conditional requests
// (ETag / Last-Modified), a timeout over the whole exchange, a size cap enforced while reading, a
// redirect cap, a content-type check, and a look at the bytes (an image served as text/html is not
// a page). Every failure is a FetchError that says what went wrong and whether trying again may help.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { readEnv } from "@/lib/env";

export const USER_AGENT = "Sijill/0.1 (Arabic news timeline; reads the pages and feeds its editors add)";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Whether addresses on this machine or a private network may be fetched. */
  allowPrivate: boolean;
}

export function limitsFromEnv(): FetchLimits {
  const env = readEnv();
  return {
    timeoutMs: env.SIJILL_FETCH_TIMEOUT_MS,
    maxBytes: env.SIJILL_FETCH_MAX_BYTES,
    maxRedirects: env.SIJILL_FETCH_MAX_REDIRECTS,
    allowPrivate: env.SIJILL_FETCH_PRIVATE === "on",
  };
}

export type FetchErrorCode = "bad-url" | "blocked" | "timeout" | "network" | "http" | "redirects" | "too-large" | "content-type" | "not-text";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** Whether the same request may succeed later (a timeout, a 503), so a retry is worth it. */
    readonly retryable = false,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export type Expect = "page" | "feed";

const ACCEPTED: Record<Expect, RegExp> = {
  page: /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/,
  feed: /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/feed\+json|application\/json)$/,
};
const ACCEPT_HEADER: Record<Expect, string> = {
  page: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
  feed: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8",
};

export interface Fetched {
  status: number;
  /** The URL after redirects. */
  finalUrl: string;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
  /** null when the server said 304: the copy already kept is current. */
  bytes: Buffer | null;
}

export interface FetchOptions {
  expect: Expect;
  /** Validators of the copy already kept, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  limits?: FetchLimits;
}

/** What the first bytes are when they are plainly not text (magic numbers), or null. */
function binaryKind(bytes: Buffer): string | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "a PNG image";
  if (starts(0xff, 0xd8, 0xff)) return "a JPEG image";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "a GIF image";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "a WebP image";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF document";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a ZIP archive";
  if (starts(0x1f, 0x8b)) return "gzip-compressed data";
  if (bytes.subarray(0, 1024).includes(0)) return "binary data";
  return null;
}

function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 6) {
    const a = address.toLowerCase();
    if (a === "::1" || a === "::") return true;
    if (a.startsWith("::ffff:")) return isPrivateAddress(a.slice(7));
    return /^(?:f[cd]|fe[89ab])/.test(a);
  }
  const [a, b] = address.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
    || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}

/** Refuses URLs that are not http(s), and, unless allowed, hosts that resolve to this machine or a private network. */
async function checkTarget(url: URL, limits: FetchLimits): Promise<void> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError("bad-url", `only http and https addresses can be fetched, not ${url.protocol}`);
  if (limits.allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    throw new FetchError("network", `the host ${host} could not be found`, true);
  }
  if (addresses.some(isPrivateAddress)) {
    throw new FetchError("blocked", `${host} is on this machine or a private network; set SIJILL_FETCH_PRIVATE=on to allow it`);
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Reads a body up to `maxBytes`, stopping (and closing the connection) as soon as it goes over. */
async function readCapped(response: Response, maxBytes: number, abort: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      await reader.cancel().catch(() => {});
      throw new FetchError("too-large", `the response is larger than ${formatBytes(maxBytes)}`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Fetches one URL: the body when it changed, or null bytes for a 304. Throws FetchError. */
export async function fetchDocument(rawUrl: string, options: FetchOptions): Promise<Fetched> {
  const limits = options.limits ?? limitsFromEnv();
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new FetchError("bad-url", `not a web address: ${rawUrl}`);
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      await checkTarget(url, limits);
      const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: ACCEPT_HEADER[options.expect], "accept-language": "ar,en;q=0.5" };
      // Validators belong to the URL they came from: only the first request carries them.
      if (redirects === 0 && options.etag) headers["if-none-match"] = options.etag;
      if (redirects === 0 && options.lastModified) headers["if-modified-since"] = options.lastModified;
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: "manual", signal: controller.signal });
      } catch (error) {
        if (timedOut) throw new FetchError("timeout", `no answer within ${limits.timeoutMs / 1000} s`, true);
        throw new FetchError("network", `could not connect: ${describeNetworkError(error)}`, true);
      }
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= limits.maxRedirects) throw new FetchError("redirects", `more than ${limits.maxRedirects} redirects (last to ${location})`);
        url = new URL(location, url);
        continue;
      }
      const base = {
        status: response.status,
        finalUrl: url.toString(),
        contentType: response.headers.get("content-type") ?? "",
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
        fetchedAt: new Date(),
      };
      if (response.status === 304) return { ...base, bytes: null };
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
        throw new FetchError("http", `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`, retryable);
      }
      const mediaType = base.contentType.split(";")[0].trim().toLowerCase();
      if (mediaType && !ACCEPTED[options.expect].test(mediaType)) {
        await response.body?.cancel().catch(() => {});
        throw new FetchError("content-type", `expected ${options.expect === "page" ? "an HTML page" : "an RSS or Atom feed"}, the server sent ${mediaType}`);
      }
      const declared = Number(response.headers.get("content-length"));
      if (declared > limits.maxBytes) {
        controller.abort();
        throw new FetchError("too-large", `the response is ${formatBytes(declared)}, more than ${formatBytes(limits.maxBytes)}`);
      }
      let bytes: Buffer;
      try {
        bytes = await readCapped(response, limits.maxBytes, () => controller.abort());
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (timedOut) throw new FetchError("timeout", `the page did not arrive within ${limits.timeoutMs / 1000} s`, true);
        throw new FetchError("network", `the connection broke: ${describeNetworkError(error)}`, true);
      }
      const binary = binaryKind(bytes);
      if (binary) throw new FetchError("not-text", `the server called it ${mediaType || "text"} but sent ${binary}`);
      return { ...base, bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}
