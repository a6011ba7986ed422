import type { RetailerAdapter } from './types';

export const target: RetailerAdapter = {
  id: 'target',
  name: 'Target',
  hosts: ['target.com'],
  productUrl: /^\/p\/[^?#]*\/-\/A-\d+/,
  cartUrl: /^\/(?:cart|checkout)(?:[/?#]|$)/,
  listingUrl: /^\/s(?:\/|\?|$)/,
  selectors: {
    title: 'h1[data-test="product-title"], h1',
    brand: 'a[data-test="@web/ProductDetailPage/ProductDetailBrandLink"], [data-test="product-brand"]',
    buyBox: '[data-test="@web/AddToCart/Fulfillment"], [data-test="product-price"]',
    addToCart: 'button[data-test="shippingButton"], button[data-test="orderPickupButton"], button[id^="addToCartButton"]',
    cartItem: '[data-test="cartItem"]',
    cartSummary: '[data-test="cart-summary"], [data-test="checkout-button"]',
    listingTile: '[data-test="@web/site-top-of-funnel/ProductCardWrapper"]',
    tileTitle: 'a[data-test="product-title"]',
  },
  examples: {
    product: ['https://www.target.com/p/kaspersky-standard-3-devices-1-year-download/-/A-89123456'],
    cart: ['https://www.target.com/cart'],
    listing: ['https://www.target.com/s?searchTerm=kaspersky'],
    other: ['https://www.target.com/c/software/-/N-5xtfn'],
  },
};
