/**
 * Carts, checkouts and cart drawers: a Kaspersky line item among the cart's items.
 * Only line items count; recommendations and cross-sells in or under the cart do not.
 */
import type { RetailerAdapter } from './retailers/types';
import { firstVisibleText, inNoise, isHiddenByMarkup, isHiddenInTree, safeQueryAll, visibleText } from './dom';
import { matchSubject, type ProductMatch } from './products';
import { PLATFORM_CART_ITEM, PLATFORM_DRAWER } from './platforms';

/** Cart and checkout URL shapes shared by most shops: /cart, /basket, /bag, /checkout, cart.php, ShoppingCart.aspx. */
export const GENERIC_CART_URL = /(?:^|[/_.-])(?:cart|basket|bag|checkout|shoppingcart|viewcart|warenkorb|panier|carrito|carrello|winkelwagen|kasse)(?:[/_.?#-]|$)|\/(?:order|orders)\/(?:review|summary|confirm)|[?&](?:route|page)=checkout/i;

const GENERIC_CART_ITEM = [
  '[class*="cart-item" i]', '[class*="cart_item" i]', '[class*="cartitem" i]', '[class*="cart__item" i]', '[class*="line-item" i]',
  '[class*="lineitem" i]', '[class*="line_item" i]', '[class*="basket-item" i]', '[class*="bag-item" i]', '[class*="order-item" i]',
  '[data-cart-item]', '[data-line-item]', '[data-order-summary-section="line-items"] tr', '.product-table tr',
].join(', ');

const ITEM_NAME = '[class*="title" i], [class*="name" i], [class*="description" i], a[href], h2, h3, h4, h5, th, td, p';
const SUMMARY = '[class*="order-summary" i], [class*="cart-summary" i], [class*="cart__footer" i], [class*="cart-totals" i], [class*="cart_totals" i], [class*="totals" i], [class*="subtotal" i], #order-summary';
const MAX_ITEMS = 120;
const DRAWER_ROW = '[class*="product" i], li, a[href]';

export interface CartFinding {
  readonly items: readonly Element[];
  readonly matches: readonly ProductMatch[];
  readonly exemptOnly: boolean;
}

/**
 * The product a line item holds, named by its title element (or its text). On Kaspersky's
 * own store the brand is implied, so "Premium — 3 devices" is Kaspersky Premium.
 */
function itemProduct(item: Element, brandImplied: boolean): ProductMatch | null {
  const named = firstVisibleText(item, ITEM_NAME)?.text;
  const whole = visibleText(item, 400);
  for (const text of [named, whole]) {
    const match = text ? matchSubject(text) : null;
    if (match) return match;
  }
  const text = named ?? whole;
  return brandImplied && text ? matchSubject(`Kaspersky ${text}`) : null;
}

export function findCartItems(scope: ParentNode, adapter: RetailerAdapter | null, brandImplied: boolean, rowSelector?: string): CartFinding {
  const selector = rowSelector ?? [adapter?.selectors.cartItem, PLATFORM_CART_ITEM, GENERIC_CART_ITEM].filter(Boolean).join(', ');
  const items: Element[] = [];
  const matches: ProductMatch[] = [];
  let exempt = 0;
  for (const item of safeQueryAll(scope, selector, MAX_ITEMS)) {
    if (isHiddenInTree(item) || inNoise(item, true)) continue;
    const match = itemProduct(item, brandImplied);
    if (!match) continue;
    if (match.exempt) {
      exempt += 1;
      continue;
    }
    // Nested matches (the item and its title row) are one line item.
    if (items.some((known) => known.contains(item) || item.contains(known))) continue;
    items.push(item);
    matches.push(match);
  }
  return { items, matches, exemptOnly: exempt > 0 && matches.length === 0 };
}

/** Where the checkout notice goes: the cart summary, else the first Kaspersky line item. */
export function cartAnchor(doc: Document, adapter: RetailerAdapter | null, items: readonly Element[]): Element | null {
  const selector = [adapter?.selectors.cartSummary, SUMMARY].filter(Boolean).join(', ');
  for (const element of safeQueryAll(doc, selector, 30)) {
    if (!isHiddenInTree(element) && !inNoise(element, true) && !items.some((item) => element.contains(item))) return element;
  }
  return items[0] ?? null;
}

const GENERIC_DRAWER = [
  '[id*="cart-drawer" i]', '[class*="cart-drawer" i]', '[class*="mini-cart" i]', '[class*="minicart" i]', '[class*="side-cart" i]',
  '[class*="cart-flyout" i]', '[class*="cart-popup" i]', '[class*="cart-sidebar" i]', '[class*="cart-panel" i]', '[class*="drawer" i][class*="cart" i]',
  '[role="dialog"][aria-label*="cart" i]', '[role="dialog"][aria-label*="basket" i]', '[role="dialog"][aria-label*="bag" i]',
].join(', ');
const OPEN_CLASS = /(?:^|[\s_-])(?:open|opened|active|visible|show|shown|expanded|in)(?:$|\s)/i;
const OPEN_BODY = /(?:cart|drawer|basket|minicart)[-_]?(?:open|active|visible|shown)|(?:open|active|show)[-_]?(?:cart|drawer|minicart|basket)/i;

/** A drawer counts only while it is open: the page says so in its markup (class, [open], aria). */
function isOpen(drawer: Element, doc: Document): boolean {
  let node: Element | null = drawer;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement) {
    if (node.hasAttribute('open') || node.getAttribute('aria-hidden') === 'false') return true;
    if (OPEN_CLASS.test(node.getAttribute('class') ?? '')) return true;
    if (/display\s*:\s*(?:block|flex|grid)/i.test(node.getAttribute('style') ?? '')) return true;
  }
  return OPEN_BODY.test(`${doc.body?.getAttribute('class') ?? ''} ${doc.documentElement.getAttribute('class') ?? ''}`);
}

export interface DrawerFinding extends CartFinding {
  readonly drawer: Element;
}

/**
 * Up to this many elements the whole document is searched for open drawers. Beyond it
 * only in and around `focus`: the selector list below costs tens of ms on a 2 MB page
 * (npm run bench), and a drawer that opens is content the page has just added.
 */
export const WHOLE_DOCUMENT_DRAWER_SEARCH_MAX_ELEMENTS = 6_000;
const DRAWER = `${PLATFORM_DRAWER}, ${GENERIC_DRAWER}`;
const MAX_DRAWERS = 20;

/** Drawers in and around the focus elements: the added content is inside one, is one, or holds one. */
function drawersAround(focus: readonly Element[]): Element[] {
  const found: Element[] = [];
  for (const element of focus) {
    if (!element.isConnected) continue;
    let around: Element | null = null;
    try {
      around = element.closest(DRAWER);
    } catch {
      // A selector the engine rejects: nothing found here.
    }
    for (const drawer of [around, ...safeQueryAll(element, DRAWER, MAX_DRAWERS)]) if (drawer && !found.includes(drawer)) found.push(drawer);
    if (found.length >= MAX_DRAWERS) break;
  }
  return found.slice(0, MAX_DRAWERS);
}

function drawerWithKaspersky(drawer: Element, doc: Document, adapter: RetailerAdapter | null): DrawerFinding | null {
  if (isHiddenByMarkup(drawer) || isHiddenInTree(drawer) || !isOpen(drawer, doc)) return null;
  let found = findCartItems(drawer, adapter, false);
  // A drawer in markup we do not know: its product rows and links are its line items.
  if (found.matches.length === 0 && !found.exemptOnly) found = findCartItems(drawer, adapter, false, DRAWER_ROW);
  return found.matches.length > 0 ? { ...found, drawer } : null;
}

/**
 * An open cart drawer / mini-cart holding a Kaspersky line item, on any page. `focus`:
 * where the page added content that names Kaspersky, and drawers found before (see
 * PageSnapshot.focus); on a small document the whole of it is searched.
 */
export function findOpenDrawer(doc: Document, adapter: RetailerAdapter | null, focus: readonly Element[] = []): DrawerFinding | null {
  const seen = drawersAround(focus);
  for (const drawer of seen) {
    const found = drawerWithKaspersky(drawer, doc, adapter);
    if (found) return found;
  }
  // item(n) walks n elements; length would walk the whole document (a millisecond on a 2 MB page).
  if (doc.getElementsByTagName('*').item(WHOLE_DOCUMENT_DRAWER_SEARCH_MAX_ELEMENTS) !== null) return null;
  for (const drawer of safeQueryAll(doc, DRAWER, MAX_DRAWERS)) {
    const found = seen.includes(drawer) ? null : drawerWithKaspersky(drawer, doc, adapter);
    if (found) return found;
  }
  return null;
}
