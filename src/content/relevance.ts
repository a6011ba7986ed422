/**
 * The gate's relevance test, kept pure so unit tests can run it on every corpus page:
 * cheap reads that decide whether a page could concern Kaspersky at all. Everything the
 * detector recognises must pass here first, so it errs on the side of "maybe".
 * Bundled into the gate (no runtime imports), so every byte counts toward its budget.
 */

// Brand (look-alike letters, separators, digits), Cyrillic spelling and part numbers.
export const MAYBE = /k\W?[aа4@]\W?[sѕ5$z]\W?p\W?[eе3]\W?r\W?[sѕ5$z]\W?k\W?[yуi1]|касперск|\bkl\d{4}/i;
// Product words a Kaspersky page may carry without the brand (Amazon titles). Alone they
// fit every antivirus shop's page, so they count only when one of the places where a shop
// writes the brand (looked up by id, never searched for) names Kaspersky.
export const PRODUCT_WORDS = /total security|internet security|anti-?virus|security cloud|safe kids|small office security|endpoint security/i;
export const BRAND_PLACE_IDS = ['bylineInfo', 'brand', 'productDetails_techSpec_section_1', 'productDetails_detailBullets_sections1', 'detailBullets_feature_div', 'productOverview_feature_div'];
// Pages that hold items: carts and checkouts need a look even without the words above, in the
// spellings shops use: /cart, cart.php, ShoppingCart.aspx, CheckoutCartDisplayView, /basket, Amazon's /gp/buy/
// ("cart" followed by two letters is a cartoon or a cartridge).
export const CART_PATH = /checkout|basket|warenkorb|panier|carrito|carrello|cart(?![a-z]{2})|\/bag(?:[/.?#_-]|$)|\/buy\//i;
export const STORE_HOST = /(?:^|\.)kaspersky\.(?:com|co\.uk|de|fr|it|es|nl|ca|com\.au|co\.in|co\.jp|com\.br|ru|com\.mx|pl|se|dk|at|ch|be|pt|co\.za|com\.tr)$/;
// Where a product page names what it sells, read instead of the whole body: the title, the
// head's og:title, product:brand and JSON-LD, the byline and the first <h1>. None is found
// by a selector run over the whole document (one such run costs more than the gate's whole
// budget on a large page): the head is small, the byline is an id lookup, and the search
// for the first <h1> stops there. Every DOM interface touched costs a first-use fee in the
// content script's world, so the reads touch as few as they can.
const HEAD_NAMING = 'meta[property="og:title"],meta[property="product:brand"],script[type="application/ld+json"]';
const MAX_NAMING_TEXT = 20_000;

/**
 * One look at a document: a matcher for text that names Kaspersky, or names a product of
 * its kind while the brand places name Kaspersky (those are read at most once per look).
 */
export function relevanceLook(doc: Document): (text: string | null | undefined) => boolean {
  let brandPlacesChecked = false;
  return (text) => {
    if (!text) return false;
    const head = text.slice(0, MAX_NAMING_TEXT);
    if (MAYBE.test(head)) return true;
    if (brandPlacesChecked || !PRODUCT_WORDS.test(head)) return false;
    // Once per look: a page of antivirus listings would otherwise re-read the same places.
    brandPlacesChecked = true;
    return BRAND_PLACE_IDS.some((id) => MAYBE.test((doc.getElementById(id)?.textContent ?? '').slice(0, MAX_NAMING_TEXT)));
  };
}

/** `thorough` adds the one read that walks the document: to the first h1. */
export function namingTextMatches(doc: Document, thorough: boolean): boolean {
  const matches = relevanceLook(doc);
  if (matches(doc.title)) return true;
  for (const element of Array.from(doc.head?.querySelectorAll(HEAD_NAMING) ?? [])) {
    if (matches(element.getAttribute('content') ?? element.textContent)) return true;
  }
  return matches(doc.getElementById('bylineInfo')?.textContent) || (thorough && matches(doc.querySelector('h1')?.textContent));
}

function pathMentionsKaspersky(pathname: string): boolean {
  try {
    return MAYBE.test(decodeURIComponent(pathname));
  } catch {
    // A malformed escape in the URL: read it as it is.
    return MAYBE.test(pathname);
  }
}

/** Whether the page at `where` may concern Kaspersky: storefront host, cart path, URL or naming text. */
export function looksRelevant(doc: Document, where: { readonly hostname: string; readonly pathname: string }, thorough = true): boolean {
  return STORE_HOST.test(where.hostname) || CART_PATH.test(where.pathname) || pathMentionsKaspersky(where.pathname) || namingTextMatches(doc, thorough);
}
