import { readFixture } from '../test/fixtures/load';
import type { TestPage } from '../test/e2e/harness/types';

/** The pages `npm start` shows: what a shopper sees with the extension, and where it stays quiet. */
export interface DemoPage {
  readonly name: string;
  readonly title: string;
  readonly url: string;
  html(): string;
  /** Selector that appears once the extension has acted (screenshots wait for it). */
  readonly waitFor?: string;
  /** Also screenshot the popup for this tab. */
  readonly popup?: boolean;
  interact?(page: TestPage): Promise<void>;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    name: 'product-notice',
    title: 'Kaspersky product on Amazon',
    url: 'https://www.amazon.com/Kaspersky-Premium-Total-Security-Antivirus/dp/B0BLHQ7XRT',
    html: () => readFixture('amazon/kaspersky-premium-product.html'),
    waitFor: '[data-kaspersky-warning="product"]',
    popup: true,
  },
  {
    name: 'checkout-notice',
    title: 'Amazon cart containing Kaspersky',
    url: 'https://www.amazon.com/gp/cart/view.html?ref_=nav_cart',
    html: () => readFixture('amazon/cart-with-kaspersky.html'),
    waitFor: '[data-kaspersky-warning="checkout"]',
    popup: true,
  },
  {
    name: 'unrelated-product',
    title: 'Norton product on Amazon (no warning)',
    url: 'https://www.amazon.com/Norton-360-Deluxe-Antivirus-software/dp/B0C1234567',
    html: () => readFixture('amazon/norton-360-product.html'),
    popup: true,
  },
];
