import type { Detection, Evidence, PageKind, PageSnapshot, Verdict } from './types';
import { NO_VERDICT } from './types';
import { matchProduct, mentionsKaspersky, type ProductMatch } from './products';
import { readStructuredProducts } from './structured';
import { firstVisibleText, safeQueryAll, visibleText } from './dom';
import { retailerFor } from './retailers/registry';
import { isKasperskyStorefront } from './retailers/kaspersky-store';

export type { Detection, Verdict, PageKind, Evidence } from './types';

const GENERIC_CART_URL = /\/(?:cart|basket|bag|checkout|order\/review)(?:[/.?#_-]|$)/i;

function verdictOf(kind: PageKind, evidence: Evidence[], products: ProductMatch[]): Verdict {
  const strong = evidence.filter((e) => e.strength === 'strong').length;
  const confirmed = strong >= 1 || evidence.length >= 2;
  return {
    kind,
    confirmed,
    confidence: Math.min(1, strong * 0.6 + (evidence.length - strong) * 0.3),
    products: [...new Set(products.map((m) => m.name))],
    evidence,
  };
}

/**
 * Decides whether a page sells Kaspersky software (product), holds it in a cart
 * (checkout), lists it among search results (listing), or none of these.
 * Pure: reads the document, never the browser.
 */
export function detectPage({ document: doc, url }: PageSnapshot): Detection {
  const none: Detection = { verdict: NO_VERDICT, placement: { anchor: null, tiles: [] } };
  const adapter = retailerFor(url.hostname);
  const path = url.pathname + url.search;
  const storefront = isKasperskyStorefront(url.hostname);

  // Carts and checkouts: a Kaspersky line item among the cart's items.
  if (adapter?.cartUrl?.test(path) || GENERIC_CART_URL.test(url.pathname)) {
    const items = adapter?.selectors.cartItem ? safeQueryAll(doc, adapter.selectors.cartItem) : [];
    const matches = items.map((item) => matchProduct(visibleText(item, 2_000))).filter((m): m is ProductMatch => m !== null && !m.exempt);
    if (matches.length > 0) {
      const anchor = adapter?.selectors.cartSummary ? safeQueryAll(doc, adapter.selectors.cartSummary)[0] ?? null : null;
      const evidence: Evidence[] = [{ signal: 'cart-line-item', detail: matches[0]!.name, strength: 'strong' }];
      return { verdict: verdictOf('checkout', evidence, matches), placement: { anchor, tiles: [] } };
    }
  }

  const evidence: Evidence[] = [];
  const products: ProductMatch[] = [];
  let exemptOnly = false;
  const note = (signal: string, text: string, strength: Evidence['strength']): void => {
    const match = matchProduct(text);
    if (!match) return;
    if (match.exempt) {
      exemptOnly = true;
      return;
    }
    products.push(match);
    evidence.push({ signal, detail: text.slice(0, 120), strength });
  };

  for (const product of readStructuredProducts(doc)) {
    if (mentionsKaspersky(product.brand)) note(`${product.source}-brand`, `${product.brand} ${product.name}`, 'strong');
    else if (product.name) note(`${product.source}-name`, product.name, 'weak');
  }

  const title = firstVisibleText(doc, adapter?.selectors.title ?? 'h1');
  if (title) note('product-title', title.text, 'weak');
  const brand = firstVisibleText(doc, adapter?.selectors.brand);
  if (brand && mentionsKaspersky(brand.text)) note('brand-row', `${brand.text} ${title?.text ?? ''}`, 'strong');

  const onProductUrl = adapter?.productUrl?.test(path) ?? false;
  if (storefront && onProductUrl) {
    evidence.push({ signal: 'storefront-host', detail: url.hostname, strength: 'strong' });
    if (products.length === 0) products.push({ name: 'Kaspersky software', exempt: false });
  } else if (onProductUrl && evidence.length > 0) {
    evidence.push({ signal: 'product-url', detail: url.pathname.slice(0, 80), strength: 'weak' });
  }

  if (evidence.length === 0 || (exemptOnly && products.length === 0)) return none;
  const anchor = (adapter?.selectors.buyBox ? safeQueryAll(doc, adapter.selectors.buyBox)[0] : null) ?? title?.element ?? null;
  return { verdict: verdictOf('product', evidence, products), placement: { anchor, tiles: [] } };
}
