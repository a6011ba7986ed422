/**
 * Page-level signals the detector combines: is something for sale here (buy controls,
 * offers), what does the page say it is (article, review, book), and the brand / part
 * number rows of a product's specification table. All reads are bounded and skip
 * hidden elements and noise regions (carousels, reviews, comparison tables).
 */
import { controlLabel, firstVisibleText, firstVisibleTextUpTo, inNoise, isHiddenInTree, safeQueryAll, visibleText } from './dom';
import { PART_NUMBER, matchSubject } from './products';
import { foldLetters } from './text';
import { PLATFORM_ADD_TO_CART } from './platforms';

// Labels of controls that put an item in a cart or buy it, in the languages of the shops we cover.
const BUY_LABEL = /(?:add(?:ing)?\s+(?:to\s+)?(?:cart|basket|bag|trolley|order)|buy\s+(?:it\s+)?now|buy\s+(?:for|from)\s|\bbuy\b\s*$|^\s*buy\b|purchase\s*(?:now)?\s*$|checkout\s+now|pre-?order|in\s+den\s+warenkorb|jetzt\s+kaufen|ajouter\s+au\s+panier|acheter|añadir\s+al\s+carrito|agregar\s+al\s+carrito|comprar|aggiungi\s+al\s+carrello|acquista|in\s+winkelwagen|do\s+koszyka|lägg\s+i\s+varukorg|в\s+корзину|купить)/i;
const CONTROL_SELECTOR = 'button, input[type="submit"], input[type="button"], [role="button"], a[class*="btn" i], a[class*="button" i], a[class*="buy" i], a[class*="cart" i]';
const MAX_CONTROLS = 300;
const TILE = '[class*="product-card" i], [class*="product-tile" i], li.product, .product-item, [data-component-type="s-search-result"]';

/** A rough registrable domain (last two labels, three under a two-letter second level like co.uk). */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const keep = labels.length > 2 && /^(?:co|com|net|org|gov|ac|edu)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** A link that leaves the site (an affiliate "Buy on Amazon" on a review) does not sell here. */
function leavesSite(element: Element, pageSite: string): boolean {
  if (element.tagName.toUpperCase() !== 'A') return false;
  const href = element.getAttribute('href') ?? '';
  const match = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href);
  return match !== null && siteOf(match[1]!) !== pageSite;
}

export interface BuyControl {
  readonly element: Element;
  readonly label: string;
}

/**
 * The page's own first add-to-cart / buy control in `region` (in document order), outside
 * carousels and tiles. One is all the verdict and the notice's placement need, and
 * stopping there keeps a page with thousands of buttons cheap.
 */
export function findBuyControl(region: ParentNode, pageHost: string, extraSelector: string | undefined): BuyControl | null {
  const site = siteOf(pageHost);
  const known = safeQueryAll(region, [extraSelector, PLATFORM_ADD_TO_CART].filter(Boolean).join(', '), 20);
  for (const element of known) {
    if (isHiddenInTree(element) || inNoise(element)) continue;
    return { element, label: controlLabel(element) || 'add to cart' };
  }
  for (const element of safeQueryAll(region, CONTROL_SELECTOR, MAX_CONTROLS)) {
    // A control inside a product tile buys that tile's product, not the page's. Asked first:
    // one native match, where reading the label walks the control's subtree and the checks
    // after it walk every ancestor in script, and a grid has thousands of tiles.
    if (element.closest(TILE)) continue;
    const label = controlLabel(element);
    if (!label || label.length > 60 || !BUY_LABEL.test(label)) continue;
    if (leavesSite(element, site) || isHiddenInTree(element) || inNoise(element)) continue;
    return { element, label };
  }
  return null;
}

// Types a page declares when it is editorial, reference, social or a book, not a shop page.
const EDITORIAL_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'review', 'criticreview', 'techarticle', 'report', 'scholarlyarticle', 'analysisnewsarticle',
  'opinionnewsarticle', 'reportagenewsarticle', 'liveblogposting', 'jobposting', 'discussionforumposting', 'qapage', 'socialmediaposting',
  'profilepage', 'book', 'person', 'aboutpage', 'faqpage', 'howto', 'videoobject', 'video', 'profile', 'collectionpage', 'searchresultspage',
]);
// Headlines of reviews, comparisons, guides, news and support articles.
const EDITORIAL_HEADLINE = /(?:^|[^a-z])(?:reviews?|reviewed|vs\.?|versus|compared?|comparison|alternatives?|how\s+to|uninstall(?:ing|er)?|remov(?:e|al|ing)|bann?(?:ed|s)?|ban\s+on|news|press\s+release|jobs?|careers?|hiring|explained|guide|tested|hands-on|best\s+\w+\s+(?:antivirus|software|vpn)|is\s+\w+\s+safe|should\s+you|what\s+is)(?:[^a-z]|$)/;

export function isEditorialType(pageTypes: ReadonlySet<string>): boolean {
  for (const type of pageTypes) if (EDITORIAL_TYPES.has(type)) return true;
  return false;
}

export function isEditorialHeadline(text: string): boolean {
  return EDITORIAL_HEADLINE.test(foldLetters(text));
}

export interface SpecFacts {
  /** Brand / manufacturer / publisher values of the main product. */
  readonly brands: readonly string[];
  /** Manufacturer part numbers / models. */
  readonly parts: readonly string[];
  /** ISBN, print length, reading age: the product is a book. */
  readonly book: boolean;
}

const BRAND_KEY = /^(?:brand(?:\s+name)?|manufacturer|mfr\.?|mfg\.?|make|publisher|software\s+publisher|developer|vendor|marke|marca|marque|hersteller|fabricant|fabricante|produttore)$/;
const PART_KEY = /^(?:mfr\.?\s*part\s*(?:#|no\.?|number)?|mfg\.?\s*part\s*(?:#|no\.?|number)?|manufacturer\s+part\s*(?:#|no\.?|number)?|part\s*(?:#|no\.?|number)|mpn|model(?:\s+(?:#|no\.?|number))?|item\s+model\s+number|sku)$/;
const BOOK_KEY = /^(?:isbn(?:-1[03])?|print\s+length|reading\s+age|paperback|hardcover|pages|audiobook|narrated\s+by|listening\s+length|author)$/;
const SPEC_ROWS = 'tr, dt, li, .ux-labels-values, [class*="spec" i] > div, [class*="detail" i] > div, [class*="attribute" i] > div';
const MAX_SPEC_ROWS = 250;

function keyAndValue(row: Element): [string, string] | null {
  const tag = row.tagName.toUpperCase();
  if (tag === 'TR') {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    // A comparison table has one value per compared product; only key → single value rows count.
    if (cells.length !== 2) return null;
    return [visibleText(cells[0]!, 80), visibleText(cells[1]!, 200)];
  }
  if (tag === 'DT') {
    const dd = row.nextElementSibling;
    return dd && dd.tagName === 'DD' ? [visibleText(row, 80), visibleText(dd, 200)] : null;
  }
  // Visible text is made of the row's text nodes: where they hold no colon (one native read),
  // the walk could not find one. Most rows of a product grid are cards, not "Key: value" items.
  const raw = row.textContent ?? '';
  if (raw.includes(':') || raw.includes('：')) {
    const text = visibleText(row, 300);
    const colon = text.search(/[:：]/);
    if (colon > 0 && colon < 40) return [text.slice(0, colon), text.slice(colon + 1)];
  }
  // Counted before the children are listed: a card with more children is no pair.
  if (row.childElementCount !== 2) return null;
  const [key, value] = Array.from(row.children);
  return [visibleText(key!, 80), visibleText(value!, 200)];
}

const cleanKey = (key: string): string => foldLetters(key).replace(/[\u200e\u200f:：]/g, ' ').replace(/\s+/g, ' ').trim();

/** Reads key/value rows (tables, definition lists, "Key: value" items) of the product region. */
export function readSpecs(region: ParentNode): SpecFacts {
  const brands: string[] = [];
  const parts: string[] = [];
  let book = false;
  for (const row of safeQueryAll(region, SPEC_ROWS, MAX_SPEC_ROWS)) {
    const pair = keyAndValue(row);
    if (!pair) continue;
    const key = cleanKey(pair[0]);
    if (!key || key.length > 40) continue;
    const value = pair[1].replace(/[\u200e\u200f]/g, '').trim();
    const isBrand = BRAND_KEY.test(key);
    const isPart = PART_KEY.test(key);
    const isBook = BOOK_KEY.test(key);
    if (!isBrand && !isPart && !isBook) continue;
    if (inNoise(row) || isHiddenInTree(row)) continue;
    if (isBrand && value) brands.push(value.slice(0, 80));
    if (isPart && value) parts.push(value.slice(0, 60));
    if (isBook) book = true;
  }
  return { brands, parts, book };
}

/** True when a brand value names Kaspersky as the maker ("Kaspersky", "Kaspersky Lab", "AO Kaspersky Lab"). */
export function isKasperskyBrand(value: string): boolean {
  return value.length <= 80 && matchSubject(value.replace(/^(?:ao|zao|jsc|visit\s+the|brand:?|by)\s+/i, '')) !== null;
}

export function hasPartNumber(value: string): boolean {
  return PART_NUMBER.test(foldLetters(value));
}

// Bylines and breadcrumbs of books: "Eugene Kaspersky (Author)", "Books › Computers & Technology".
const AUTHOR_BYLINE = /\((?:author|editor|foreword|translator|narrator|illustrator)\)/i;
const BOOK_FORMAT = /(?:^|[^a-z])(?:paperback|hardcover|kindle\s+edition|audiobook|audible|mass\s+market|board\s+book|isbn)(?:[^a-z]|$)/i;

// Case-sensitive "readcrumb" catches breadcrumb and Breadcrumb at a third of the cost of a case-insensitive match.
const BREADCRUMBS = '#wayfinding-breadcrumbs_feature_div, [class*="readcrumb"], nav[aria-label*="breadcrumb" i]';

export function looksLikeBook(doc: Document, region: ParentNode, byline: string): boolean {
  if (AUTHOR_BYLINE.test(byline)) return true;
  // The trail leads to the product: only what comes before the product region, and the region, is read.
  const crumbs = (region as Node).nodeType === 1 ? firstVisibleTextUpTo(region as Element, BREADCRUMBS) : firstVisibleText(doc, BREADCRUMBS);
  if (crumbs && /^\s*(?:books?|livres|bücher|libros)\b/i.test(crumbs.text)) return true;
  const formats = firstVisibleText(region, '#tmmSwatches, #bookEdition, [class*="ormat"]');
  return formats !== null && BOOK_FORMAT.test(formats.text);
}

// A price as shops print it: "$39.99", "39,99 €", "£24", "USD 49.99".
export const PRICE = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|zł|kr|₽|usd|eur|gbp)(?![a-z]))/i;
