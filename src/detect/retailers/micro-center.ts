import type { RetailerAdapter } from './types';

export const microCenter: RetailerAdapter = {
  id: 'micro-center',
  name: 'Micro Center',
  hosts: ['microcenter.com'],
  productUrl: /^\/product\/\d+\//,
  cartUrl: /^\/(?:cart|checkout)/i,
  listingUrl: /^\/search\//,
  selectors: {
    title: '.product-header h1, h1',
    brand: '.product-header [data-brand], .inforow .brand',
    buyBox: '#options-pricing, #cart-options, .pricing',
    addToCart: '#cart-options button[name="addToCart"], .btn-add',
    cartItem: '.cart-item, .cartItem',
    cartSummary: '.cart-summary, #orderSummary',
    listingTile: '.product_wrapper',
    tileTitle: 'h2 a, .pDescription a',
  },
  examples: {
    product: ['https://www.microcenter.com/product/667123/kaspersky-standard-3-device-1-year'],
    cart: ['https://www.microcenter.com/cart'],
    listing: ['https://www.microcenter.com/search/search_results.aspx?Ntt=kaspersky'],
  },
};
