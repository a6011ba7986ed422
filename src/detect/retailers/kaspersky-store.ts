import type { RetailerAdapter } from './types';
import { hostInList } from '../../shared/hosts';

/**
 * Kaspersky's own storefronts: kaspersky.com, its country sites, usa./store./shop./my.
 * subdomains. Support, research and threat-intelligence hosts are not storefronts
 * (`isKasperskyStorefront`), and neither are the editorial paths of a storefront host
 * (`isKasperskyEditorialPath`: blog, press, about, resource center…).
 */
export const kasperskyStore: RetailerAdapter = {
  id: 'kaspersky-store',
  name: 'Kaspersky',
  hosts: [
    'kaspersky.com', 'kaspersky.co.uk', 'kaspersky.de', 'kaspersky.fr', 'kaspersky.it', 'kaspersky.es', 'kaspersky.nl', 'kaspersky.ca',
    'kaspersky.com.au', 'kaspersky.co.in', 'kaspersky.co.jp', 'kaspersky.com.br', 'kaspersky.ru', 'kaspersky.com.mx', 'kaspersky.pl',
    'kaspersky.se', 'kaspersky.dk', 'kaspersky.at', 'kaspersky.ch', 'kaspersky.be', 'kaspersky.pt', 'kaspersky.co.za', 'kaspersky.com.tr',
  ],
  productUrl: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:premium|plus|standard|free-antivirus|anti-virus|antivirus|internet-security|total-security|security-cloud|safe-kids|password-manager|vpn-secure-connection|small-office-security|small-to-medium-business-security|enterprise-security|next|endpoint-security|home-security|store|buy|renewal|upgrade|products?)(?:[/?#-]|$)/i,
  cartUrl: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:cart|basket|checkout|order|store\/cart)(?:[/?#]|$)/i,
  selectors: {
    region: 'main, #main, .main-content',
    title: 'main h1, h1',
    buyBox: '[class*="buy-box" i], [class*="product-buy" i], [class*="price-block" i], [class*="pricing" i]',
    addToCart: 'a[href*="store.kaspersky" i], a[href*="/checkout" i], a[href*="/cart" i], button[class*="buy" i], a[class*="buy" i]',
    cartItem: '[class*="cart-item" i], [class*="line-item" i], [class*="basket-item" i], [class*="order-item" i]',
    cartSummary: '[class*="order-summary" i], [class*="summary" i], [class*="total" i]',
  },
  examples: {
    product: ['https://usa.kaspersky.com/premium', 'https://www.kaspersky.com/standard', 'https://www.kaspersky.co.uk/plus', 'https://www.kaspersky.de/small-office-security'],
    cart: ['https://store.kaspersky.com/checkout/cart', 'https://usa.kaspersky.com/store/cart', 'https://store.kaspersky.com/order?sku=KL1047DDCFS'],
    other: ['https://support.kaspersky.com/common/uninstall/1464', 'https://www.kaspersky.com/about/press-releases', 'https://www.kaspersky.com/blog/kaspersky-us-update/'],
  },
};

const NOT_STOREFRONT_HOST = /^(?:support|securelist|opentip|forum|community|media|press|careers|academy|os|tip|xtraining|encyclopedia|threats|statistics|cybermap|ics-cert|apt|latam|me-en|click|help|docs|github|ksn|virusdesk|dpa|partners|training|education|ti|intelligence|sandbox|newsroom)\./;
const NOT_STOREFRONT_DOMAINS = ['securelist.com', 'kaspersky-labs.com', 'kasperskyclub.ru', 'kaspersky.academy'];
const EDITORIAL_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:blog|about|press-releases?|news|resource-center|transparency|transparency-center|partners?|careers?|legal|support|downloads?\/(?:uninstall|removal)|enterprise-security\/(?:threat-intelligence|security-awareness|cybersecurity-training|wiki-section)|threats|encyclopedia|research|reports?|webinars?|events?|acknowledgement|policy-blog|uninstall)(?:[/?#.]|$)/i;

/** True for hosts where Kaspersky sells directly (not support, research or exempt portals). */
export function isKasperskyStorefront(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return hostInList(host, kasperskyStore.hosts) && !NOT_STOREFRONT_HOST.test(host) && !hostInList(host, NOT_STOREFRONT_DOMAINS);
}

/** True for Kaspersky hosts that never sell: support, research, the exempt threat-intelligence portal. */
export function isKasperskyNonStoreHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return hostInList(host, NOT_STOREFRONT_DOMAINS) || (hostInList(host, kasperskyStore.hosts) && NOT_STOREFRONT_HOST.test(host));
}

/** Editorial paths on a storefront host: blog, press releases, about, resource center, exempt products. */
export function isKasperskyEditorialPath(pathname: string): boolean {
  return EDITORIAL_PATH.test(pathname);
}
