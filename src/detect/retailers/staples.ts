import type { RetailerAdapter } from './types';

export const staples: RetailerAdapter = {
  id: 'staples',
  name: 'Staples',
  hosts: ['staples.com', 'staples.ca'],
  productUrl: /\/product_[A-Z0-9]+|\/products\/\d+/i,
  cartUrl: /^\/(?:cc\/mmx\/cart|cart|checkout)(?:[/?#]|$)/i,
  listingUrl: /^\/(?:[^/]+\/directory_|search)/,
  selectors: {
    title: 'h1#product_title, h1[class*="product-title" i], h1',
    brand: '[class*="brand-name" i] a, a[aria-label^="Brand" i]',
    buyBox: '[class*="price-info" i], [class*="add-to-cart-section" i], [id*="ATC" i]',
    addToCart: 'button[id*="addToCart" i], button[aria-label^="Add to cart" i]',
    cartItem: '[class*="cart-item" i], [id^="cartItem"]',
    cartSummary: '[class*="order-summary" i]',
  },
  examples: {
    product: ['https://www.staples.com/kaspersky-small-office-security-for-5-users/product_24512345'],
    cart: ['https://www.staples.com/cc/mmx/cart'],
    listing: ['https://www.staples.com/kaspersky/directory_kaspersky'],
    other: ['https://www.staples.com/sbd/cre/marketing/easy-rebates/'],
  },
};
