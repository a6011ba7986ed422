/**
 * Structured data a page publishes for search engines: schema.org Product in JSON-LD
 * (plain, arrays, @graph, mainEntity) and microdata, OpenGraph product tags, and the
 * page's declared type (Article, Review, Book, JobPosting…). Malformed, huge or deeply
 * nested data is skipped, never thrown on.
 */
import { safeQueryAll } from './dom';

export interface StructuredProduct {
  readonly source: 'json-ld' | 'microdata' | 'opengraph';
  readonly name: string;
  readonly brand: string;
  readonly sku: string;
  /** The product carries an offer (price / availability): something is for sale. */
  readonly offered: boolean;
}

export interface StructuredData {
  /** Products the page is about (not items of a list, not the subject of a review). */
  readonly products: readonly StructuredProduct[];
  /** schema.org / OpenGraph types the page declares for itself, lower-cased: `article`, `book`, `review`… */
  readonly pageTypes: ReadonlySet<string>;
}

const MAX_JSONLD_SCRIPTS = 40;
const MAX_JSONLD_CHARS = 400_000;
const MAX_NODES = 400;
const MAX_DEPTH = 8;
const MAX_TEXT = 300;

function asText(value: unknown, depth = 0): string {
  if (depth > 3) return '';
  if (typeof value === 'string') return value.slice(0, MAX_TEXT);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.slice(0, 5).map((v) => asText(v, depth + 1)).filter(Boolean).join(' ').slice(0, MAX_TEXT);
  if (value && typeof value === 'object') return asText((value as Record<string, unknown>).name, depth + 1);
  return '';
}

function typesOf(type: unknown): string[] {
  const list = Array.isArray(type) ? type.slice(0, 5) : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase());
}

const PRODUCT_TYPES = new Set(['product', 'softwareapplication', 'productgroup', 'individualproduct', 'productmodel', 'webapplication', 'mobileapplication']);

/**
 * Visits JSON-LD nodes breadth-first, bounded, following @graph, arrays, mainEntity and
 * variants. Products nested under itemListElement (a listing), itemReviewed (a review),
 * isRelatedTo/isSimilarTo (recommendations) are deliberately not followed.
 */
function collectJsonLd(root: unknown, products: StructuredProduct[], pageTypes: Set<string>): void {
  const queue: Array<{ node: unknown; depth: number; top: boolean }> = [{ node: root, depth: 0, top: true }];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_NODES) {
    const { node, depth, top } = queue.shift()!;
    visited += 1;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(node)) {
      for (const child of node.slice(0, 50)) queue.push({ node: child, depth: depth + 1, top });
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const types = typesOf(record['@type']);
    if (types.some((t) => PRODUCT_TYPES.has(t))) {
      products.push({
        source: 'json-ld',
        name: asText(record.name),
        brand: [asText(record.brand), asText(record.manufacturer)].filter(Boolean).join(' '),
        sku: [asText(record.sku), asText(record.mpn), asText(record.productID), asText(record.model)].filter(Boolean).join(' '),
        offered: record.offers !== undefined && record.offers !== null,
      });
    } else if (top) {
      for (const t of types) pageTypes.add(t);
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasVariant']) {
      const child = record[key];
      if (child && typeof child === 'object') queue.push({ node: child, depth: depth + 1, top: top && key !== 'hasVariant' });
    }
  }
}

function microdataProp(item: Element, name: string): string {
  for (const el of safeQueryAll(item, `[itemprop~="${name}"]`, 5)) {
    // A property of a nested item (a review's author, a related product) is not this item's.
    const owner = el.hasAttribute('itemscope') ? el.parentElement?.closest('[itemscope]') : el.closest('[itemscope]');
    if (owner !== item) continue;
    const value = el.getAttribute('content') ?? (el.hasAttribute('itemscope') ? microdataProp(el, 'name') : (el.textContent ?? ''));
    if (value.trim()) return value.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  }
  return '';
}

export function readStructuredData(doc: Document): StructuredData {
  const products: StructuredProduct[] = [];
  const pageTypes = new Set<string>();
  for (const script of safeQueryAll(doc, 'script[type="application/ld+json" i]', MAX_JSONLD_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) continue;
    try {
      collectJsonLd(JSON.parse(text), products, pageTypes);
    } catch {
      // Invalid JSON-LD is common on real shops; it simply contributes nothing.
    }
  }
  for (const item of safeQueryAll(doc, '[itemscope][itemtype]', 60)) {
    const type = (item.getAttribute('itemtype') ?? '').replace(/^.*[/:#]/, '').toLowerCase();
    const nested = item.parentElement?.closest('[itemscope]');
    if (PRODUCT_TYPES.has(type)) {
      // Products inside a list or a review are other products, not the page's.
      if (nested && !/product/i.test(nested.getAttribute('itemtype') ?? '')) continue;
      products.push({
        source: 'microdata',
        name: microdataProp(item, 'name'),
        brand: microdataProp(item, 'brand') || microdataProp(item, 'manufacturer'),
        sku: microdataProp(item, 'sku') || microdataProp(item, 'mpn'),
        offered: safeQueryAll(item, '[itemprop~="offers"], [itemprop~="price"]', 1).length > 0,
      });
    } else if (!nested && type) {
      pageTypes.add(type);
    }
  }
  const og = (property: string): string => {
    // Open Graph tags live in the head: looking there spares a walk over a large body.
    const meta = doc.head?.querySelector(`meta[property="${property}"]`) ?? doc.head?.querySelector(`meta[name="${property}"]`);
    return (meta?.getAttribute('content') ?? '').slice(0, MAX_TEXT);
  };
  const ogType = og('og:type').toLowerCase();
  if (/product/.test(ogType)) {
    products.push({
      source: 'opengraph',
      name: og('og:title'),
      brand: og('product:brand') || og('og:brand'),
      sku: og('product:retailer_item_id') || og('product:mfr_part_no'),
      offered: og('product:price:amount') !== '' || og('og:price:amount') !== '',
    });
  } else if (ogType) {
    pageTypes.add(ogType.replace(/^.*[.:]/, ''));
  }
  return { products, pageTypes };
}

/** Back-compatible list of products only. */
export function readStructuredProducts(doc: Document): StructuredProduct[] {
  return [...readStructuredData(doc).products];
}
