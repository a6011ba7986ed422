import type { RetailerAdapter } from './types';

export const bhPhoto: RetailerAdapter = {
  id: 'bh-photo',
  name: 'B&H Photo',
  hosts: ['bhphotovideo.com'],
  productUrl: /^\/c\/product\/\d+-[A-Z]+\//i,
  cartUrl: /^\/find\/cart\.jsp|^\/(?:cart|checkout)/i,
  listingUrl: /^\/c\/search/,
  selectors: {
    title: 'h1[data-selenium="productTitle"]',
    brand: '[data-selenium="authorizeDealerBrandLink"], [data-selenium="productBrand"]',
    buyBox: '[data-selenium="buyBox"], [data-selenium="pricingPrice"]',
    addToCart: 'button[data-selenium="addToCartButton"]',
    cartItem: '[data-selenium="cartItem"], [data-selenium="itemInCart"]',
    cartSummary: '[data-selenium="orderSummary"]',
    listingTile: '[data-selenium="miniProductPage"]',
    tileTitle: '[data-selenium="miniProductPageProductName"]',
  },
  examples: {
    product: ['https://www.bhphotovideo.com/c/product/1791234-REG/kaspersky_kl4863aapfs_endpoint_security_for_business.html'],
    cart: ['https://www.bhphotovideo.com/find/cart.jsp'],
    listing: ['https://www.bhphotovideo.com/c/search?q=kaspersky'],
  },
};
