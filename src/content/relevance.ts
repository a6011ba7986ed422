/**
 * The gate's relevance test, kept pure so unit tests can run it on every corpus page:
 * cheap reads that decide whether a page could concern Kaspersky at all. Everything the
 * detector recognises must pass here first, so it errs on the side of "maybe".
 * Bundled into the gate (no runtime imports), so every byte counts toward its budget.
 *
 * No regular expressions: in a content script's fresh world each one is compiled on its
 * first use, on every page, and the few this test needs cost more than the rest of the
 * gate together (npm run bench). The matchers below are plain string scans; unit tests
 * hold them equal to the regular expressions they stand for (test/unit/detect/gate-matchers.test.ts).
 */

// One character tested by a one-class expression: tiny to compile, unlike the expressions this file avoids.
const WORD = /\w/;
const isWordAt = (text: string, at: number): boolean => WORD.test(text.charAt(at));

// The brand letter by letter, with look-alikes (Cyrillic, digits, symbols).
const BRAND_LETTERS = 'k aа4@ sѕ5$z p eе3 r sѕ5$z k yуi1'.split(' ');

/** Whether `brand[step..]` matches at `at` in lower-cased `text`, with at most one non-word character before each letter. */
function brandFrom(text: string, step: number, at: number): boolean {
  if (step === BRAND_LETTERS.length) return true;
  const letters = BRAND_LETTERS[step]!;
  const here = text.charAt(at);
  if (here && letters.includes(here) && brandFrom(text, step + 1, at + 1)) return true;
  // The separator test (a regular expression) last: in running text the next letter rarely fits.
  const next = text.charAt(at + 1);
  return here !== '' && next !== '' && letters.includes(next) && !isWordAt(text, at) && brandFrom(text, step + 1, at + 2);
}

/**
 * Names Kaspersky: the brand (look-alike letters, one separator between letters), its
 * Cyrillic spelling, or a KLnnnn part number. Stands for
 * `/k\W?[aа4@]\W?[sѕ5$z]\W?p\W?[eе3]\W?r\W?[sѕ5$z]\W?k\W?[yуi1]|касперск|\bkl\d{4}/i`.
 */
export function namesBrand(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes('касперск')) return true;
  for (let at = lower.indexOf('k'); at >= 0; at = lower.indexOf('k', at + 1)) {
    if (brandFrom(lower, 1, at + 1)) return true;
    if (lower.charAt(at + 1) === 'l' && !isWordAt(lower, at - 1) && /^\d{4}/.test(lower.slice(at + 2, at + 6))) return true;
  }
  return false;
}

// Product words a Kaspersky page may carry without the brand (Amazon titles: the brand is
// in the byline). They also fit every antivirus shop's page, so they send the gate to the
// detector only where the title names no other maker.
const PRODUCT_WORDS = 'total security|internet security|antivirus|anti-virus|security cloud|safe kids|small office security|endpoint security'.split('|');
export const hasProductWord = (text: string): boolean => {
  const lower = text.toLowerCase();
  return PRODUCT_WORDS.some((words) => lower.includes(words));
};
// Another security maker named in the title (as a whole word): the page is about that
// maker's product, so its product words ("Norton 360 – Antivirus") do not send the gate
// looking deeper.
const OTHER_MAKERS = 'norton|mcafee|bitdefender|eset|avast|avg|avira|trend micro|sophos|webroot|malwarebytes|f-secure|ultraav'.split('|');
export function namesOtherMaker(text: string): boolean {
  const lower = text.toLowerCase();
  return OTHER_MAKERS.some((maker) => {
    for (let at = lower.indexOf(maker); at >= 0; at = lower.indexOf(maker, at + 1)) {
      if (!isWordAt(lower, at - 1) && !isWordAt(lower, at + maker.length)) return true;
    }
    return false;
  });
}

// Pages that hold items: carts and checkouts need a look even without the words above, in the
// spellings shops use: /cart, cart.php, ShoppingCart.aspx, CheckoutCartDisplayView, /basket,
// /bag, Amazon's /gp/buy/ ("cart" followed by two letters is a cartoon or a cartridge).
const CART_WORDS = 'checkout basket warenkorb panier carrito carrello /buy/ /bag/ /bag. /bag_ /bag- /bag? /bag#'.split(' ');
export function isCartPath(path: string): boolean {
  const lower = path.toLowerCase();
  if (CART_WORDS.some((word) => lower.includes(word)) || lower.endsWith('/bag')) return true;
  for (let at = lower.indexOf('cart'); at >= 0; at = lower.indexOf('cart', at + 1)) {
    if (!/^[a-z]{2}/.test(lower.slice(at + 4, at + 6))) return true;
  }
  return false;
}

/** Kaspersky's own storefront domains (kept equal to the storefront adapter's list by a unit test). */
export const STORE_TLDS = 'com co.uk de fr it es nl ca com.au co.in co.jp com.br ru com.mx pl se dk at ch be pt co.za com.tr'.split(' ');
export function isStoreHost(host: string): boolean {
  return STORE_TLDS.some((tld) => host === `kaspersky.${tld}` || host.endsWith(`.kaspersky.${tld}`));
}

/**
 * Whether the title (or the path) may name a Kaspersky product: it names the brand, or
 * it holds a product word and the title no other maker's name. In the second case only the
 * detector can tell (the brand may be in a byline, a spec table or the page's data), so
 * the gate loads it; reading those places here would make element objects, and each kind
 * of DOM object a content script first touches costs it time on every page (npm run bench).
 */
export function namingTextMatches(title: string, path: string): boolean {
  return namesBrand(title) || (hasProductWord(`${title} ${path.replaceAll('-', ' ').replaceAll('_', ' ').replaceAll('+', ' ')}`) && !namesOtherMaker(title));
}

function decodedPath(pathname: string): string {
  if (!pathname.includes('%')) return pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    // A malformed escape in the URL: read it as it is.
    return pathname;
  }
}

/** Whether the page at `where` may concern Kaspersky: storefront host, cart path, or the address or title naming it. */
export function looksRelevant(title: string, where: { readonly hostname: string; readonly pathname: string }): boolean {
  if (isStoreHost(where.hostname) || isCartPath(where.pathname)) return true;
  const path = decodedPath(where.pathname);
  return namesBrand(path) || namingTextMatches(title, path);
}

/**
 * The page's host and path, read from `document.domain` and `document.URL`: a Location
 * or URL object costs a content script's fresh world time to create, on every page.
 * (A page can set document.domain only to a parent of its own host, which changes no
 * decision here.)
 */
export function hostAndPath(doc: Document): { hostname: string; pathname: string } {
  const url = doc.URL;
  // An http(s) document URL always has a path after its host (the serializer adds "/").
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  return { hostname: doc.domain, pathname: path.split('#')[0]!.split('?')[0]! };
}
