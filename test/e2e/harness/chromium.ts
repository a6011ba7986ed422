import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserExecutable } from './executables';
import { CHROME_EXTENSION_ID, DIST } from './paths';
import { openTrackedTab, readBadge, type ProbeRunner } from './probe';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';

function wrap(page: Page, tabId: number): TestPage {
  return {
    tabId,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/** Opens an extension page, retrying while the extension is still (re)loading. */
async function reopenProbe(context: BrowserContext, url: string, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  const page = await context.newPage();
  for (;;) {
    try {
      await page.goto(url);
      if (await page.evaluate(() => (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id !== undefined)) return page;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`the extension did not come back at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser & { context: BrowserContext }> {
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ksw-chromium-'));
  const extensionDir = options.extensionDir === undefined ? DIST.chromium : options.extensionDir;
  const extensionArgs = extensionDir === null ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserExecutable('chromium'),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionArgs,
      `--host-resolver-rules=MAP * 127.0.0.1:${options.proxyPort}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=AutofillServerCommunication,HttpsUpgrades',
      ...(options.extraArgs ?? []),
    ],
  });
  const extensionBase = `chrome-extension://${options.extensionId ?? CHROME_EXTENSION_ID}/`;
  let probe: ProbeRunner = { run: () => Promise.reject(new Error('the built extension is not loaded in this browser')) };
  if (extensionDir === DIST.chromium || (extensionDir !== null && options.extensionId !== undefined)) {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    let probePage = await context.newPage();
    await probePage.goto(`${extensionBase}src/popup/index.html?probe=1`);
    probe = {
      async run(fn, arg) {
        // Reloading the extension closes its pages: open the probe again once it is back.
        if (probePage.isClosed()) probePage = await reopenProbe(context, `${extensionBase}src/popup/index.html?probe=1`);
        return probePage.evaluate(fn as never, arg) as never;
      },
    };
  }
  return {
    name: 'chromium',
    context,
    extensionBase,
    async openPage(url) {
      return openTrackedTab(probe, () => context.newPage(), wrap, url);
    },
    badgeText: (tabId) => readBadge(probe, tabId),
    inExtension: (fn, arg) => probe.run(fn, arg),
    async close() {
      await context.close();
      if (options.profileDir === undefined) rmSync(profile, { recursive: true, force: true });
    },
  };
}
