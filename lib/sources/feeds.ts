// RSS 2.0, Atom (and RDF) feeds → the articles they list. The XML is read by a well-kept parser
// (@extractus/feed-extractor over fast-xml-parser); here the bytes are decoded as the feed declares
// and each entry is reduced to what polling needs: a stable key and the article's address.
import { extractFromXml } from "@extractus/feed-extractor";
import { charsetOfContentType, encodingFor } from "@/lib/ingest/page/html-charset";
import { normaliseUrl } from "@/lib/sources/urls";

export interface FeedEntry {
  /** The entry's guid or id (else its link): how an item already seen is recognised. */
  key: string;
  url: string;
  title: string;
  published: string | null;
}

export interface ParsedFeed {
  title: string | null;
  entries: FeedEntry[];
  /** Entries that could not be used (no link, not http). */
  skipped: number;
}

/** Feed bytes → text: a byte-order mark, the header's charset, the XML declaration's encoding, else UTF-8. */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(Buffer.from(bytes.subarray(0, 200)).toString("latin1"))?.[1];
  const label = charsetOfContentType(contentType) ?? declared ?? "utf-8";
  return new TextDecoder(encodingFor(label) ?? "utf-8").decode(bytes);
}

export class FeedFormatError extends Error {}

export function parseFeed(bytes: Uint8Array, contentType: string | null, baseUrl: string): ParsedFeed {
  const xml = decodeFeedBytes(bytes, contentType);
  let feed: ReturnType<typeof extractFromXml>;
  try {
    feed = extractFromXml(xml, { baseUrl, descriptionMaxLen: 0 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedFormatError(`not an RSS or Atom feed (${reason})`);
  }
  const entries: FeedEntry[] = [];
  let skipped = 0;
  for (const entry of feed.entries ?? []) {
    const url = entry.link ? normaliseUrl(new URL(entry.link, baseUrl).toString()) : null;
    if (!url) {
      skipped++;
      continue;
    }
    entries.push({ key: entry.id || url, url, title: entry.title ?? "", published: entry.published || null });
  }
  return { title: feed.title || null, entries, skipped };
}

/** How often to poll, as written by a person ("30m", "2h", "1d", "45"): minutes, at least 1 and at most a week. */
export function parseInterval(text: string): number | null {
  const match = /^\s*(\d+)\s*(m|min|h|d)?\s*$/i.exec(text);
  if (!match) return null;
  const unit = (match[2] ?? "m").toLowerCase();
  const minutes = Number(match[1]) * (unit === "h" ? 60 : unit === "d" ? 1440 : 1);
  return minutes >= 1 && minutes <= 7 * 1440 ? minutes : null;
}
