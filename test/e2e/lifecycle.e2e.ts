/**
 * The extension's life around open pages: its service worker stopped and restarted, the
 * extension reloaded (as an update does) while pages are open, and the browser restarted
 * with the same profile. State must live in storage, never in a worker's globals; an
 * orphaned content script must go quiet without errors; nothing may show twice.
 *
 * Private windows are covered where they can be: extensions do not run in them unless the
 * user allows it (Chrome: "Allow in Incognito"; Firefox: "Run in Private Windows"), and
 * when allowed, nothing from them is persisted — checked on the real background in
 * test/unit/hardening/messages.test.ts. Neither automation driver used here can open a
 * private window with an extension, so there is no browser test of it (docs/threat-model.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FACTS_VERSION } from '../../src/facts';
import { corpusPage, serveCorpus } from './corpus-server';
import { eventually, SiteServer, waitInPage, type ExtensionBrowser, type TestPage } from './harness';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import type { BrowserName, LaunchOptions } from './harness/types';

const amazonProduct = corpusPage('amazon/kaspersky-premium-product.html');
const storeProduct = corpusPage('kaspersky/usa-premium.html');

// Storage keys as the extension writes them (src/settings/store.ts, src/background/dismissals.ts).
const USER_SETTINGS_KEY = 'userSettings';
const DISMISSALS_KEY = 'siteDismissals';
const DAY_MS = 86_400_000;

/** Firefox removes a temporary add-on at shutdown, and its storage with it unless told to keep it. */
const KEEP_STORAGE_PREFS = {
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

type StorageArea = 'local' | 'session';
declare const browser: { storage: Record<StorageArea, { get(): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>; runtime: { reload(): void } } | undefined;
declare const chrome: { storage: Record<StorageArea, { get(): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>; runtime: { reload(): void } };

async function storage(ext: ExtensionBrowser, area: StorageArea): Promise<Record<string, unknown>> {
  return ext.inExtension(async (name: StorageArea) => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    return api.storage[name].get();
  }, area);
}

async function writeLocal(ext: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  await ext.inExtension(async (values: Record<string, unknown>) => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    await api.storage.local.set(values);
  }, items);
}

const warnings = (): number => document.querySelectorAll('[data-kaspersky-warning]').length;
const showsProductNotice = (): boolean => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function badgeBecomes(ext: ExtensionBrowser, page: TestPage, text: string): Promise<string> {
  return eventually(async () => ((await ext.badgeText(page.tabId)) === text ? text : undefined), 8_000);
}

function dismissal(domain: string): Record<string, unknown> {
  const now = Date.now();
  return { [domain]: { domain, dismissedAt: now, expiresAt: now + 30 * DAY_MS, factsVersion: FACTS_VERSION } };
}

async function launch(name: BrowserName, server: SiteServer, extra: Partial<LaunchOptions> = {}): Promise<ExtensionBrowser> {
  const options: LaunchOptions = { proxyPort: server.port, ...extra };
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** The Playwright page behind a harness tab (Chromium), found by its URL. */
function playwrightPage(context: BrowserContext, url: string): Page {
  const page = context.pages().find((candidate) => candidate.url() === url);
  if (!page) throw new Error(`no open page at ${url}`);
  return page;
}

/** Collects uncaught exceptions from every world of a page, the content script's isolated world included. */
async function watchExceptions(context: BrowserContext, page: Page): Promise<{ session: CDPSession; errors: string[] }> {
  const session = await context.newCDPSession(page);
  const errors: string[] = [];
  session.on('Runtime.exceptionThrown', (event) => errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text));
  await session.send('Runtime.enable');
  return { session, errors };
}

let server: SiteServer;
const profiles: string[] = [];
let open: ExtensionBrowser | null = null;

beforeAll(async () => {
  server = new SiteServer();
  serveCorpus(server, [amazonProduct, storeProduct]);
  await server.start();
});
afterEach(async () => {
  await open?.close().catch(() => undefined);
  open = null;
});
afterAll(async () => {
  await server?.stop();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
});

describe('lifecycle [chromium]', () => {
  it('service worker stopped and restarted: badge, popup state and dismissals intact', async () => {
    const ext = (open = await launch('chromium', server)) as ExtensionBrowser & { context: BrowserContext };
    await writeLocal(ext, { [DISMISSALS_KEY]: dismissal('kaspersky.com') });
    const page = await ext.openPage(amazonProduct.url);
    await waitInPage(page, showsProductNotice, undefined, 8_000);
    expect(await badgeBecomes(ext, page, '!')).toBe('!');
    const sessionBefore = await storage(ext, 'session');

    // Stop the extension's service worker, as the browser does to an idle one. The DevTools
    // protocol sees it from a page of the extension's own origin (the harness's probe tab).
    const probe = ext.context.pages().find((candidate) => candidate.url().startsWith(ext.extensionBase))!;
    const cdp = await ext.context.newCDPSession(probe);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL.startsWith(ext.extensionBase)) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await eventually(async () => (statuses.at(-1) === 'stopped' ? true : undefined), 10_000);

    // The badge belongs to the browser; the popup's state is read back from storage.session
    // by a fresh worker, which starts again for the popup's message.
    expect(await ext.badgeText(page.tabId)).toBe('!');
    expect(await storage(ext, 'session')).toEqual(sessionBefore);
    const popup = await ext.openPage(`${ext.extensionBase}src/popup/index.html?tab=${page.tabId}`);
    await waitInPage(popup, () => (document.body.textContent ?? '').includes('Kaspersky Premium'), undefined, 8_000);
    await popup.close();
    expect(statuses.at(-1), 'a fresh worker answered the popup').toBe('running');
    await cdp.detach();

    // The restarted worker still knows the dismissal (it lives in storage.local) and still handles new pages.
    const store = await ext.openPage(storeProduct.url);
    const other = await ext.openPage(`${amazonProduct.url}?after-restart=1`);
    await waitInPage(other, showsProductNotice, undefined, 8_000);
    expect(await badgeBecomes(ext, other, '!')).toBe('!');
    expect(await store.evaluate(warnings)).toBe(0);
    expect(await ext.inExtension(async () => (await (typeof browser !== 'undefined' ? browser : chrome).storage.local.get()) as Record<string, unknown>)).toHaveProperty(DISMISSALS_KEY);
  });

  it('extension reloaded while a warned page is open: the orphaned script goes quiet, no errors, no duplicate', async () => {
    const ext = (open = await launch('chromium', server)) as ExtensionBrowser & { context: BrowserContext };
    const page = await ext.openPage(amazonProduct.url);
    await waitInPage(page, showsProductNotice, undefined, 8_000);
    const { errors } = await watchExceptions(ext.context, playwrightPage(ext.context, amazonProduct.url));

    const workerBack = ext.context.waitForEvent('serviceworker', { timeout: 15_000 });
    // The probe page closes with the reload, so the call may not return.
    await ext.inExtension(() => void setTimeout(() => (typeof browser !== 'undefined' ? browser : chrome).runtime.reload(), 50)).catch(() => undefined);
    await workerBack;

    // Everything that wakes the old script: new Kaspersky text, a route change, the page removing the notice.
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Kaspersky Premium Total Security — also available as a 3-device plan';
      document.body.append(note);
      history.pushState({}, '', location.pathname + '?variant=3-devices');
      document.querySelector('[data-kaspersky-warning]')?.remove();
    });
    await sleep(2_500);
    expect(errors).toEqual([]);
    // The page removed the old notice; an orphaned script must not put it (or another) back.
    expect(await page.evaluate(warnings)).toBe(0);

    // The reloaded extension takes the page over on its next load: one notice, the badge.
    await page.goto(amazonProduct.url);
    await waitInPage(page, showsProductNotice, undefined, 8_000);
    await sleep(1_000);
    expect(await page.evaluate(warnings)).toBe(1);
    expect(await badgeBecomes(ext, page, '!')).toBe('!');
    expect(errors).toEqual([]);
  });
});

describe('lifecycle [firefox]', () => {
  it('extension reloaded while a warned page is open: no duplicate notice, and the next load warns once', async () => {
    const ext = (open = await launch('firefox', server));
    const page = await ext.openPage(amazonProduct.url);
    await waitInPage(page, showsProductNotice, undefined, 8_000);
    // After this, the probe tab is gone (Firefox closes the extension's pages): only in-page checks remain.
    await ext.inExtension(() => void setTimeout(() => (typeof browser !== 'undefined' ? browser : chrome).runtime.reload(), 50)).catch(() => undefined);
    await sleep(4_000);
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Kaspersky Premium Total Security — also available as a 3-device plan';
      document.body.append(note);
      history.pushState({}, '', location.pathname + '?variant=3-devices');
    });
    await sleep(2_000);
    expect(await page.evaluate(warnings)).toBeLessThanOrEqual(1);
    await page.goto(amazonProduct.url);
    await waitInPage(page, showsProductNotice, undefined, 8_000);
    await sleep(1_000);
    expect(await page.evaluate(warnings)).toBe(1);
  });
});

for (const name of ['chromium', 'firefox'] as const) {
  describe(`browser restart [${name}]`, () => {
    it('settings and dismissals survive a restart with the same profile, and are applied', async () => {
      const profileDir = mkdtempSync(join(tmpdir(), `ksw-restart-${name}-`));
      profiles.push(profileDir);
      const extra: Partial<LaunchOptions> = { profileDir, ...(name === 'firefox' ? { firefoxPrefs: KEEP_STORAGE_PREFS } : {}) };

      const first = (open = await launch(name, server, extra));
      // What the details page and the notice's "don't warn me on this site" write.
      await writeLocal(first, { [USER_SETTINGS_KEY]: { showNotices: false }, [DISMISSALS_KEY]: dismissal('kaspersky.com') });
      const before = await storage(first, 'local');
      await first.close();
      open = null;

      const second = (open = await launch(name, server, extra));
      const after = await storage(second, 'local');
      expect(after[USER_SETTINGS_KEY]).toEqual(before[USER_SETTINGS_KEY]);
      expect(after[DISMISSALS_KEY]).toEqual(before[DISMISSALS_KEY]);

      // Applied: notices off means the badge alone on Amazon, and nothing at all on the dismissed site.
      const page = await second.openPage(amazonProduct.url);
      expect(await badgeBecomes(second, page, '!')).toBe('!');
      await sleep(1_000);
      expect(await page.evaluate(warnings)).toBe(0);
    });
  });
}
