// One spelling per page address, so a page added twice (or by two feeds) is queued once: no fragment,
// no tracking parameters, the host in lower case, no default port.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** The normalised http(s) URL, or null when the text is not one. */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.toString();
}

/** The http(s) URLs in pasted text (one or many, separated by spaces, commas or lines), and what isn't one. */
export function splitLinks(text: string): { urls: string[]; invalid: string[] } {
  const urls: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,،]+/).map((part) => part.trim()).filter(Boolean)) {
    const url = normaliseUrl(token);
    if (url) {
      if (!urls.includes(url)) urls.push(url);
    } else invalid.push(token);
  }
  return { urls, invalid };
}
