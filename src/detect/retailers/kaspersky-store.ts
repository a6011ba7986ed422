import type { RetailerAdapter } from './types';
import { hostMatches } from '../hosts';

/** Kaspersky's own storefronts. Support, research and threat-intelligence hosts are excluded by `isKasperskyStorefront`. */
export const kasperskyStore: RetailerAdapter = {
  id: 'kaspersky-store',
  hosts: ['kaspersky.com', 'kaspersky.co.uk', 'kaspersky.de', 'kaspersky.fr', 'kaspersky.it', 'kaspersky.es', 'kaspersky.nl', 'kaspersky.ca', 'kaspersky.com.au', 'kaspersky.co.in', 'kaspersky.co.jp', 'kaspersky.com.br', 'kaspersky.ru'],
  productUrl: /\/(?:premium|plus|standard|anti-virus|antivirus|internet-security|total-security|security-cloud|safe-kids|password-manager|vpn-secure-connection|small-office-security|small-to-medium-business-security|enterprise-security|next|endpoint-security|home-security|store)(?:[/?#-]|$)/i,
  cartUrl: /\/(?:cart|basket|checkout|order)(?:[/?#]|$)/i,
  selectors: {
    title: 'h1',
    buyBox: '[class*="buy" i], [class*="price" i], main',
    cartItem: '[class*="cart-item" i], [class*="line-item" i], [class*="basket-item" i]',
    cartSummary: '[class*="summary" i], [class*="total" i]',
  },
  examples: {
    product: ['https://usa.kaspersky.com/premium', 'https://www.kaspersky.com/standard', 'https://www.kaspersky.co.uk/plus'],
    cart: ['https://store.kaspersky.com/checkout/cart', 'https://usa.kaspersky.com/store/cart'],
    other: ['https://support.kaspersky.com/common/uninstall/1464', 'https://www.kaspersky.com/about/press-releases'],
  },
};

const NOT_STOREFRONT = /^(?:support|securelist|opentip|forum|community|media|press|careers|academy|os|tip|xtraining|encyclopedia|threats|statistics|cybermap|ics-cert|apt|latam|me-en)\./;

/** True for hosts where Kaspersky sells directly (not support, research or exempt portals). */
export function isKasperskyStorefront(hostname: string): boolean {
  return hostMatches(hostname, kasperskyStore.hosts) && !NOT_STOREFRONT.test(hostname.toLowerCase());
}
