import type { RetailerAdapter } from './types';

/** Walmart renders most of the product page client-side; the gate's observer re-checks when it appears. */
export const walmart: RetailerAdapter = {
  id: 'walmart',
  name: 'Walmart',
  hosts: ['walmart.com', 'walmart.ca'],
  productUrl: /^\/(?:ip|en\/ip)\/(?:[^/]+\/)?\d+/,
  cartUrl: /^\/(?:cart|checkout)(?:[/?#]|$)/,
  listingUrl: /^\/search(?:[/?#]|$)/,
  selectors: {
    region: '[data-testid="product-page"], main',
    title: 'h1[itemprop="name"], #main-title, h1',
    brand: 'a[data-seo-id="brand-name"], [data-testid="product-brand"], a[link-identifier="brandName"]',
    buyBox: '[data-testid="add-to-cart-section"], [data-testid="price-wrap"], [data-testid="buy-box"]',
    addToCart: 'button[data-automation-id="atc"], [data-testid="add-to-cart-btn"]',
    cartItem: '[data-testid="cart-item"], [data-automation-id="cart-item"]',
    cartSummary: '[data-testid="order-summary"], [data-automation-id="cart-summary"]',
    listingTile: '[data-item-id], [data-testid="list-view"] > div',
    tileTitle: '[data-automation-id="product-title"], span.w_iUH7, a span',
  },
  examples: {
    product: ['https://www.walmart.com/ip/Kaspersky-Plus-2024-5-Devices-1-Year/5123456789', 'https://www.walmart.com/ip/987654321'],
    cart: ['https://www.walmart.com/cart', 'https://www.walmart.com/checkout/review-order'],
    listing: ['https://www.walmart.com/search?q=kaspersky'],
    other: ['https://www.walmart.com/help'],
  },
};
