import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** Window size for the screenshot (default 1280×900). */
  readonly viewport?: { readonly width: number; readonly height: number };
  interact?(page: TestPage): Promise<void>;
}

const E2E_PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../test/e2e/pages');

/**
 * The fixtures are bare HTML (the detector needs no styling). For screenshots that show
 * where a shopper meets the warning, the demo adds a stylesheet that lays the Amazon pages
 * out like the real site: navigation bar, image / details / buy box columns, cart summary.
 */
const AMAZON_LOOK = `<style>
body { margin: 0; font: 14px/1.45 Arial, sans-serif; color: #0f1111; background: #fff; }
a { color: #007185; text-decoration: none; }
#nav-belt { display: flex; gap: 16px; align-items: center; padding: 10px 18px; background: #131921; color: #fff; }
#nav-belt a { color: #fff; font-weight: 700; }
#nav-logo-sprites { font-size: 20px; }
#nav-search-bar-form { flex: 1; display: flex; }
#nav-search-bar-form input[type=text] { flex: 1; padding: 8px; border: 0; border-radius: 4px 0 0 4px; }
#nav-search-bar-form input[type=submit] { padding: 8px 14px; border: 0; background: #febd69; border-radius: 0 4px 4px 0; }
#nav-subnav { display: flex; gap: 16px; padding: 6px 18px; background: #232f3e; }
#nav-subnav a { color: #fff; }
#wayfinding-breadcrumbs_feature_div ul { display: flex; gap: 10px; list-style: none; margin: 10px 18px; padding: 0; font-size: 12px; }
#dp-container { display: grid; grid-template-columns: 300px minmax(0, 1fr) 280px; gap: 28px; padding: 8px 18px 24px; }
#imgTagWrapperId { height: 300px; background: linear-gradient(135deg, #e7f6ef, #cdeee0); border-radius: 8px; }
#imgTagWrapperId img { display: none; }
#productTitle { font-size: 24px; font-weight: 400; line-height: 1.3; }
#title { margin: 0 0 6px; }
.a-price { font-size: 26px; }
#buybox { padding: 16px; border: 1px solid #d5d9d9; border-radius: 8px; }
#availability { color: #007600; font-size: 17px; margin: 8px 0 14px; }
.a-button { display: block; margin: 8px 0; }
.a-button-input, #sc-buy-box input[type=submit] { width: 100%; padding: 9px; border: 0; border-radius: 20px; font-size: 14px; cursor: pointer; }
.a-button-primary .a-button-input, #sc-buy-box input[type=submit] { background: #ffd814; }
.a-button-oneclick .a-button-input { background: #ffa41c; }
.a-button-text { display: none; }
#productDetails_feature_div, #sp_detail, #reviewsMedley { padding: 0 18px; }
#sc-retail-cart-container > .a-row { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 24px; padding: 18px; background: #eaeded; }
#sc-active-cart, #sc-buy-box { background: #fff; padding: 18px; border-radius: 4px; align-self: start; }
.sc-list-item { padding: 14px 0; border-bottom: 1px solid #ddd; }
.sc-list-item ul { list-style: none; padding: 0; margin: 0; }
.sc-product-image { display: none; }
.a-offscreen { position: absolute; left: -9999px; }
.a-truncate-cut { font-size: 17px; }
#sc-rec-bottom { padding: 0 18px; }
.s-main-slot { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 18px; padding: 18px; }
.s-result-item { padding: 14px; border: 1px solid #ddd; border-radius: 6px; }
.s-result-item::before { content: ""; display: block; height: 160px; margin-bottom: 10px; background: #f3f3f3; border-radius: 4px; }
.s-result-item h2 { font-size: 16px; font-weight: 400; }
@media (max-width: 700px) { #dp-container, #sc-retail-cart-container > .a-row, .s-main-slot { grid-template-columns: 1fr; } #imgTagWrapperId { height: 160px; } }
</style>`;

const styled = (html: string): string => html.replace('</head>', `${AMAZON_LOOK}</head>`);

const PRODUCT_URL = 'https://www.amazon.com/Kaspersky-Premium-Total-Security-Antivirus/dp/B0BLHQ7XRT';

async function waitForConfirm(page: TestPage): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await page.evaluate(() => document.querySelector('[data-kaspersky-warning="confirm"]') !== null)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  console.warn('warning: the confirmation did not appear');
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    name: 'product-notice',
    title: 'Kaspersky product on Amazon',
    url: PRODUCT_URL,
    html: () => styled(readFixture('amazon/kaspersky-premium-product.html')),
    waitFor: '[data-kaspersky-warning="product"]',
    popup: true,
  },
  {
    name: 'confirmation',
    title: 'Pressing Add to Cart on it',
    url: PRODUCT_URL,
    html: () => styled(readFixture('amazon/kaspersky-premium-product.html')),
    waitFor: '[data-kaspersky-warning="product"]',
    async interact(page) {
      await page.click('#add-to-cart-button');
      await waitForConfirm(page);
      // Let the entrance animation finish before the screenshot.
      await new Promise((r) => setTimeout(r, 400));
    },
  },
  {
    name: 'product-notice-phone',
    title: 'The same page on a phone-width window',
    url: PRODUCT_URL,
    html: () => styled(readFixture('amazon/kaspersky-premium-product.html')),
    waitFor: '[data-kaspersky-warning="product"]',
    viewport: { width: 390, height: 844 },
  },
  {
    name: 'checkout-notice',
    title: 'Amazon cart containing Kaspersky',
    url: 'https://www.amazon.com/gp/cart/view.html?ref_=nav_cart',
    html: () => styled(readFixture('amazon/cart-with-kaspersky.html')),
    waitFor: '[data-kaspersky-warning="checkout"]',
    popup: true,
  },
  {
    name: 'listing-markers',
    title: 'Search results with Kaspersky tiles',
    url: 'https://www.amazon.com/s?k=kaspersky',
    html: () => styled(readFileSync(resolve(E2E_PAGES, 'amazon-search-kaspersky.html'), 'utf8')),
    waitFor: '[data-kaspersky-warning="listing"]',
  },
  {
    name: 'unrelated-product',
    title: 'Norton product on Amazon (no warning)',
    url: 'https://www.amazon.com/Norton-360-Deluxe-Antivirus-software/dp/B0C1234567',
    html: () => styled(readFixture('amazon/norton-360-product.html')),
    popup: true,
  },
];
