import type { RetailerAdapter } from './types';

export const insight: RetailerAdapter = {
  id: 'insight',
  name: 'Insight',
  hosts: ['insight.com'],
  productUrl: /^\/[a-z]{2}_[A-Z]{2}\/shop\/product\//,
  cartUrl: /^\/[a-z]{2}_[A-Z]{2}\/(?:shop\/cart|checkout)/,
  listingUrl: /^\/[a-z]{2}_[A-Z]{2}\/search\.html/,
  selectors: {
    title: 'h1.c-pdp-header__title, h1',
    brand: '.c-pdp-header__manufacturer, [data-testid="manufacturer-name"]',
    buyBox: '.c-pdp-purchase, .c-pdp-price',
    addToCart: '.c-pdp-purchase button, button[data-testid="add-to-cart"]',
    cartItem: '.c-cart-item, [data-testid="cart-line-item"]',
    cartSummary: '.c-cart-summary',
  },
  examples: {
    product: ['https://www.insight.com/en_US/shop/product/KL4541AAPFS/KASPERSKY/KL4541AAPFS/Kaspersky-Endpoint-Security-Cloud-Plus/'],
    cart: ['https://www.insight.com/en_US/shop/cart.html'],
    listing: ['https://www.insight.com/en_US/search.html?q=kaspersky'],
  },
};
