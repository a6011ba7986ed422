import type { RetailerAdapter } from './types';

export const ebay: RetailerAdapter = {
  id: 'ebay',
  name: 'eBay',
  hosts: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.ca', 'ebay.com.au', 'ebay.fr', 'ebay.it', 'ebay.es'],
  productUrl: /^\/itm\/(?:[^/]+\/)?\d{9,}/,
  cartUrl: /^\/(?:sc\/|cart|ws\/eBayISAPI\.dll\?ShopCart)|^\/co\//i,
  listingUrl: /^\/sch\//,
  selectors: {
    region: '#mainContent, .x-item-title, .vim',
    title: 'h1.x-item-title__mainTitle, .x-item-title h1, #itemTitle',
    brand: '.ux-labels-values--brand .ux-labels-values__values, dl[data-testid="ux-labels-values"].ux-labels-values--brand dd',
    buyBox: '.x-buybox, #mainContent .x-price-section, .vim-buybox',
    addToCart: '#binBtn_btn, #atcBtn_btn, [data-testid="x-bin-action"] a, [data-testid="x-atc-action"] a',
    cartItem: '.cart-bucket-lineitem, [data-test-id="cart-item"]',
    cartSummary: '.cart-summary, [data-test-id="cart-summary"]',
    listingTile: 'li.s-item, li.s-card',
    tileTitle: '.s-item__title, .s-card__title',
  },
  examples: {
    product: ['https://www.ebay.com/itm/Kaspersky-Internet-Security-2024-3-PC/256123456789', 'https://www.ebay.com/itm/285512345678?hash=item42'],
    cart: ['https://cart.ebay.com/sc/view', 'https://pay.ebay.com/co/'],
    listing: ['https://www.ebay.com/sch/i.html?_nkw=kaspersky'],
    other: ['https://www.ebay.com/help/home'],
  },
};
