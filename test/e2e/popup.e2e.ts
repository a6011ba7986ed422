/**
 * The popup and the details page in real Chromium and Firefox: what they say about the
 * current tab, the facts and their sources, the organisation's message, the settings, and
 * how they look (screenshots in artifacts/screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SiteServer, forEachBrowser, waitInPage, type E2EContext, type ExtensionBrowser, type TestPage } from './harness';
import { launchChromium } from './harness/chromium';
import { ARTIFACTS } from './harness/paths';
import { corpusPage, serveCorpus } from './corpus-server';
import { FACTS_VERSION, PRIMARY_SOURCES, SOURCES, TIMELINE } from '../../src/facts';

const SHOTS = resolve(ARTIFACTS, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const kasperskyOnAmazon = corpusPage('amazon/kaspersky-premium-product.html');
const cartWithKaspersky = corpusPage('amazon/cart-with-kaspersky.html');
const nortonOnAmazon = corpusPage('amazon/norton-360-product.html');

/** The words of a text as a reader counts them. */
const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** Every link out of the extension: its href, target and rel. */
const externalLinks = (): { href: string; target: string; rel: string }[] =>
  Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="http"], a[href^="mailto:"]')).map((a) => ({ href: a.href, target: a.target, rel: a.rel }));

interface StorageApi {
  storage: { local: { set(items: object): Promise<void>; remove(keys: string | string[]): Promise<void> } };
}

interface LocalStorageApi {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

/**
 * Stands in for an administrator's policy by writing the background's cached copy of it
 * (settings/store.ts), which every page reads. The background rewrites that cache from
 * storage.managed whenever it starts (slowly, right after install), so re-write the cache
 * until it stays; callers re-seed if a late rewrite still wins.
 */
async function seedManagedPolicy(ctx: E2EContext, policy: Record<string, unknown>): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last = '';
  while (Date.now() < deadline) {
    const state = await ctx.browser.inExtension(async (values: Record<string, unknown>) => {
      const api = (globalThis as unknown as { browser?: LocalStorageApi }).browser ?? (globalThis as unknown as { chrome: LocalStorageApi }).chrome;
      const stored = await api.storage.local.get(['managedCache']);
      const sorted = (value: unknown): string => JSON.stringify(Object.entries((value ?? {}) as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
      if (sorted(stored.managedCache) === sorted(values)) return 'settled';
      await api.storage.local.set({ managedCache: values });
      return `cache was ${JSON.stringify(stored.managedCache)}`;
    }, policy);
    if (state === 'settled') return;
    last = state;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the managed policy cache did not settle (${last})`);
}

forEachBrowser('popup and details page', (server) => serveCorpus(server), (ctx: E2EContext) => {
  const opened: TestPage[] = [];
  const open = async (url: string): Promise<TestPage> => {
    const page = await ctx.browser.openPage(url);
    opened.push(page);
    return page;
  };
  const popupFor = async (tabId: number): Promise<TestPage> => {
    const popup = await open(`${ctx.browser.extensionBase}src/popup/index.html?tab=${tabId}`);
    await popup.setViewport(400, 600);
    await waitInPage(popup, () => document.querySelector('[data-status]') !== null, undefined, 15_000);
    return popup;
  };
  const flaggedTab = async (url: string, kind: string): Promise<TestPage> => {
    const page = await open(url);
    // Generous: the machine is shared, and the detector loads lazily.
    await waitInPage(page, (k: string) => document.querySelector(`[data-kaspersky-warning="${k}"]`) !== null, kind, 15_000);
    return page;
  };
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
    // Managed policy cache, user settings and dismissals seeded by a test must not leak into the next.
    await ctx.browser.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome;
      await api.storage.local.remove(['managedCache', 'userSettings', 'siteDismissals']);
    });
  });

  it('on a flagged product page names the product and the evidence, shows both dates and links the primary sources', async () => {
    const page = await flaggedTab(kasperskyOnAmazon.url, 'product');
    const popup = await popupFor(page.tabId);
    expect(await popup.evaluate(() => document.querySelector('[data-status]')!.getAttribute('data-status'))).toBe('product');
    expect(await popup.evaluate(() => document.querySelector('[data-product]')?.textContent)).toBe('Kaspersky Premium');
    expect(await popup.evaluate(() => document.querySelectorAll('.evidence li').length)).toBeGreaterThan(0);

    const explanation = await popup.evaluate(() => document.querySelector('[data-short-explanation]')!.textContent ?? '');
    expect(explanation).toContain('July 20, 2024');
    expect(explanation).toContain('September 29, 2024');
    expect(wordCount(explanation)).toBeLessThanOrEqual(60);

    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('What this means for you');
    expect(text).not.toMatch(/illegal to (own|buy|use)/i);

    const links = await popup.evaluate(externalLinks);
    const hrefs = links.map((l) => l.href);
    for (const id of PRIMARY_SOURCES) expect(hrefs).toContain(SOURCES[id].url);
    expect(hrefs).toContain(SOURCES.kasperskyRemovalTool.url);
    for (const link of links) {
      expect(link.target, link.href).toBe('_blank');
      expect(link.rel.split(/\s+/), link.href).toContain('noopener');
    }
    expect(await popup.evaluate(() => document.querySelector<HTMLAnchorElement>('[data-details-link]')!.href)).toContain('src/details/index.html');

    await popup.screenshot(resolve(SHOTS, `popup-product-${ctx.browser.name}.png`));
    // Fits the popup's 400×600 without scrolling sideways or down.
    const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(400);
    expect(size.height).toBeLessThanOrEqual(600);

    const context = (ctx.browser as { context?: BrowserContext }).context;
    if (context) {
      // Chromium only: the same popup in dark mode.
      const raw = context.pages().find((p) => p.url().includes(`popup/index.html?tab=${page.tabId}`));
      await raw?.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot(resolve(SHOTS, `popup-product-dark-${ctx.browser.name}.png`));
    }
  });

  it('on a cart says the cart contains Kaspersky software', async () => {
    const page = await flaggedTab(cartWithKaspersky.url, 'checkout');
    const popup = await popupFor(page.tabId);
    expect(await popup.evaluate(() => document.querySelector('[data-status]')!.getAttribute('data-status'))).toBe('checkout');
    expect(await popup.evaluate(() => document.querySelector('.status__headline')!.textContent)).toMatch(/^Your cart on this page contains Kaspersky/);
  });

  it('on a page with nothing to warn about says so, and still explains the ban', async () => {
    const page = await open(nortonOnAmazon.url);
    await new Promise((r) => setTimeout(r, 500));
    const popup = await popupFor(page.tabId);
    expect(await popup.evaluate(() => document.querySelector('[data-status]')!.getAttribute('data-status'))).toBe('clear');
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Nothing to warn about on this page');
    expect(text).toContain('July 20, 2024');
    await popup.screenshot(resolve(SHOTS, `popup-clear-${ctx.browser.name}.png`));
  });

  it("shows an organisation's message and says that it receives warning reports", async () => {
    const policy = {
      organizationName: 'Example Corp',
      message: 'Questions? Ask the IT help desk before buying security software.',
      reportUrl: 'https://reports.example.com/ksw',
      showNotices: true,
    };
    const page = await flaggedTab(kasperskyOnAmazon.url, 'product');
    let popup: TestPage | undefined;
    for (let attempt = 1; attempt <= 3 && !popup; attempt += 1) {
      await seedManagedPolicy(ctx, policy);
      const candidate = await popupFor(page.tabId);
      try {
        await waitInPage(candidate, () => document.querySelector('[data-org-notice]') !== null, undefined, 3_000);
        popup = candidate;
      } catch {
        // The background's start-up refresh replaced the stand-in policy: seed again.
      }
    }
    if (!popup) throw new Error('the organisation notice never appeared');
    const org = await popup.evaluate(() => document.querySelector('[data-org-notice]')!.textContent ?? '');
    expect(org).toContain('Managed by Example Corp');
    expect(org).toContain('Ask the IT help desk');
    expect(await popup.evaluate(() => document.querySelector('[data-report-disclosure]')?.textContent ?? '')).toContain('Example Corp receives a short report');
    await popup.screenshot(resolve(SHOTS, `popup-managed-${ctx.browser.name}.png`));

    const details = await open(`${ctx.browser.extensionBase}src/details/index.html`);
    await waitInPage(details, () => document.querySelector('[data-user-setting="showNotices"] [data-managed]') !== null);
    expect(await details.evaluate(() => document.querySelector<HTMLInputElement>('#setting-showNotices')!.disabled)).toBe(true);
    expect(await details.evaluate(() => document.querySelector('[data-user-setting="showNotices"] [data-managed]')!.textContent)).toBe('Managed by Example Corp');
    expect(await details.evaluate(() => document.querySelector<HTMLInputElement>('#setting-confirmPurchases')!.disabled)).toBe(false);
    expect(await details.evaluate(() => document.querySelector('#privacy [data-report-disclosure]') !== null)).toBe(true);
  });

  it('the details page shows the whole timeline with sources, scope, FAQ, other governments, privacy and version', async () => {
    const details = await open(`${ctx.browser.extensionBase}src/details/index.html`);
    await details.setViewport(1100, 900);
    await waitInPage(details, () => document.querySelector('[data-user-setting]') !== null);
    const events = await details.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-event]')).map((li) => ({
        id: li.dataset.event!,
        text: li.textContent ?? '',
        links: Array.from(li.querySelectorAll('a')).map((a) => a.href),
      })),
    );
    expect(events.map((e) => e.id)).toEqual(TIMELINE.map((e) => e.id));
    for (const [i, event] of TIMELINE.entries()) {
      for (const id of event.sources) expect(events[i]!.links).toContain(SOURCES[id].url);
      for (const citation of event.citations) expect(events[i]!.text).toContain(citation);
    }
    const text = await details.evaluate(() => document.body.textContent ?? '');
    for (const expected of ['Binding Operational Directive 17-01', '§1634', 'FCC Covered List', 'Final Determination', 'Entity List', 'UltraAV', 'September 13, 2017', 'March 25, 2022', 'June 24, 2024', 'July 20, 2024', 'September 29, 2024, 00:00 EDT']) {
      expect(text).toContain(expected);
    }
    expect(await details.evaluate(() => document.querySelectorAll('[data-faq]').length)).toBe(5);
    expect(await details.evaluate(() => document.querySelectorAll('[data-other]').length)).toBe(6);
    expect(await details.evaluate(() => document.querySelector('[data-scope="exempt"]')!.textContent)).toContain('Threat Intelligence');
    expect(await details.evaluate(() => document.querySelector('#privacy')!.textContent)).toContain('sends nothing anywhere');
    expect(await details.evaluate(() => document.querySelector('#privacy [data-report-disclosure]'))).toBeNull();
    const version = await ctx.browser.inExtension(() => ((globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version));
    expect(await details.evaluate(() => document.querySelector('[data-about-version]')!.textContent)).toBe(`Version ${version}`);
    expect(await details.evaluate(() => document.querySelector('[data-facts-verified]')!.textContent)).toMatch(/Facts last checked .* on [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(await details.evaluate(() => document.querySelector('[data-welcome]'))).toBeNull();
    for (const link of await details.evaluate(externalLinks)) {
      expect(link.target, link.href).toBe('_blank');
      expect(link.rel.split(/\s+/), link.href).toContain('noopener');
    }
    await details.screenshot(resolve(SHOTS, `details-${ctx.browser.name}.png`), true);
    await details.screenshot(resolve(SHOTS, `details-top-${ctx.browser.name}.png`));
    const context = (ctx.browser as { context?: BrowserContext }).context;
    if (context) {
      // Chromium only: dark mode.
      const raw = context.pages().find((p) => p.url().endsWith('src/details/index.html'));
      await raw?.emulateMedia({ colorScheme: 'dark' });
      await details.screenshot(resolve(SHOTS, `details-top-dark-${ctx.browser.name}.png`));
    }
  });

  it('details settings: toggles save, site exceptions can be removed, reset restores defaults', async () => {
    const now = Date.now();
    await ctx.browser.inExtension(
      async ({ now, factsVersion }: { now: number; factsVersion: number }) => {
        const api = (globalThis as unknown as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome;
        // The background's dismissal table (src/background/dismissals.ts), as "don't warn me on this site" leaves it.
        const entry = (domain: string) => ({ domain, dismissedAt: now, expiresAt: now + 30 * 86_400_000, factsVersion });
        await api.storage.local.set({ siteDismissals: { 'amazon.com': entry('amazon.com'), 'bestbuy.com': entry('bestbuy.com') } });
      },
      { now, factsVersion: FACTS_VERSION },
    );
    const details = await open(`${ctx.browser.extensionBase}src/details/index.html`);
    await waitInPage(details, () => document.querySelectorAll('[data-exception]').length === 2);

    await details.click('#setting-showNotices');
    await waitInPage(details, () => document.querySelector('[data-settings-status]')!.textContent === 'Saved.');
    const stored = await ctx.browser.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser ??
        (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.local.get('userSettings')).userSettings as Record<string, unknown> | undefined;
    });
    expect(stored?.showNotices).toBe(false);

    await details.click('[data-exception="amazon.com"] button');
    await waitInPage(details, () => document.querySelectorAll('[data-exception]').length === 1);
    expect(await details.evaluate(() => document.querySelector('[data-exception]')!.getAttribute('data-exception'))).toBe('bestbuy.com');

    await details.click('[data-reset]');
    await waitInPage(details, () => document.querySelector('[data-exceptions-empty]') !== null);
    await waitInPage(details, () => document.querySelector<HTMLInputElement>('#setting-showNotices')!.checked);
  });

  it('opened at first run, the details page welcomes the user', async () => {
    const details = await open(`${ctx.browser.extensionBase}src/details/index.html?welcome=1&from-test=1`);
    await waitInPage(details, () => document.querySelector('[data-welcome]') !== null);
    expect(await details.evaluate(() => document.querySelector('[data-welcome]')!.textContent)).toContain('is installed');
  });
});

describe('popup in Spanish [chromium]', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = new SiteServer();
    serveCorpus(server);
    await server.start();
    // Chromium on Linux takes its UI language (and so the extension's catalogue) from LANGUAGE.
    const saved = process.env.LANGUAGE;
    process.env.LANGUAGE = 'es';
    try {
      browser = await launchChromium({ proxyPort: server.port, extraArgs: ['--lang=es'] });
    } finally {
      if (saved === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = saved;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('writes the dates in Spanish, stays within 60 words and fits 400×600', async () => {
    const page = await browser.openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null, undefined, 15_000);
    const popup = await browser.openPage(`${browser.extensionBase}src/popup/index.html?tab=${page.tabId}`);
    await popup.setViewport(400, 600);
    await waitInPage(popup, () => document.querySelector('[data-status="product"]') !== null, undefined, 15_000);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    const explanation = await popup.evaluate(() => document.querySelector('[data-short-explanation]')!.textContent ?? '');
    expect(explanation).toContain('20 de julio de 2024');
    expect(explanation).toContain('29 de septiembre de 2024');
    expect(wordCount(explanation)).toBeLessThanOrEqual(60);
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toContain('no es ilegal');
    await popup.screenshot(resolve(SHOTS, 'popup-product-es-chromium.png'));
    const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(400);
    expect(size.height).toBeLessThanOrEqual(600);
  });
});
