import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserExecutable } from './executables';
import { DIST, FIREFOX_EXTENSION_UUID, GECKO_ID } from './paths';
import { newTabId, openTrackedTab, readBadge, tabIds, type ProbeRunner } from './probe';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';

function wrap(page: Page, tabId: number): TestPage {
  return {
    tabId,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

/** Finds an open tab by its real location (puppeteer's page.url() can lag behind in Firefox). */
async function findPage(browser: Browser, matches: (href: string) => boolean, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (matches(href)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out looking for a tab');
}

/**
 * Firefox reaches the test sites through the site server acting as an HTTP proxy (it has
 * no host-resolver flag). Pinning the add-on's moz-extension UUID lets tests open its pages.
 */
export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser & { browser: Browser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    ...(options.profileDir === undefined ? {} : { userDataDir: options.profileDir }),
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [options.geckoId ?? GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(options.firefoxExtensionDir ?? DIST.firefox);
  const extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  // WebDriver may not navigate to moz-extension:// URLs, but it can drive a tab the
  // extension opened itself: the first-run page that installation opens.
  const probePage = await findPage(browser, (href) => href.startsWith(extensionBase));
  const probe: ProbeRunner = { run: (fn, arg) => probePage.evaluate(fn as never, arg) as never };
  return {
    name: 'firefox',
    browser,
    extensionBase,
    async openPage(url) {
      if (url?.startsWith(extensionBase)) {
        // Opened by the extension itself (see above), then found among the tabs.
        const before = await tabIds(probe);
        await probe.run((href: string) => (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({ url: href }), url);
        const tabId = await newTabId(probe, before);
        return wrap(await findPage(browser, (href) => href === url), tabId);
      }
      return openTrackedTab(probe, () => browser.newPage(), wrap, url);
    },
    badgeText: (tabId) => readBadge(probe, tabId),
    inExtension: (fn, arg) => probe.run(fn, arg),
    close: () => browser.close(),
  };
}
