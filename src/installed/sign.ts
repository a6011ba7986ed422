/**
 * Kaspersky's web protection (consumer and business products, when it scans web traffic)
 * injects a script — and sometimes a stylesheet — served from a host under
 * `scr.kaspersky-labs.com` into the pages the browser loads, e.g.
 * `https://gc.kis.v2.scr.kaspersky-labs.com/<GUID>/main.js`. Seeing one is a sign that
 * Kaspersky software runs on this computer.
 *
 * The check parses the URL and compares the host: a page cannot fake it with a path,
 * a query or a look-alike host (`scr.kaspersky-labs.com.example`).
 */
export const INJECTION_HOST_SUFFIX = '.scr.kaspersky-labs.com';

/** The injecting host when `src` points at Kaspersky's web-protection injector, else null. */
export function injectionHost(src: string | null | undefined, base?: string): string | null {
  if (!src || src.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const lowered = url.hostname.toLowerCase();
  const host = lowered.endsWith('.') ? lowered.slice(0, -1) : lowered;
  return host.endsWith(INJECTION_HOST_SUFFIX) && host.length > INJECTION_HOST_SUFFIX.length ? host : null;
}

/** The injector's registrable domain: what the cheap tests below look for before the host is parsed. */
const INJECTOR_DOMAIN = 'kaspersky-labs.com';
/** At most this many addresses per page are passed on and checked. */
export const MAX_SOURCES = 5;

/** Whether a script's `src` or a link's `href` may point at the injector: the cheap test before the host is parsed. */
export const mayBeInjection = (address: string | null): address is string => !!address && address.toLowerCase().includes(INJECTOR_DOMAIN);

/** The head's script and stylesheet addresses that contain the injector's domain (as it writes it, in lower case), in XPath. */
const CANDIDATES = `(/html/head/script/@src|/html/head/link/@href)[contains(.,'${INJECTOR_DOMAIN}')]`;

/**
 * The addresses in the page head that may be the injector's (the injector puts its tags
 * there; ones added later reach the gate as added nodes). Asked in XPath, which makes no
 * element objects on the pages where there are none (almost all): each kind of DOM object
 * a content script first touches costs it time (npm run bench). Never reads script
 * contents. Whose host it really is, `injectionHost` decides (in the background).
 */
export function injectionSources(doc: Document): string[] {
  try {
    const count = doc.evaluate(`count(${CANDIDATES})`, doc, null, 1 /* NUMBER_TYPE */, null).numberValue;
    const sources: string[] = [];
    for (let i = 1; i <= Math.min(count, MAX_SOURCES); i += 1) sources.push(doc.evaluate(`string(${CANDIDATES}[${i}])`, doc, null, 2 /* STRING_TYPE */, null).stringValue);
    return sources;
  } catch {
    // No XPath (never in a browser): nothing is reported rather than anything guessed.
    return [];
  }
}

/** The injecting host among `sources` (resolved against `base`), if any is really the injector's. */
export function injectorAmong(sources: unknown, base?: string): string | null {
  if (!Array.isArray(sources)) return null;
  for (const source of sources.slice(0, MAX_SOURCES)) {
    const host = typeof source === 'string' ? injectionHost(source, base) : null;
    if (host) return host;
  }
  return null;
}
