/**
 * Structured product data a shop publishes for search engines: schema.org Product in
 * JSON-LD (plain, arrays, @graph) and microdata, and OpenGraph product tags. Malformed
 * or huge data is skipped, never thrown on.
 */
export interface StructuredProduct {
  readonly source: 'json-ld' | 'microdata' | 'opengraph';
  readonly name: string;
  readonly brand: string;
  readonly sku: string;
}

const MAX_JSONLD_SCRIPTS = 50;
const MAX_JSONLD_CHARS = 500_000;
const MAX_NODES = 500;

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(' ');
  if (value && typeof value === 'object') return asText((value as Record<string, unknown>).name);
  return '';
}

function isProductType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:])(?:Product|SoftwareApplication|ProductGroup|IndividualProduct)$/.test(t));
}

/** Visits JSON-LD nodes breadth-first, bounded, following @graph, arrays and nested objects. */
function collectJsonLdProducts(root: unknown, out: StructuredProduct[]): void {
  const queue: unknown[] = [root];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_NODES) {
    const node = queue.shift();
    visited += 1;
    if (Array.isArray(node)) {
      queue.push(...node.slice(0, MAX_NODES));
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (isProductType(record['@type'])) {
      out.push({
        source: 'json-ld',
        name: asText(record.name),
        brand: [asText(record.brand), asText(record.manufacturer)].filter(Boolean).join(' '),
        sku: [asText(record.sku), asText(record.mpn), asText(record.productID)].filter(Boolean).join(' '),
      });
    }
    for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item', 'hasVariant']) {
      if (key in record) queue.push(record[key]);
    }
  }
}

export function readStructuredProducts(doc: Document): StructuredProduct[] {
  const found: StructuredProduct[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, MAX_JSONLD_SCRIPTS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSONLD_CHARS) continue;
    try {
      collectJsonLdProducts(JSON.parse(text), found);
    } catch {
      // Invalid JSON-LD is common on real shops; it simply contributes nothing.
    }
  }
  for (const item of Array.from(doc.querySelectorAll('[itemscope][itemtype$="/Product" i]')).slice(0, 20)) {
    const prop = (name: string): string => {
      const el = item.querySelector(`[itemprop="${name}"]`);
      return el?.getAttribute('content') ?? el?.textContent?.trim() ?? '';
    };
    found.push({ source: 'microdata', name: prop('name'), brand: prop('brand') || prop('manufacturer'), sku: prop('sku') || prop('mpn') });
  }
  const og = (property: string): string => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
  if (/product/i.test(og('og:type'))) {
    found.push({ source: 'opengraph', name: og('og:title'), brand: og('product:brand') || og('og:brand'), sku: og('product:retailer_item_id') });
  }
  return found;
}
