import type { RetailerAdapter } from './types';

export const g2a: RetailerAdapter = {
  id: 'g2a',
  name: 'G2A',
  hosts: ['g2a.com'],
  productUrl: /-i\d{10,}(?:[/?#]|$)/,
  cartUrl: /^\/(?:[a-z]{2}\/)?(?:cart|checkout|page\/cart)/,
  listingUrl: /^\/(?:[a-z]{2}\/)?search/,
  selectors: {
    title: 'h1[data-locator="ppa-summary__title"], h1',
    buyBox: '[data-locator="ppa-payment"], [data-locator="ppa-offers"]',
    addToCart: 'button[data-locator="ppa-payment__btn"], button[data-locator="ppa-add-to-cart"]',
    cartItem: '[data-locator="cart-product"], [class*="cart-item" i]',
    cartSummary: '[data-locator="cart-summary"]',
    listingTile: 'li[data-locator="product-card"], [class*="ProductCard"]',
    tileTitle: 'h3',
  },
  examples: {
    product: ['https://www.g2a.com/kaspersky-total-security-1-device-1-year-kaspersky-key-global-i10000068752002'],
    cart: ['https://www.g2a.com/page/cart'],
    listing: ['https://www.g2a.com/search?query=kaspersky'],
  },
};
