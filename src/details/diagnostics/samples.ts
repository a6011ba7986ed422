/**
 * Small pages bundled with the extension for the diagnostics self-test: the detector
 * runs on each, as the content script would, and must reach the expected outcome. They
 * cover one page of each kind the extension warns on and pages where it must stay silent.
 */
import type { PageKind } from '../../detect/types';

export interface SamplePage {
  readonly id: string;
  /** i18n key naming the sample in the diagnostics view. */
  readonly labelKey: string;
  readonly url: string;
  readonly html: string;
  /** `none` means: no warning (no confirmed verdict). */
  readonly expect: Exclude<PageKind, 'listing'>;
}

const jsonLd = (data: object): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

export const SAMPLE_PAGES: readonly SamplePage[] = [
  {
    id: 'product-structured-data',
    labelKey: 'enterpriseSampleProduct',
    url: 'https://shop.example.com/products/kaspersky-premium-5-devices',
    expect: 'product',
    html: `<!doctype html><html lang="en"><head><title>Kaspersky Premium, 5 devices, 1 year</title>
${jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Kaspersky Premium 5 Devices 1 Year', brand: { '@type': 'Brand', name: 'Kaspersky' }, sku: 'KL1047DDEFS' })}
</head><body><main><h1>Kaspersky Premium — 5 devices, 1 year</h1><p>$39.99</p><button type="button">Add to cart</button></main></body></html>`,
  },
  {
    id: 'amazon-cart',
    labelKey: 'enterpriseSampleCart',
    url: 'https://www.amazon.com/gp/cart/view.html',
    expect: 'checkout',
    html: `<!doctype html><html lang="en-us"><head><title>Amazon.com Shopping Cart</title></head><body>
<div id="sc-active-cart"><h1>Shopping Cart</h1><div data-name="Active Items">
<div class="a-row sc-list-item" data-asin="B0BLHQ7XRT"><div class="sc-list-item-content">
<span class="a-truncate-full">Kaspersky Total Security | 3 Devices | 1 Year | Download</span></div></div>
</div></div>
<div id="sc-buy-box"><div id="subtotals">Subtotal (1 item): $29.99</div><input type="submit" value="Proceed to checkout"></div>
</body></html>`,
  },
  {
    id: 'competitor-mentions-kaspersky',
    labelKey: 'enterpriseSampleCompetitor',
    url: 'https://shop.example.com/products/norton-360-deluxe',
    expect: 'none',
    html: `<!doctype html><html lang="en"><head><title>Norton 360 Deluxe</title>
${jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Norton 360 Deluxe', brand: { '@type': 'Brand', name: 'Norton' } })}
</head><body><main><h1>Norton 360 Deluxe — 5 devices</h1><p>Switching from Kaspersky? Norton imports your settings.</p>
<button type="button">Add to cart</button></main></body></html>`,
  },
  {
    id: 'news-article',
    labelKey: 'enterpriseSampleNews',
    url: 'https://news.example.org/2024/06/20/commerce-kaspersky',
    expect: 'none',
    html: `<!doctype html><html lang="en"><head><title>U.S. prohibits sales of Kaspersky software</title>
${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'U.S. prohibits sales of Kaspersky software' })}
</head><body><article><h1>U.S. prohibits sales of Kaspersky software</h1>
<p>The Commerce Department said Kaspersky Premium and Kaspersky Total Security may no longer be sold to U.S. customers.</p></article></body></html>`,
  },
];
