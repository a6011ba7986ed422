import type { RetailerAdapter } from './types';

export const newegg: RetailerAdapter = {
  id: 'newegg',
  name: 'Newegg',
  hosts: ['newegg.com', 'newegg.ca', 'newegg.global'],
  productUrl: /\/p\/(?:N82E\d{11}|\d{2}[A-Z0-9-]{6,}|[0-9A-Z]{4}-[0-9A-Z]{4,})/i,
  cartUrl: /^\/shop\/(?:cart|checkout)|^\/(?:cart|checkout)(?:[/?#]|$)/i,
  listingUrl: /^\/p\/pl(?:[?/#]|$)/,
  selectors: {
    region: '.product-main, #app .page-section-inner, .row-body',
    title: 'h1.product-title',
    brand: '.product-view-brand a, .product-brand',
    buyBox: '.product-buy-box, .product-price, .product-buy',
    addToCart: '.product-buy .btn-primary, #ProductBuy button',
    cartItem: '.item-container, .row-inner .item-cell, [class*="cart-item" i]',
    cartSummary: '.summary-content, .item-total, .checkout-side',
    listingTile: '.item-cell',
    tileTitle: '.item-title',
  },
  examples: {
    product: ['https://www.newegg.com/kaspersky-premium-2024-5-devices/p/N82E16832134121', 'https://www.newegg.com/p/32N-003K-00001'],
    cart: ['https://secure.newegg.com/shop/cart'],
    listing: ['https://www.newegg.com/p/pl?d=kaspersky'],
    other: ['https://www.newegg.com/insider/best-antivirus/'],
  },
};
