import type { RetailerAdapter } from './types';

/** CDKeys runs on Magento: the generic Magento markers would find it too, this pins the layout. */
export const cdkeys: RetailerAdapter = {
  id: 'cdkeys',
  name: 'CDKeys',
  hosts: ['cdkeys.com'],
  productUrl: /^\/(?!checkout|customer|catalogsearch|cart)[a-z0-9-]+(?:\.html)?$/,
  cartUrl: /^\/checkout(?:\/cart)?/,
  listingUrl: /^\/catalogsearch\//,
  selectors: {
    title: '.page-title .base, h1.page-title',
    buyBox: '.product-info-price, .box-tocart',
    addToCart: '#product-addtocart-button',
    cartItem: '.cart.item, .minicart-items .product-item',
    cartSummary: '.cart-summary',
    listingTile: 'li.product-item',
    tileTitle: '.product-item-link',
  },
  examples: {
    product: ['https://www.cdkeys.com/kaspersky-plus-2024-1-device-1-year-pc'],
    cart: ['https://www.cdkeys.com/checkout/cart/'],
    listing: ['https://www.cdkeys.com/catalogsearch/result/?q=kaspersky'],
  },
};
