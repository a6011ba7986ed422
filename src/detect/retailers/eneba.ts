import type { RetailerAdapter } from './types';

/** Eneba is a single-page app: product pages are rendered and replaced without reloads. */
export const eneba: RetailerAdapter = {
  id: 'eneba',
  name: 'Eneba',
  hosts: ['eneba.com'],
  productUrl: /^\/(?:[a-z]{2}\/)?(?:other|steam|xbox|psn|nintendo|software)-[a-z0-9-]+$/,
  cartUrl: /^\/(?:[a-z]{2}\/)?(?:checkout|cart)/,
  listingUrl: /^\/(?:[a-z]{2}\/)?store/,
  selectors: {
    title: 'main h1',
    buyBox: '[data-testid="buy-box"], [class*="BuyBox"]',
    addToCart: 'button[data-testid="add-to-cart"], button[data-testid="buy-now"]',
    cartItem: '[data-testid="cart-product"]',
    cartSummary: '[data-testid="cart-summary"]',
  },
  examples: {
    product: ['https://www.eneba.com/other-kaspersky-plus-1-device-1-year-kaspersky-key-global'],
    cart: ['https://www.eneba.com/checkout'],
    listing: ['https://www.eneba.com/store/software?text=kaspersky'],
  },
};
