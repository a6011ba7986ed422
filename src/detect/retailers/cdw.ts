import type { RetailerAdapter } from './types';

export const cdw: RetailerAdapter = {
  id: 'cdw',
  name: 'CDW',
  hosts: ['cdw.com', 'cdw.ca', 'cdwg.com'],
  productUrl: /^\/product\/[^/]+\/\d+/,
  cartUrl: /^\/shop\/cart|^\/checkout/i,
  listingUrl: /^\/search\//,
  selectors: {
    title: 'h1#primaryProductName, h1.fn',
    brand: '.primaryProductPartNumbers .mfg-code, [itemprop="brand"]',
    buyBox: '#primaryProductAddToCart, .price-type-selected, .pdp-purchase-box',
    addToCart: '#primaryProductAddToCart button, .js-add-to-cart',
    cartItem: '.cart-item, .cart-line-item',
    cartSummary: '.cart-summary, .order-summary',
    listingTile: '.search-result',
    tileTitle: '.search-result-product-url',
  },
  examples: {
    product: ['https://www.cdw.com/product/kaspersky-endpoint-security-for-business-select-subscription/6512345'],
    cart: ['https://www.cdw.com/shop/cart/default.aspx'],
    listing: ['https://www.cdw.com/search/?key=kaspersky'],
  },
};
