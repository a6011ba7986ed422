import type { RetailerAdapter } from './types';

export const officeDepot: RetailerAdapter = {
  id: 'office-depot',
  name: 'Office Depot',
  hosts: ['officedepot.com', 'officemax.com'],
  productUrl: /^\/a\/products\/\d+/,
  cartUrl: /^\/(?:cart|checkout)\//,
  listingUrl: /^\/(?:catalog\/search\.do|a\/search\/)/,
  selectors: {
    title: 'h1[itemprop="name"], h1.od-heading',
    brand: '[itemprop="brand"], .sku_brand',
    buyBox: '#productPurchase, .sku_price_container, [id^="productPurchase"]',
    addToCart: '#productAddToCart, button[name="cmd_addSKU"], .btn-add-to-cart',
    cartItem: '.cart_item, .od-cart-item',
    cartSummary: '.order_summary, #orderSummary',
  },
  examples: {
    product: ['https://www.officedepot.com/a/products/9876543/Kaspersky-Small-Office-Security-For-5/'],
    cart: ['https://www.officedepot.com/cart/shoppingCart.do'],
    listing: ['https://www.officedepot.com/catalog/search.do?Ntt=kaspersky'],
  },
};
