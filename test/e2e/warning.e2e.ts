/**
 * The warning at the moment of purchase, in real Chromium and Firefox: the confirmation
 * holds purchase actions (mouse, keyboard, custom controls, links, form posts) and replays
 * them exactly once on "Continue anyway"; notices on product and cart pages; listing
 * markers; SPA route changes; "don't warn me on this site" across a reload.
 *
 * The warning's content is in a closed shadow root, so the tests drive it the way a
 * keyboard user does: the confirmation takes focus ("Go back"), Tab moves inside it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { eventually, forEachBrowser, waitInPage, warningCount, type SiteServer, type TestPage } from './harness';
import { corpusPage, serveCorpus } from './corpus-server';

const here = dirname(fileURLToPath(import.meta.url));
const testPage = (name: string): string => readFileSync(resolve(here, 'pages', name), 'utf8');

const kasperskyOnAmazon = corpusPage('amazon/kaspersky-premium-product.html');
const nortonOnAmazon = corpusPage('amazon/norton-360-product.html');
const amazonCart = corpusPage('amazon/cart-with-kaspersky.html');
const kasperskyStore = corpusPage('kaspersky/usa-premium.html');
const SPANISH_SHOP = 'https://www.tiendaejemplo.es/software/kaspersky-premium-2024';
const AMAZON_SEARCH = 'https://www.amazon.com/s?k=kaspersky';
const ADD_TO_CART = '/gp/add-to-cart/html/ref=dp_start-bbf_1_glance';
const PROCEED_TO_CHECKOUT = '/gp/cart/view.html/ref=ox_sc_proceed';
const CART_ACTIONS = '/cart/ref=ox_sc_cart_actions_1';
const STORE_CHECKOUT = 'https://store.kaspersky.com/checkout/cart';
const SPANISH_CART_API = '/api/carrito/anadir';
const SCRIPT_SUBMIT_SHOP = 'https://shop.example-software.com/products/kaspersky-plus';

const done = (title: string) => ({ body: `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>` });

function setup(server: SiteServer): void {
  serveCorpus(server);
  server.page(SPANISH_SHOP, testPage('spanish-shop-product.html'));
  server.page(AMAZON_SEARCH, testPage('amazon-search-kaspersky.html'));
  server.page(SCRIPT_SUBMIT_SHOP, testPage('script-submit-shop.html'));
  server.add('https://shop.example-software.com/cart/add', done('Added'));
  server.add(`https://www.amazon.com${ADD_TO_CART}`, done('Added to Cart'));
  server.add(`https://www.amazon.com${PROCEED_TO_CHECKOUT}`, done('Checkout'));
  server.add(`https://www.amazon.com${CART_ACTIONS}`, done('Cart updated'));
  server.add(STORE_CHECKOUT, done('Store checkout'));
  server.add(`https://www.tiendaejemplo.es${SPANISH_CART_API}`, { contentType: 'application/json', body: '{"ok":true}' });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const focusIsInConfirm = (): boolean => document.activeElement?.getAttribute('data-kaspersky-warning') === 'confirm';

forEachBrowser('warning at the moment of purchase', setup, (ctx) => {
  const open: TestPage[] = [];
  const openPage = async (url: string): Promise<TestPage> => {
    const page = await ctx.browser.openPage(url);
    open.push(page);
    return page;
  };
  const requests = (path: string, method = 'POST') => ctx.server.requests.filter((r) => r.method === method && new URL(r.url).pathname === path);
  afterEach(async () => {
    for (const page of open.splice(0)) await page.close().catch(() => undefined);
  });

  async function pressAddToCartOnKasperskyPage(): Promise<TestPage> {
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    await page.click('#add-to-cart-button');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    return page;
  }

  it('pressing Add to Cart on a detected product page shows the confirmation and neither navigates nor posts', async () => {
    const before = requests(ADD_TO_CART).length;
    const page = await pressAddToCartOnKasperskyPage();
    await sleep(600);
    expect(requests(ADD_TO_CART).length).toBe(before);
    expect(await page.evaluate(() => location.href)).toBe(kasperskyOnAmazon.url);
    // Focus moved into the dialog, on "Go back" (the default): Enter goes back.
    expect(await page.evaluate(focusIsInConfirm)).toBe(true);
    await page.press('Enter');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 0);
    await sleep(400);
    expect(requests(ADD_TO_CART).length).toBe(before);
    expect(await page.evaluate(() => location.href)).toBe(kasperskyOnAmazon.url);
    // Focus returns to the control that was pressed.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-to-cart-button');
    expect(await page.evaluate(warningCount, 'product')).toBe(1);
  });

  it('Escape closes the confirmation and does nothing to the page', async () => {
    const before = requests(ADD_TO_CART).length;
    const page = await pressAddToCartOnKasperskyPage();
    await page.press('Escape');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 0);
    await sleep(400);
    expect(requests(ADD_TO_CART).length).toBe(before);
    expect(await page.evaluate(() => location.href)).toBe(kasperskyOnAmazon.url);
  });

  it('"Continue anyway" performs the original form post exactly once', async () => {
    const before = requests(ADD_TO_CART).length;
    const page = await pressAddToCartOnKasperskyPage();
    // Dialog order: Continue anyway, Go back (focused), Details. Tab wraps around inside it.
    await page.press('Tab');
    await page.press('Tab');
    expect(await page.evaluate(focusIsInConfirm)).toBe(true);
    await page.press('Enter');
    await eventually(async () => (requests(ADD_TO_CART).length > before ? true : undefined));
    await sleep(600);
    const posts = requests(ADD_TO_CART).slice(before);
    expect(posts).toHaveLength(1);
    // The original submitter went with it (Amazon tells Add to Cart from Buy Now by it).
    expect(posts[0]!.body).toContain('submit.add-to-cart');
    expect(posts[0]!.body).toContain('ASIN=B0BLHQ7XRT');
    await eventually(async () => ((await page.evaluate(() => document.title).catch(() => '')) === 'Added to Cart' ? true : undefined));
  });

  it('works by keyboard alone: Enter on the focused button, focus trapped, Continue by keyboard', async () => {
    const before = requests(ADD_TO_CART).length;
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    await page.evaluate(() => (document.getElementById('buy-now-button') as HTMLElement).focus());
    await page.press('Enter');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    for (let i = 0; i < 5; i++) {
      await page.press('Tab');
      expect(await page.evaluate(focusIsInConfirm)).toBe(true);
    }
    // Five Tabs from "Go back" (index 1 of 3) land on Continue anyway (index 0).
    await page.press('Enter');
    await eventually(async () => (requests(ADD_TO_CART).length > before ? true : undefined));
    await sleep(600);
    const posts = requests(ADD_TO_CART).slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toContain('submit.buy-now');
  });

  it('holds a custom (role="button") control by key and click on a Spanish shop, and replays it once', async () => {
    const before = requests(SPANISH_CART_API).length;
    const page = await openPage(SPANISH_SHOP);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    // An unrelated control on the same page is untouched.
    await page.click('#qty-plus');
    await sleep(300);
    expect(await page.evaluate(() => document.body.dataset.qty)).toBe('2');
    expect(await page.evaluate(warningCount, 'confirm')).toBe(0);

    await page.evaluate(() => (document.getElementById('buy-cta') as HTMLElement).focus());
    await page.press('Enter');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    await page.press('Escape');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 0);
    await sleep(300);
    expect(requests(SPANISH_CART_API).length).toBe(before);

    await page.click('#buy-cta');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    await waitInPage(page, () => document.body.dataset.added === '1');
    await sleep(500);
    expect(requests(SPANISH_CART_API).length).toBe(before + 1);
    expect(await page.evaluate(() => document.body.dataset.added)).toBe('1');
  });

  it("after Continue, the page's own scripted follow-up (a delayed form submit) is not asked about again", async () => {
    const before = requests('/cart/add').length;
    const page = await openPage(SCRIPT_SUBMIT_SHOP);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    await page.click('#buy');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    await sleep(400);
    expect(requests('/cart/add').length).toBe(before);
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    await eventually(async () => (requests('/cart/add').length > before ? true : undefined));
    await sleep(500);
    expect(requests('/cart/add').length).toBe(before + 1);
  });

  it("holds the store's own Buy now link and follows it once on Continue", async () => {
    const before = requests('/checkout/cart', 'GET').length;
    const page = await openPage(kasperskyStore.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    await page.click('a.buy-now');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    await sleep(400);
    expect(requests('/checkout/cart', 'GET').length).toBe(before);
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    await eventually(async () => (requests('/checkout/cart', 'GET').length > before ? true : undefined));
    await sleep(500);
    expect(requests('/checkout/cart', 'GET').length).toBe(before + 1);
  });

  it('cart pages show the checkout notice; Proceed to checkout is confirmed, Delete is not', async () => {
    const proceedBefore = requests(PROCEED_TO_CHECKOUT).length;
    const page = await openPage(amazonCart.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="checkout"]').length === 1);
    expect(await page.evaluate(warningCount, 'product')).toBe(0);
    await page.click('input[name="proceedToRetailCheckout"]');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    await sleep(400);
    expect(requests(PROCEED_TO_CHECKOUT).length).toBe(proceedBefore);
    await page.press('Escape');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 0);

    const deleteBefore = requests(CART_ACTIONS).length;
    await page.click('input[name="submit.delete.C1"]');
    await eventually(async () => (requests(CART_ACTIONS).length > deleteBefore ? true : undefined));
    expect(requests(PROCEED_TO_CHECKOUT).length).toBe(proceedBefore);
  });

  it('purchase controls on a page without a verdict behave exactly as before', async () => {
    const before = requests(ADD_TO_CART).length;
    const page = await openPage(nortonOnAmazon.url);
    await sleep(800);
    expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    await page.click('#add-to-cart-button');
    await eventually(async () => (requests(ADD_TO_CART).length > before ? true : undefined));
    expect(requests(ADD_TO_CART).length).toBe(before + 1);
  });

  it('marks each Kaspersky tile on a search results page, with no notice and no confirmation', async () => {
    const page = await openPage(AMAZON_SEARCH);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="listing"]').length === 2);
    const marked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-kaspersky-warning="listing"]')).map((m) => m.closest('[data-asin]')?.getAttribute('data-asin')),
    );
    expect(marked.sort()).toEqual(['B0BLHQ7XRT', 'B0BLHQ8ABC']);
    expect(await page.evaluate(warningCount, 'product')).toBe(0);
    expect(await page.evaluate(warningCount, 'checkout')).toBe(0);
  });

  it('an SPA route change to an unrelated page removes the notice and clears the badge', async () => {
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    expect(await eventually(async () => (await ctx.browser.badgeText(page.tabId)) || undefined)).toBe('!');
    await page.evaluate(() => {
      history.pushState({}, '', '/gp/help/customer/display.html');
      document.title = 'Amazon.com Help';
      const dp = document.getElementById('dp')!;
      dp.replaceChildren();
      const heading = document.createElement('h1');
      heading.textContent = 'Help & Customer Service';
      dp.append(heading);
    });
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning]').length === 0);
    expect(await eventually(async () => ((await ctx.browser.badgeText(page.tabId)) === '' ? true : undefined))).toBe(true);
  });

  it('"Details and sources" in the notice opens the details page next to the shop tab', async () => {
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    const detailsTabs = () =>
      ctx.browser.inExtension(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        return (await api.tabs.query({})).filter((tab) => (tab.url ?? '').includes('src/details/index.html?from=notice')).map((tab) => tab.id!);
      });
    const before = await detailsTabs();
    await page.evaluate(() => {
      const start = document.createElement('button');
      document.querySelector('[data-kaspersky-warning="product"]')!.before(start);
      start.focus();
    });
    // Why?, then Details and sources.
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    const opened = await eventually(async () => {
      const fresh = (await detailsTabs()).filter((id) => !before.includes(id));
      return fresh.length === 1 ? fresh[0] : undefined;
    });
    await ctx.browser.inExtension(async (id: number) => {
      const api = (globalThis as unknown as { chrome: { tabs: { remove(id: number): Promise<void> } } }).chrome;
      await api.tabs.remove(id);
    }, opened);
  });

  it('the badge belongs to its tab: "!" on the warned tab, empty on the other', async () => {
    const warned = await openPage(kasperskyOnAmazon.url);
    const other = await openPage(nortonOnAmazon.url);
    await waitInPage(warned, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    expect(await eventually(async () => (await ctx.browser.badgeText(warned.tabId)) || undefined)).toBe('!');
    await sleep(500);
    expect(await ctx.browser.badgeText(other.tabId)).toBe('');
    expect(await ctx.browser.badgeText(warned.tabId)).toBe('!');
  });

  it('after the service worker is stopped, the badge stays and an SPA route change still clears it (Chromium)', async () => {
    if (ctx.browser.name !== 'chromium') return;
    const context = (ctx.browser as unknown as { context: BrowserContext }).context;
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    expect(await eventually(async () => (await ctx.browser.badgeText(page.tabId)) || undefined)).toBe('!');
    // A DevTools session on one of the extension's own pages sees (and can stop) the extension's worker.
    const [raw] = context.pages().filter((p) => p.url().startsWith(ctx.browser.extensionBase));
    const cdp = await context.newCDPSession(raw!);
    type Versions = { versions: { versionId: string; scriptURL: string; runningStatus: string }[] };
    const ours = (event: Versions) => event.versions.filter((v) => v.scriptURL.startsWith(ctx.browser.extensionBase));
    const running = new Promise<string>((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => ours(e).forEach((v) => v.runningStatus === 'running' && resolve(v.versionId))));
    await cdp.send('ServiceWorker.enable');
    const versionId = await running;
    const stopped = new Promise<void>((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => ours(e).some((v) => v.versionId === versionId && v.runningStatus === 'stopped') && resolve()));
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await stopped;
    await cdp.detach();
    expect(await ctx.browser.badgeText(page.tabId)).toBe('!');
    await page.evaluate(() => {
      history.pushState({}, '', '/gp/help/customer/display.html');
      document.getElementById('dp')!.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Help' }));
    });
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning]').length === 0);
    expect(await eventually(async () => ((await ctx.browser.badgeText(page.tabId)) === '' ? true : undefined))).toBe(true);
  });

  it('puts the notice back when the page removes it, but only a bounded number of times', async () => {
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    await page.evaluate(() => document.querySelector('[data-kaspersky-warning="product"]')!.remove());
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    // A hostile page removing it every time it appears: the extension stops after a few restores.
    const restores = await page.evaluate(async () => {
      let count = 0;
      const observer = new MutationObserver(() => {
        const host = document.querySelector('[data-kaspersky-warning="product"]');
        if (host) {
          count += 1;
          host.remove();
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      document.querySelector('[data-kaspersky-warning="product"]')?.remove();
      await new Promise((r) => setTimeout(r, 1500));
      observer.disconnect();
      return count;
    });
    expect(restores).toBeLessThanOrEqual(6);
  });

  async function withManagedPolicy(policy: Record<string, unknown>, run: () => Promise<void>): Promise<void> {
    // The background keeps the managed policy cached in storage.local; every context reads settings from there.
    const setCache = (value: Record<string, unknown>) =>
      ctx.browser.inExtension(async (v: Record<string, unknown>) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome;
        await api.storage.local.set({ managedCache: v });
      }, value);
    await setCache(policy);
    try {
      await run();
    } finally {
      await setCache({});
    }
  }

  it('mode "inform": the badge only — no notice, no confirmation', async () => {
    await withManagedPolicy({ mode: 'inform' }, async () => {
      const before = requests(ADD_TO_CART).length;
      const page = await openPage(kasperskyOnAmazon.url);
      expect(await eventually(async () => (await ctx.browser.badgeText(page.tabId)) || undefined)).toBe('!');
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
      await page.click('#add-to-cart-button');
      await eventually(async () => (requests(ADD_TO_CART).length > before ? true : undefined));
    });
  });

  it('mode "off": nothing at all, not even the badge', async () => {
    await withManagedPolicy({ mode: 'off' }, async () => {
      const page = await openPage(kasperskyOnAmazon.url);
      await sleep(1000);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
      expect(await ctx.browser.badgeText(page.tabId)).toBe('');
    });
  });

  it('mode "block": the confirmation has no way to continue', async () => {
    await withManagedPolicy({ mode: 'block', organizationName: 'Example Corp', supportEmail: 'it@example.com' }, async () => {
      const before = requests(ADD_TO_CART).length;
      const page = await openPage(kasperskyOnAmazon.url);
      await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
      await page.click('#add-to-cart-button');
      await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
      // Tab, Tab, Enter is "Continue anyway" in confirm mode (see above); in block mode there is none.
      await page.press('Tab');
      await page.press('Tab');
      await page.press('Enter');
      await sleep(600);
      expect(requests(ADD_TO_CART).length).toBe(before);
      expect(await page.evaluate(() => location.href)).toBe(kasperskyOnAmazon.url);
    });
  });

  it('"Don\'t warn me on this site" lasts across a reload, for notices and confirmations', async () => {
    const page = await openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    // Keyboard: from a point just before the notice, Tab to Why?, Details, Don't warn me.
    await page.evaluate(() => {
      const start = document.createElement('button');
      start.id = 'test-focus-start';
      document.querySelector('[data-kaspersky-warning="product"]')!.before(start);
      start.focus();
    });
    for (let i = 0; i < 3; i++) await page.press('Tab');
    await page.press('Enter');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 0);
    // The notice goes at once; the background stores the dismissal a moment later (an earlier
    // test may have left an empty table, so wait for an entry, not for the key).
    const stored = await eventually(async () => {
      const table = await ctx.browser.inExtension(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await api.storage.local.get('siteDismissals')).siteDismissals as Record<string, { domain: string; expiresAt: number }> | undefined;
      });
      return table && Object.keys(table).length > 0 ? table : undefined;
    });
    expect(Object.keys(stored)).toEqual(['amazon.com']);
    const days = (stored['amazon.com']!.expiresAt - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const reloaded = await openPage(kasperskyOnAmazon.url);
    await sleep(1000);
    expect(await reloaded.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    const before = requests(ADD_TO_CART).length;
    await reloaded.click('#add-to-cart-button');
    await eventually(async () => (requests(ADD_TO_CART).length > before ? true : undefined));

    // The details page's API lists it and removes it; warnings come back.
    await ctx.browser.inExtension(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      await api.runtime.sendMessage({ type: 'remove-dismissal', domain: 'amazon.com' });
    });
    const again = await openPage(kasperskyOnAmazon.url);
    await waitInPage(again, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
  });
});
