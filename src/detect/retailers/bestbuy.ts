import type { RetailerAdapter } from './types';

export const bestBuy: RetailerAdapter = {
  id: 'bestbuy',
  name: 'Best Buy',
  hosts: ['bestbuy.com', 'bestbuy.ca'],
  productUrl: /(?:\/site\/[^?#]+\.p\?(?:.*&)?skuId=\d+|\/site\/[^?#]+\/\d{7,}\.p(?:[?#]|$)|\/en-ca\/product\/)/i,
  cartUrl: /^\/(?:cart|checkout)(?:[/?#]|$)/,
  listingUrl: /^\/site\/searchpage\.jsp|[?&]st=/,
  selectors: {
    region: '.shop-product-title, .sku-title, main',
    title: '.sku-title h1, h1.heading-5, h1',
    brand: '[data-testid="brand-link"], .shop-product-title .product-data-value, a[href*="/site/brands/"]',
    buyBox: '.fulfillment-add-to-cart-button, .shop-add-to-cart, .pricing-price, [data-testid="customer-price"]',
    addToCart: 'button.add-to-cart-button, [data-button-state="ADD_TO_CART"], .fulfillment-add-to-cart-button button',
    cartItem: '.fluid-item, .cart-item, [data-testid="cart-item"]',
    cartSummary: '.order-summary, .checkout-buttons, [data-testid="order-summary"]',
    listingTile: '.sku-item, li.product-list-item',
    tileTitle: '.sku-title, .sku-header, h4, h2',
  },
  examples: {
    product: [
      'https://www.bestbuy.com/site/kaspersky-standard-3-device-1-year-subscription-android-mac-os-windows-ios/6520143.p?skuId=6520143',
      'https://www.bestbuy.com/site/norton-360-deluxe/6470001.p?skuId=6470001',
    ],
    cart: ['https://www.bestbuy.com/cart', 'https://www.bestbuy.com/checkout/r/fast-track'],
    listing: ['https://www.bestbuy.com/site/searchpage.jsp?st=kaspersky'],
    other: ['https://www.bestbuy.com/site/customer-service/returns'],
  },
};
