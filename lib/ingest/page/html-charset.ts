// Bytes of a web page → text, in the charset the page declares. Arabic sites still serve windows-1256
// (and ISO-8859-6); a page is read as its server or its own <meta> says, as a browser would.
// Order (the HTML standard's, simplified): a byte-order mark, then the HTTP Content-Type's charset,
// then <meta charset> / <meta http-equiv="Content-Type"> in the first 1024 bytes, then UTF-8 if the
// bytes are valid UTF-8, else windows-1256 (an Arabic browser's fallback).

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1256"…). */
  charset: string;
  /** Where the charset came from. */
  from: "bom" | "header" | "meta" | "valid-utf-8" | "fallback";
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/** The charset parameter of a Content-Type value, if any: `text/html; charset="windows-1256"`. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "");
  return match ? match[1].toLowerCase() : null;
}

/** The WHATWG encoding a label names (`cp1256`, `Windows-1256`, `utf8`…), or null when Node doesn't know it. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset a page's <meta> declares in its first 1024 bytes (read as Latin-1, as the prescan does). */
export function charsetOfMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct) return direct[1].toLowerCase();
  }
  return null;
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  for (const [mark, charset] of BOMS) {
    if (mark.every((byte, i) => bytes[i] === byte)) {
      return { text: new TextDecoder(charset).decode(bytes.subarray(mark.length)), charset, from: "bom" };
    }
  }
  const declared: [string | null, DecodedText["from"]][] = [
    [charsetOfContentType(contentType), "header"],
    [charsetOfMeta(bytes), "meta"],
  ];
  for (const [label, from] of declared) {
    const charset = label ? encodingFor(label) : null;
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (the standard reads it as UTF-8).
    if (charset && !charset.startsWith("utf-16")) return { text: new TextDecoder(charset).decode(bytes), charset, from };
  }
  const utf8 = validUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: "utf-8", from: "valid-utf-8" };
  return { text: new TextDecoder("windows-1256").decode(bytes), charset: "windows-1256", from: "fallback" };
}
