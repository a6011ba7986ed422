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
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host.endsWith(INJECTION_HOST_SUFFIX) && host.length > INJECTION_HOST_SUFFIX.length ? host : null;
}

/**
 * Finds the sign among the head's scripts and stylesheet links, where the injector puts
 * them (ones added later reach the gate as added nodes). Never reads script contents, and
 * never searches the whole document: this runs on every page load, and one selector run
 * over a 2 MB page costs more than the gate's whole budget (npm run bench).
 */
export function findInjection(doc: Document): string | null {
  for (const element of Array.from(doc.head?.querySelectorAll('script[src],link[href]') ?? [])) {
    const host = injectionHost(element.getAttribute(element.tagName === 'LINK' ? 'href' : 'src'), doc.baseURI);
    if (host) return host;
  }
  return null;
}
