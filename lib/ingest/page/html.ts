// A web page → the article it carries, as the text pipeline's ParsedArticle. The page's own
// metadata says what saved text loses: the headline (JSON-LD `headline`, og:title), the publication
// time (JSON-LD `datePublished`, `article:published_time`, `<time datetime>`, <meta> dates), the
// canonical URL and the outlet. The body is Mozilla's Readability over the DOM (linkedom), as
// Firefox's reader view reads it. A publication date from metadata is stated by the publisher and
// beats anything inferred from text; with none, the body's own date line is read as for text files.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeHtmlBytes } from "@/lib/ingest/page/html-charset";
import { isWireAgency, parseArticles, type ParsedPage } from "@/lib/ingest/page/parse";
import { countArabicLetters } from "@/lib/ingest/text/normalise";
import type { DatePrecision, ParsedArticle } from "@/lib/ingest/types";

const MIN_ARABIC_LETTERS = 40;

/** What the page says about itself, before any text is read. */
export interface PageMetadata {
  headline: string | null;
  /** The publication time exactly as the page gives it, and where. */
  published: { raw: string; from: string } | null;
  canonicalUrl: string | null;
  outlet: string | null;
  author: string | null;
  keywords: string[];
  lang: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Background|Review|Satirical|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|WebPage)$/;

function asObject(value: Json | undefined): JsonObject | null {
  return value && typeof value === "object" && !Array.isArray(value) ? value : null;
}

function text(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  const object = asObject(value);
  return object ? text(object.name ?? object["@id"] ?? object.url) : null;
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/** Every object in the page's JSON-LD blocks, @graph lists flattened. A malformed block is skipped. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) return value.forEach(visit);
    const object = asObject(value);
    if (!object) return;
    nodes.push(object);
    if (Array.isArray(object["@graph"])) object["@graph"].forEach(visit);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A broken block says nothing; the page's other metadata still counts.
    }
  }
  return nodes;
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

/** The metadata a news page carries, in the order publishers are most careful with. */
export function readPageMetadata(document: Document): PageMetadata {
  const nodes = jsonLdNodes(document);
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)) && (node.headline || node.datePublished)) ?? null;
  const published = (() => {
    const fromJsonLd = text(article?.datePublished);
    if (fromJsonLd) return { raw: fromJsonLd, from: "JSON-LD datePublished" };
    for (const name of ["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "date"]) {
      const value = meta(document, name);
      if (value) return { raw: value, from: `<meta ${name}>` };
    }
    const time = document.querySelector("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished][datetime], time[datetime]");
    const datetime = time?.getAttribute("datetime")?.trim();
    return datetime ? { raw: datetime, from: "<time datetime>" } : null;
  })();
  const publisher = asObject(article?.publisher ?? null);
  const keywordsRaw = article?.keywords ?? meta(document, "keywords", "news_keywords");
  const keywords = (Array.isArray(keywordsRaw) ? keywordsRaw.map((k) => text(k) ?? "") : String(keywordsRaw ?? "").split(/[,،]/))
    .map((k) => k.trim())
    .filter(Boolean);
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute("href")?.trim() || null;
  return {
    headline: text(article?.headline) ?? meta(document, "og:title", "twitter:title"),
    published,
    canonicalUrl: canonical ?? meta(document, "og:url") ?? text(article?.mainEntityOfPage) ?? text(article?.url),
    outlet: text(publisher?.name) ?? meta(document, "og:site_name", "application-name"),
    author: text(article?.author),
    keywords: [...new Set(keywords)],
    lang: document.documentElement?.getAttribute("lang") ?? null,
  };
}

/**
 * A metadata time as the pipeline's ISO date cut to its precision. The date is taken as written
 * (2024-01-16T23:30:00+03:00 is the 16th): it is the publisher's local day, the one its text means
 * by «اليوم».
 */
export function publicationDateOf(raw: string): { value: string; precision: DatePrecision } | null {
  const match = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(raw);
  if (match) {
    const [, year, month, day] = match;
    const y = Number(year), m = Number(month), d = day ? Number(day) : null;
    if (y < 1900 || y > 2100 || m < 1 || m > 12) return null;
    if (d === null) return { value: `${year}-${month}`, precision: "month" };
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1) return null;
    return { value: `${year}-${month}-${day}`, precision: "day" };
  }
  // RFC 822 dates (some <meta> tags, feeds): "Tue, 16 Jan 2024 09:30:00 +0300".
  const parsed = Date.parse(raw);
  if (Number.isNaN(parsed) || !/\d{4}/.test(raw)) return null;
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/.exec(raw);
  const shift = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return { value: new Date(parsed + shift).toISOString().slice(0, 10), precision: "day" };
}

const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

/** The article's text, one paragraph a line, as the text pipeline expects its body. */
function paragraphs(content: Element): string[] {
  const squash = (value: string | null) => (value ?? "").replace(/\s+/g, " ").trim();
  const blocks = [...content.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  const lines = blocks.length > 0 ? blocks.map((block) => squash(block.textContent)) : (content.textContent ?? "").split(/\n+/).map(squash);
  return lines.filter(Boolean);
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

export interface HtmlInput {
  /** The name the article is reported under (the file's name, or the URL). */
  file: string;
  bytes: Uint8Array;
  /** The HTTP Content-Type, with its charset, when the page was fetched. */
  contentType?: string | null;
  /** The URL the page was read from, for relative links and when it has no canonical URL. */
  url?: string | null;
}

export interface HtmlPage extends ParsedPage {
  metadata: PageMetadata;
  charset: string;
}

/** Reads a page's article. A page with no Arabic article text gives a problem, not an article. */
export function parseHtmlPage(input: HtmlInput): HtmlPage {
  const decoded = decodeHtmlBytes(input.bytes, input.contentType);
  const { document } = parseHTML(decoded.text);
  const metadata = readPageMetadata(document as unknown as Document);
  const base = { metadata, charset: decoded.charset };
  // Readability rewrites the DOM it reads, so it gets the document after the metadata is taken.
  const readable = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as Element }).parse();
  const body = readable?.content ? paragraphs(readable.content) : [];
  const title = (metadata.headline ?? readable?.title ?? document.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
  if (body.length === 0) return { ...base, articles: [], problems: ["no article text found on the page"] };
  if (countArabicLetters(body.join("\n")) < MIN_ARABIC_LETTERS) {
    return { ...base, articles: [], problems: ["the page's article is not Arabic text (too few Arabic letters)"] };
  }
  // The headline is the title, not the body's first line.
  if (body[0] === title) body.shift();

  const date = metadata.published ? publicationDateOf(metadata.published.raw) : null;
  let published: ParsedArticle["published"] = date
    ? { value: date.value, precision: date.precision, certainty: "stated", phrase: `${metadata.published!.from}: ${metadata.published!.raw}` }
    : { value: null, precision: null, certainty: "unknown", phrase: null };
  if (!date) {
    // No metadata date: the date line printed with the article, read as the text pipeline reads one.
    const fromText = parseArticles(input.file, `${title}\n${body.join("\n")}`).articles[0]?.published;
    if (fromText?.value) published = fromText;
  }
  const author = metadata.author ?? readable?.byline ?? null;
  const agency = author && isWireAgency(author) ? author : null;
  let outlet = metadata.outlet ?? readable?.siteName ?? null;
  if (!outlet && input.url) outlet = new URL(input.url).hostname.replace(/^www\./, "");
  const article: ParsedArticle = {
    file: input.file,
    title: title || body[0].slice(0, 120),
    body: body.join("\n"),
    published,
    outlet,
    agency,
    keywords: metadata.keywords,
    url: absoluteUrl(metadata.canonicalUrl, input.url ?? null) ?? input.url ?? null,
    parentIndex: null,
  };
  return { ...base, articles: [article], problems: [] };
}

/** Whether bytes look like an HTML page rather than plain text (by name, type or first tag). */
export function looksLikeHtml(bytes: Uint8Array, hints: { fileName?: string | null; contentType?: string | null } = {}): boolean {
  if (/\.x?html?$/i.test(hints.fileName ?? "")) return true;
  if (/^(?:text\/html|application\/xhtml\+xml)\b/i.test(hints.contentType ?? "")) return true;
  const start = Buffer.from(bytes.subarray(0, 512)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  return start.startsWith("<!doctype html") || start.startsWith("<html");
}
