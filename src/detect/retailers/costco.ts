import type { RetailerAdapter } from './types';

export const costco: RetailerAdapter = {
  id: 'costco',
  name: 'Costco',
  hosts: ['costco.com', 'costco.ca'],
  productUrl: /\.product\.\d+\.html/,
  cartUrl: /^\/(?:CheckoutCartDisplayView|CheckoutCartView|checkout)/i,
  listingUrl: /^\/CatalogSearch/i,
  selectors: {
    title: 'h1[automation-id="productName"], h1.product-h1-container-v2, h1',
    brand: '[itemprop="brand"], .product-info-description [automation-id="brandName"]',
    buyBox: '#product-details .add-to-cart, .product-price-container, #pull-right-price',
    addToCart: '#add-to-cart-btn, input[automation-id="addToCartButton"]',
    cartItem: '.order-item, [automation-id="cartItem"]',
    cartSummary: '.order-summary',
  },
  examples: {
    product: ['https://www.costco.com/kaspersky-premium-5-device-2-year.product.4000212345.html'],
    cart: ['https://www.costco.com/CheckoutCartDisplayView'],
    listing: ['https://www.costco.com/CatalogSearch?dept=All&keyword=kaspersky'],
  },
};
