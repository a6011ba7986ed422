import type { Detection, Evidence, PageKind, PageSnapshot, Verdict } from './types';
import { NO_VERDICT } from './types';
import { GENERIC_PRODUCT, matchSubject, mentionsKaspersky, withExtraProductTerms, type ProductMatch } from './products';
import { readStructuredData } from './structured';
import { firstVisibleText, inNoise, isHiddenInTree, safeQuery, visibleText } from './dom';
import { retailerFor } from './retailers/registry';
import { isKasperskyEditorialPath, isKasperskyNonStoreHost, isKasperskyStorefront } from './retailers/kaspersky-store';
import type { RetailerAdapter } from './retailers/types';
import { cartAnchor, findCartItems, findOpenDrawer, GENERIC_CART_URL } from './cart';
import { findListingTiles, GENERIC_SEARCH_PARAM, GENERIC_SEARCH_PATH } from './listing';
import { findBuyControl, hasPartNumber, isEditorialHeadline, isEditorialType, isKasperskyBrand, looksLikeBook, PRICE, readSpecs } from './signals';

export type { Detection, Verdict, PageKind, Evidence, Placement, PageSnapshot } from './types';

// Product-page URL shapes common to shops without an adapter (Shopify /products/, WooCommerce /product/, …).
const GENERIC_PRODUCT_URL = /\/(?:products?|p|dp|ip|itm|item|goods|shop\/[^/]+)\/[^/?#]+|[/_-]p(?:roduct)?[_-]?\d{4,}|\.p(?:\?|$)|\.product\.\d+/i;
const REGION = '[itemscope][itemtype$="/Product" i], main, [role="main"], #main, #maincontent, #content, #product';
const DETAIL_LIMIT = 120;
const MERCHANDISE = /(?:^|[^a-z])(?:t-?shirts?|tees?|hoodies?|sweatshirts?|shirts?|mugs?|stickers?|decals?|posters?|hats?|beanies?|socks|keychains?|apparel|tote\s+bags?|phone\s+cases?|figurines?|plush)(?:[^a-z]|$)/i;
const none = (): Detection => ({ verdict: NO_VERDICT, placement: { anchor: null, tiles: [] } });

function uniqueNames(matches: readonly (ProductMatch | null | undefined)[]): string[] {
  const names = matches.filter((m): m is ProductMatch => Boolean(m) && !m!.exempt).map((m) => m.name);
  const specific = names.filter((n) => n !== GENERIC_PRODUCT);
  return [...new Set(specific.length > 0 ? specific : names)];
}

function verdictOf(kind: PageKind, evidence: Evidence[], products: string[], confirmed: boolean): Verdict {
  const strong = evidence.filter((e) => e.strength === 'strong').length;
  return {
    kind,
    confirmed,
    confidence: Math.round(Math.min(1, strong * 0.45 + (evidence.length - strong) * 0.2) * 100) / 100,
    products: products.length > 0 ? products : [GENERIC_PRODUCT],
    evidence,
  };
}

const clip = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, DETAIL_LIMIT);

function pickRegion(doc: Document, adapter: RetailerAdapter | null): ParentNode {
  for (const selector of [adapter?.selectors.region, REGION]) {
    const region = safeQuery(doc, selector);
    if (region && !isHiddenInTree(region)) return region;
  }
  return doc.body ?? doc;
}

/** The block around a buy control (its form or buy box), never the control itself. */
function blockAround(control: Element): Element | null {
  return control.closest('form, [class*="buy-box" i], [class*="buybox" i], [class*="add-to-cart" i], [class*="purchase" i], [class*="price" i]') ?? control.parentElement;
}

function detectCheckout(doc: Document, url: URL, adapter: RetailerAdapter | null, storefront: boolean): Detection | null {
  const path = url.pathname + url.search;
  const onCart = (adapter?.cartUrl?.test(path) ?? false) || GENERIC_CART_URL.test(url.pathname);
  if (onCart) {
    const cart = findCartItems(doc, adapter, storefront);
    if (cart.matches.length > 0) {
      const evidence: Evidence[] = [{ signal: 'cart-line-item', detail: clip(cart.matches.map((m) => m.name).join(', ')), strength: 'strong' }];
      if (storefront) evidence.push({ signal: 'storefront-host', detail: url.hostname, strength: 'strong' });
      return { verdict: verdictOf('checkout', evidence, uniqueNames(cart.matches), true), placement: { anchor: cartAnchor(doc, adapter, cart.items), tiles: [] } };
    }
    // Kaspersky's own checkout may list items in markup we do not know; the host and a price suffice.
    if (storefront && !cart.exemptOnly && adapter?.cartUrl?.test(path) && doc.body && PRICE.test(visibleText(doc.body, 5_000))) {
      const heading = firstVisibleText(doc, 'h1, h2');
      const evidence: Evidence[] = [{ signal: 'storefront-checkout', detail: url.hostname, strength: 'strong' }];
      return { verdict: verdictOf('checkout', evidence, uniqueNames([heading ? matchSubject(heading.text) : null]), true), placement: { anchor: cartAnchor(doc, adapter, []), tiles: [] } };
    }
  }
  return null;
}

/** An open cart drawer holding Kaspersky, over any page: looked for last, as it is the costliest search. */
function detectDrawer(doc: Document, adapter: RetailerAdapter | null, focus: readonly Element[] | undefined): Detection | null {
  const drawer = findOpenDrawer(doc, adapter, focus);
  if (!drawer) return null;
  const evidence: Evidence[] = [{ signal: 'cart-drawer', detail: clip(drawer.matches.map((m) => m.name).join(', ')), strength: 'strong' }];
  return { verdict: verdictOf('checkout', evidence, uniqueNames(drawer.matches), true), placement: { anchor: drawer.items[0] ?? drawer.drawer, tiles: [] }, drawer: drawer.drawer };
}

function detectListing(doc: Document, url: URL, adapter: RetailerAdapter | null): Detection | null {
  const path = url.pathname + url.search;
  const productShaped = (adapter?.productUrl?.test(path) ?? false) || GENERIC_PRODUCT_URL.test(url.pathname);
  const onListing = (adapter?.listingUrl?.test(path) ?? false) || (!productShaped && (GENERIC_SEARCH_PATH.test(url.pathname) || GENERIC_SEARCH_PARAM.test(url.search)));
  if (!onListing) return null;
  const found = findListingTiles(doc, adapter);
  if (found.tiles.length === 0) return none();
  const evidence: Evidence[] = [{ signal: 'listing-tile', detail: `${found.tiles.length} result(s): ${clip(uniqueNames(found.matches).join(', '))}`, strength: 'strong' }];
  return { verdict: verdictOf('listing', evidence, uniqueNames(found.matches), true), placement: { anchor: null, tiles: found.tiles } };
}

function detectProduct(doc: Document, url: URL, adapter: RetailerAdapter | null, storefront: boolean): Detection {
  const path = url.pathname + url.search;
  const region = pickRegion(doc, adapter);
  const identity: Evidence[] = [];
  const commerce: Evidence[] = [];
  const named: Array<ProductMatch | null> = [];

  const title = firstVisibleText(region, adapter?.selectors.title ?? 'h1', (el) => inNoise(el)) ?? firstVisibleText(doc, 'h1', (el) => inNoise(el));
  const titleText = title?.text ?? '';
  const titleMatch = titleText ? matchSubject(titleText) : null;
  // When another signal says the maker is Kaspersky, a title without the brand still names the product.
  const impliedName = (): ProductMatch | null => titleMatch ?? (titleText ? matchSubject(`Kaspersky ${titleText}`) : null);
  if (titleMatch) {
    identity.push({ signal: 'product-title', detail: clip(titleText), strength: 'weak' });
    named.push(titleMatch);
  }

  const byline = firstVisibleText(doc, adapter?.selectors.brand, (el) => inNoise(el));
  const bylineText = byline?.text ?? '';
  if (bylineText && mentionsKaspersky(bylineText) && !/\((?:author|editor)\)/i.test(bylineText)) {
    identity.push({ signal: 'brand-row', detail: clip(bylineText), strength: 'strong' });
    named.push(impliedName());
  }

  const specs = readSpecs(region);
  const specBrand = specs.brands.find(isKasperskyBrand);
  if (specBrand) {
    identity.push({ signal: 'spec-brand', detail: clip(specBrand), strength: 'strong' });
    named.push(impliedName());
  }
  const specPart = specs.parts.find(hasPartNumber);
  if (specPart) {
    identity.push({ signal: 'part-number', detail: clip(specPart), strength: 'strong' });
    named.push(impliedName());
  }

  const structured = readStructuredData(doc);
  // A page that carries many products in its data is a list or comparison, not one product.
  const mainProducts = new Set(structured.products.map((p) => p.name)).size <= 3 ? structured.products : [];
  for (const product of mainProducts) {
    const nameMatch = product.name ? matchSubject(product.name) : null;
    let isKaspersky = false;
    if (product.brand && isKasperskyBrand(product.brand)) {
      identity.push({ signal: `${product.source}-brand`, detail: clip(`${product.brand}: ${product.name}`), strength: 'strong' });
      named.push(nameMatch ?? (product.name ? matchSubject(`Kaspersky ${product.name}`) : null));
      isKaspersky = true;
    } else if (nameMatch) {
      identity.push({ signal: `${product.source}-name`, detail: clip(product.name), strength: 'weak' });
      named.push(nameMatch);
      isKaspersky = true;
    }
    if (hasPartNumber(product.sku)) {
      identity.push({ signal: 'part-number', detail: clip(product.sku), strength: 'strong' });
      isKaspersky = true;
    }
    if (isKaspersky && product.offered) commerce.push({ signal: 'offer', detail: `${product.source} offer`, strength: 'weak' });
  }

  if (storefront) {
    identity.push({ signal: 'storefront-host', detail: url.hostname, strength: 'strong' });
    const ogTitle = safeQuery(doc, 'meta[property="og:title"]')?.getAttribute('content') ?? '';
    for (const text of [titleText, ogTitle, doc.title]) {
      if (text) named.push(matchSubject(text) ?? matchSubject(`Kaspersky ${text}`));
    }
  }

  if (identity.length === 0) return none();
  // Kaspersky makes software: a shirt, mug or sticker with the logo is merchandise, whatever its title says.
  if (MERCHANDISE.test(titleText)) return none();
  // The exempt products (Threat Intelligence, Security Training) are never warned about.
  const primary = named.find((m): m is ProductMatch => m !== null && m !== undefined);
  if (primary?.exempt) return none();
  if (structured.pageTypes.has('book') || specs.book || looksLikeBook(doc, region, bylineText)) return none();

  const onRetailerProduct = !storefront && (adapter?.productUrl?.test(path) ?? false);
  if (!storefront && !onRetailerProduct && (isEditorialType(structured.pageTypes) || (titleText !== '' && isEditorialHeadline(titleText)))) return none();

  const control = findBuyControl(region, url.hostname, adapter?.selectors.addToCart) ?? (region === doc.body ? null : findBuyControl(doc, url.hostname, adapter?.selectors.addToCart));
  if (control) commerce.push({ signal: 'buy-control', detail: clip(control.label), strength: 'weak' });
  if (onRetailerProduct) commerce.push({ signal: 'retailer-product-url', detail: `${adapter!.name} product page`, strength: 'weak' });
  const storefrontProduct = storefront && (adapter?.productUrl?.test(url.pathname) ?? false);
  if (storefrontProduct) commerce.push({ signal: 'storefront-product-url', detail: 'Kaspersky store product page', strength: 'weak' });
  const weakUrl = commerce.length === 0 && GENERIC_PRODUCT_URL.test(url.pathname);
  if (commerce.length === 0 && !weakUrl) return none();

  const evidence = [...identity, ...commerce];
  if (weakUrl) evidence.push({ signal: 'product-url', detail: 'product-shaped address', strength: 'weak' });
  const strongIdentity = identity.some((e) => e.strength === 'strong');
  // Two independent signals, or one precise one: a weak title on a product-shaped URL only sets the badge.
  const confirmed = !weakUrl && (strongIdentity || commerce.length >= 1);

  const buyBox = firstVisibleText(doc, adapter?.selectors.buyBox, (el) => inNoise(el))?.element ?? null;
  const anchor = buyBox ?? (control ? blockAround(control.element) : null) ?? title?.element ?? null;
  return { verdict: verdictOf('product', evidence, uniqueNames(named), confirmed), placement: { anchor, tiles: [] } };
}

function detect({ document: doc, url, focus }: PageSnapshot): Detection {
  if (!doc?.documentElement) return none();
  const host = url.hostname.toLowerCase();
  // Support, research and the exempt threat-intelligence portal never sell.
  if (isKasperskyNonStoreHost(host)) return none();
  const storefront = isKasperskyStorefront(host);
  if (storefront && isKasperskyEditorialPath(url.pathname)) return none();
  const adapter = retailerFor(host);
  const found = detectCheckout(doc, url, adapter, storefront) ?? detectListing(doc, url, adapter) ?? detectProduct(doc, url, adapter, storefront);
  // A confirmed product or listing stands; otherwise an open drawer holding Kaspersky makes this a checkout.
  return found.verdict.confirmed ? found : (detectDrawer(doc, adapter, focus) ?? found);
}

/**
 * Decides whether a page sells Kaspersky software (product), holds it in a cart or
 * checkout (checkout), lists it among search results (listing), or none of these.
 * Pure: reads the document and the URL, never the browser, and never throws — a page
 * the detector cannot read is simply not a hit.
 */
export function detectPage(snapshot: PageSnapshot): Detection {
  try {
    return withExtraProductTerms(snapshot.extraProductTerms, () => detect(snapshot));
  } catch {
    return none();
  }
}
