// One raw document (a fetched page, an uploaded or local file) → the pipeline's extraction. HTML
// goes through the page stage for web pages (page/html.ts), anything else is read as a text file.
// Pure: the same bytes always give the same result, which is what `npm run reextract` relies on.
import { looksLikeHtml, parseHtmlPage } from "@/lib/ingest/page/html";
import { checkInputText, extractPages, extractTexts, MAX_FILE_BYTES, type ExtractOptions } from "@/lib/ingest/pipeline";
import type { ExtractionResult } from "@/lib/ingest/types";

export interface RawDocument {
  /** The name problems and articles are reported under: the file's name, or the URL. */
  name: string;
  bytes: Uint8Array;
  contentType?: string | null;
  fileName?: string | null;
  /** The URL the bytes came from (after redirects). */
  url?: string | null;
}

export interface DocumentExtraction extends ExtractionResult {
  /** The charset an HTML page was decoded with (null for text files: UTF-8 only). */
  charset: string | null;
}

/** HTML pages may be larger than text files: markup, scripts and styles come with the article. */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;

export function extractDocument(doc: RawDocument, options: ExtractOptions = {}): DocumentExtraction {
  const fail = (message: string): DocumentExtraction => ({ articles: [], events: [], problems: [{ file: doc.name, message }], charset: null });
  if (looksLikeHtml(doc.bytes, { fileName: doc.fileName, contentType: doc.contentType })) {
    if (doc.bytes.length > MAX_HTML_BYTES) return fail(`Page is larger than ${MAX_HTML_BYTES / 1024 / 1024} MB`);
    const page = parseHtmlPage({ file: doc.name, bytes: doc.bytes, contentType: doc.contentType, url: doc.url });
    const { articles, events, problems } = extractPages([{ file: doc.name, page }], options);
    return { articles, events, problems, charset: page.charset };
  }
  if (doc.bytes.length > MAX_FILE_BYTES) return fail(`File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const checked = checkInputText(Buffer.from(doc.bytes));
  if ("problem" in checked) return fail(checked.problem);
  const { articles, events, problems } = extractTexts([{ file: doc.name, text: checked.text, url: doc.url }], options);
  return { articles, events, problems, charset: null };
}
