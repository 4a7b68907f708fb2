// A small news site on 127.0.0.1 for the tests: Arabic pages written for them (with and without
// JSON-LD, UTF-8 and windows-1256), an RSS and an Atom feed, and the ways a site goes wrong (a 404,
// a redirect loop, a page that never answers, a 50 MB body, an image served as HTML). Nothing here
// reaches any other network.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** windows-1256 bytes of a string (Node decodes the encoding but has no encoder for it). */
export function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`not in windows-1256: ${char}`);
    return byte;
  }));
}

interface PageSpec {
  headline: string;
  paragraphs: string[];
  /** JSON-LD NewsArticle datePublished; none: no JSON-LD block. */
  jsonLdDate?: string;
  /** <meta property="article:published_time">. */
  metaDate?: string;
  charset?: "utf-8" | "windows-1256";
}

/** A page the way news sites build them: a banner with today's date, menus, the article, related links, a footer. */
export function newsPage(spec: PageSpec): string {
  const jsonLd = spec.jsonLdDate
    ? `<script type="application/ld+json">${JSON.stringify({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebSite", name: "موقع الاختبار", url: "http://127.0.0.1/" },
          { "@type": "NewsArticle", headline: spec.headline, datePublished: spec.jsonLdDate, publisher: { "@type": "Organization", name: "أخبار الاختبار" }, keywords: ["دبلوماسية", "زيارات"] },
        ],
      })}</script>`
    : "";
  const meta = spec.metaDate ? `<meta property="article:published_time" content="${spec.metaDate}">` : "";
  return `<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="${spec.charset ?? "utf-8"}">
<title>${spec.headline} | موقع الاختبار</title>
<meta property="og:site_name" content="موقع الاختبار">
${meta}${jsonLd}
</head><body>
<header><div class="today">الثلاثاء 5 نوفمبر 2030</div>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article>
<h1>${spec.headline}</h1>
${spec.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n")}
</article>
<aside><h2>الأكثر قراءة</h2><ul><li><a href="/a">عنوان آخر لا علاقة له بالخبر</a></li><li><a href="/b">خبر رياضي قصير</a></li></ul></aside></main>
<footer><p>جميع الحقوق محفوظة لموقع الاختبار 2030</p></footer>
</body></html>`;
}

export const PAGES = {
  /** JSON-LD, UTF-8: the metadata's date (3 March 2024) beats the site's banner date. */
  cairo: newsPage({
    headline: "وزير الخارجية المصري يستقبل نظيره الأردني في القاهرة",
    jsonLdDate: "2024-03-03T10:15:00+02:00",
    paragraphs: [
      "استقبل وزير الخارجية المصري سامح شكري، اليوم الأحد، نظيره الأردني أيمن الصفدي في العاصمة القاهرة، حيث بحث الوزيران تطورات الأوضاع في قطاع غزة.",
      "وأكد الوزيران خلال اللقاء ضرورة التوصل إلى وقف فوري لإطلاق النار وإدخال المساعدات الإنسانية إلى القطاع دون عوائق.",
    ],
  }),
  /** windows-1256, no JSON-LD: the date comes from article:published_time. */
  ankara: newsPage({
    headline: "أردوغان يستقبل وانغ يي في أنقرة",
    metaDate: "2024-05-12T13:00:00+03:00",
    charset: "windows-1256",
    paragraphs: [
      "استقبل الرئيس التركي رجب طيب أردوغان، اليوم الأحد، وزير الخارجية الصيني وانغ يي في العاصمة أنقرة، وبحث الجانبان العلاقات الثنائية والتطورات الإقليمية.",
      "وقالت الرئاسة التركية في بيان إن اللقاء تناول سبل تعزيز التعاون الاقتصادي بين البلدين.",
    ],
  }),
  /** No metadata at all: the date line printed with the article. */
  plain: newsPage({
    headline: "ماكرون وأردوغان يبحثان في اتصال هاتفي الأوضاع الإقليمية",
    paragraphs: [
      "تاريخ النشر: 14 يونيو 2024",
      "بحث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس التركي رجب طيب أردوغان، اليوم الجمعة، في اتصال هاتفي الأوضاع الإقليمية والحرب في أوكرانيا.",
      "وذكرت الرئاسة الفرنسية أن الرئيسين اتفقا على مواصلة التشاور بشأن الملفات المشتركة.",
    ],
  }),
  /** Feed items. */
  paris: newsPage({
    headline: "سيجورنيه يلتقي وانغ يي في باريس",
    jsonLdDate: "2024-04-01T09:00:00+02:00",
    paragraphs: [
      "التقى وزير الخارجية الفرنسي ستيفان سيجورنيه نظيره الصيني وانغ يي في العاصمة باريس، اليوم الاثنين، وبحث الوزيران العلاقات بين البلدين والأزمة في أوكرانيا.",
      "وأكد الجانبان أهمية الحوار بين أوروبا والصين في ظل التوترات الدولية الراهنة.",
    ],
  }),
  beijing: newsPage({
    headline: "شي جين بينغ يستقبل لافروف في بكين",
    jsonLdDate: "2024-04-09T11:00:00+08:00",
    paragraphs: [
      "استقبل الرئيس الصيني شي جين بينغ، اليوم الثلاثاء، وزير الخارجية الروسي سيرغي لافروف في العاصمة بكين، وبحث الجانبان العلاقات الثنائية والأوضاع الدولية.",
      "وقال لافروف إن العلاقات بين موسكو وبكين تشهد أفضل مراحلها.",
    ],
  }),
  /** For the browser test's link. */
  moscow: newsPage({
    headline: "فيدان يجتمع مع لافروف في موسكو",
    jsonLdDate: "2024-06-27T12:00:00+03:00",
    paragraphs: [
      "اجتمع وزير الخارجية التركي هاكان فيدان مع نظيره الروسي سيرغي لافروف في العاصمة موسكو، اليوم الخميس، وبحث الوزيران الأوضاع في سوريا والبحر الأسود.",
      "وأكد الوزيران عزم البلدين على مواصلة التنسيق في القضايا الإقليمية.",
    ],
  }),
};

function rss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>موقع الاختبار: سياسة</title><link>${base}/</link><description>آخر الأخبار</description>
<item><title>سيجورنيه يلتقي وانغ يي في باريس</title><link>${base}/news/paris</link><guid>${base}/news/paris</guid><pubDate>Mon, 01 Apr 2024 09:00:00 +0200</pubDate></item>
<item><title>شي جين بينغ يستقبل لافروف في بكين</title><link>${base}/news/beijing</link><guid isPermaLink="false">beijing-1</guid><pubDate>Tue, 09 Apr 2024 11:00:00 +0800</pubDate></item>
</channel></rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع الاختبار: أتوم</title><id>${base}/feeds/atom.xml</id><updated>2024-05-12T13:00:00Z</updated>
<entry><title>أردوغان يستقبل وانغ يي في أنقرة</title><id>tag:test,2024:ankara</id><link rel="alternate" href="${base}/news/ankara"/><updated>2024-05-12T13:00:00Z</updated></entry>
<entry><title>ماكرون وأردوغان يبحثان الأوضاع الإقليمية</title><id>tag:test,2024:plain</id><link href="${base}/news/plain"/><updated>2024-06-14T10:00:00Z</updated></entry>
</feed>`;
}

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const HUGE_BYTES = 50 * 1024 * 1024;

export interface TestSite {
  url: string;
  /** How many requests each path received (to prove conditional requests and de-duplication). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startTestSite(port = 0): Promise<TestSite> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let base = "";
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", base).pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = /^\/news\/(\w+)$/.exec(path)?.[1] as keyof typeof PAGES | undefined;
    if (page === "ankara") return send(res, 200, "text/html", encodeWindows1256(PAGES.ankara));
    if (page && page in PAGES) {
      // ETag and Last-Modified: a second fetch of an unchanged page is a 304 with no body.
      const etag = `"${page}-v1"`;
      if (req.headers["if-none-match"] === etag) return send(res, 304, "text/html; charset=utf-8", "", { etag });
      return send(res, 200, "text/html; charset=utf-8", PAGES[page], { etag, "last-modified": "Mon, 01 Jul 2024 00:00:00 GMT" });
    }
    switch (path) {
      case "/feeds/rss.xml":
        return send(res, 200, "application/rss+xml; charset=utf-8", rss(base));
      case "/feeds/atom.xml":
        return send(res, 200, "application/atom+xml; charset=utf-8", atom(base));
      case "/loop/a":
        return send(res, 302, "text/plain", "", { location: "/loop/b" });
      case "/loop/b":
        return send(res, 302, "text/plain", "", { location: "/loop/a" });
      case "/hang":
        return; // never answers: the fetcher's timeout must end it
      case "/huge": {
        // 50 MB of markup, streamed without a length, as a runaway page would send it.
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        const chunk = Buffer.alloc(1024 * 1024, "<p>حشو</p>");
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("close", () => (sent = HUGE_BYTES));
        return pump();
      }
      case "/image.html":
        return send(res, 200, "text/html", PNG);
      case "/english":
        return send(res, 200, "text/html; charset=utf-8", "<!doctype html><html><head><title>English</title></head><body><article><h1>Hello</h1><p>This page is written in English and carries no Arabic article at all, only a paragraph or two of English text for the test.</p></article></body></html>");
      default:
        return send(res, 404, "text/html; charset=utf-8", "<h1>404</h1>");
    }
  };
  const server = createServer(handle);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
