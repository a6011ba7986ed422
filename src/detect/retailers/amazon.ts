import type { RetailerAdapter } from './types';

export const amazon: RetailerAdapter = {
  id: 'amazon',
  hosts: ['amazon.com', 'amazon.ca', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.com.au', 'amazon.in', 'amazon.co.jp', 'amazon.com.mx', 'amazon.com.br', 'amazon.nl'],
  productUrl: /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}/i,
  cartUrl: /\/(?:gp\/cart|cart\/|gp\/buy\/|checkout\/)/,
  listingUrl: /^\/s(?:\/|\?|$)/,
  selectors: {
    title: '#productTitle, #title',
    brand: '#bylineInfo, #brand, .po-brand .po-break-word, #productDetails_techSpec_section_1 tr, #productDetails_detailBullets_sections1 tr, #detailBullets_feature_div li',
    buyBox: '#desktop_buybox, #buybox, #rightCol, #centerCol',
    cartItem: '.sc-list-item, [data-name="Active Items"] .sc-list-item-content, .a-row.item-row, [data-asin].sc-list-item',
    cartSummary: '#sc-buy-box, #subtotals, #desktop-ptc-button-celWidget, .a-box-group.order-summary',
    listingTile: '[data-component-type="s-search-result"]',
  },
  examples: {
    product: ['https://www.amazon.com/Kaspersky-Premium-Antivirus-Devices-Download/dp/B0BLHQ7XRT', 'https://www.amazon.com/dp/B0BLHQ7XRT?th=1'],
    cart: ['https://www.amazon.com/gp/cart/view.html?ref_=nav_cart', 'https://www.amazon.com/gp/buy/spc/handlers/display.html'],
    listing: ['https://www.amazon.com/s?k=kaspersky'],
    other: ['https://www.amazon.com/gp/help/customer/display.html'],
  },
};
