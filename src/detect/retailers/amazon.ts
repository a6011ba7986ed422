import type { RetailerAdapter } from './types';

export const amazon: RetailerAdapter = {
  id: 'amazon',
  name: 'Amazon',
  hosts: ['amazon.com', 'amazon.ca', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.com.au', 'amazon.in', 'amazon.co.jp', 'amazon.com.mx', 'amazon.com.br', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.sg', 'amazon.ae'],
  productUrl: /\/(?:dp|gp\/product|gp\/aw\/d|d)\/[A-Z0-9]{10}(?:[/?#]|$)/i,
  cartUrl: /^\/(?:gp\/cart|cart(?:\/|$)|gp\/buy\/|checkout\/|gp\/aw\/c)/,
  listingUrl: /^\/(?:s(?:\/|\?|$)|s\?|gp\/search)/,
  selectors: {
    region: '#dp-container, #dp, #ppd',
    title: '#productTitle, #title',
    // The byline ("Visit the Kaspersky Store", "by Kaspersky Lab", "Brand: Kaspersky") and the product-overview brand row.
    brand: '#bylineInfo, #brand, .po-brand .po-break-word, #byline_secondary_view_div',
    buyBox: '#desktop_buybox, #buybox, #rightCol',
    addToCart: '#add-to-cart-button, #buy-now-button, input[name="submit.add-to-cart"], #addToCart input[type="submit"]',
    cartItem: '[data-name="Active Items"] .sc-list-item, .sc-list-item[data-itemtype="active"], #spc-orders .item-row, .a-row.item-row, [data-testid="item-title"], .lineitem-container',
    cartSummary: '#sc-buy-box, #subtotals, #subtotalsSection, #spc-order-summary, #desktop-ptc-button-celWidget',
    listingTile: '[data-component-type="s-search-result"]',
    tileTitle: 'h2',
  },
  examples: {
    product: [
      'https://www.amazon.com/Kaspersky-Premium-Antivirus-Devices-Download/dp/B0BLHQ7XRT',
      'https://www.amazon.com/dp/B0BLHQ7XRT?th=1',
      'https://www.amazon.co.uk/gp/product/B0B7R3KCYF/ref=ppx_yo_dt_b_asin_title_o00',
    ],
    cart: ['https://www.amazon.com/gp/cart/view.html?ref_=nav_cart', 'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1'],
    listing: ['https://www.amazon.com/s?k=kaspersky', 'https://www.amazon.de/s?k=kaspersky+total+security&ref=nb_sb_noss'],
    other: ['https://www.amazon.com/gp/help/customer/display.html', 'https://www.amazon.com/stores/Kaspersky/page/5E0C3B6A'],
  },
};
