import type { RetailerAdapter } from './types';

export const kinguin: RetailerAdapter = {
  id: 'kinguin',
  name: 'Kinguin',
  hosts: ['kinguin.net'],
  productUrl: /^\/(?:[a-z]{2}\/)?category\/\d+\//,
  cartUrl: /^\/(?:[a-z]{2}\/)?(?:cart|checkout|new-checkout)/,
  listingUrl: /^\/(?:[a-z]{2}\/)?listing/,
  selectors: {
    title: 'h1[itemprop="name"], h1[data-test="product-name"], h1',
    buyBox: '[data-test="buy-box"], [data-test="offer-price"]',
    addToCart: 'button[data-test="add-to-cart"], button[data-test="buy-now"]',
    cartItem: '[data-test="cart-item"]',
    cartSummary: '[data-test="cart-summary"]',
    listingTile: '[data-test="product-card"]',
    tileTitle: 'h3',
  },
  examples: {
    product: ['https://www.kinguin.net/category/152345/kaspersky-standard-2024-eu-key-1-year-3-devices'],
    cart: ['https://www.kinguin.net/new-checkout/cart'],
    listing: ['https://www.kinguin.net/listing?phrase=kaspersky'],
  },
};
