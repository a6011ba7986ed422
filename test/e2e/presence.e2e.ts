/**
 * "Kaspersky already on this computer": pages carrying Kaspersky's web-protection
 * injector (served here under a real `*.scr.kaspersky-labs.com` hostname, with a
 * harmless script) on two different sites lead to one notice and a popup section; one
 * site alone, and look-alike hosts, lead to nothing.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_HOSTS, eventually, forEachBrowser, SiteServer, waitInPage, type ExtensionBrowser, type TestPage } from './harness';
import { launchChromium } from './harness/chromium';
import { DIST } from './harness/paths';
import { CHROMIUM_POLICY_DIR, copyWithOwnId } from './harness/own-id';

const INJECTOR = 'https://gc.kis.v2.scr.kaspersky-labs.com/FD126C42-EBFA-4E12-B309-BB3FDD723AC1/main.js?attr=test';
const INJECTOR_CSS = 'https://gc.kis.v2.scr.kaspersky-labs.com/E3E8934C-235A-4B0E-825A-35A08381A191/abn/main.css?attr=test';

/** An ordinary article page; `head` is what Kaspersky's proxy (or a saved copy) put in. */
function article(title: string, head: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>${title}</h1><p>City council approves the new bike lanes after a long debate.</p></article></main></body></html>`;
}

const injected = `<script type="text/javascript" src="${INJECTOR}" charset="UTF-8"></script><link rel="stylesheet" crossorigin="anonymous" href="${INJECTOR_CSS}">`;

function serveInjector(server: SiteServer): void {
  server.add(INJECTOR, { contentType: 'text/javascript', body: '/* stands in for the injected web-protection script */' });
  server.add(INJECTOR_CSS, { contentType: 'text/css', body: '/* stands in for its stylesheet */' });
}

const presenceShown = (): boolean => document.querySelector('[data-kaspersky-presence]') !== null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function popupPresence(browser: ExtensionBrowser, tabId: number): Promise<boolean> {
  const popup = await browser.openPage(`${browser.extensionBase}src/popup/index.html?tab=${tabId}`);
  await waitInPage(popup, () => document.querySelector('[data-status]') !== null);
  await sleep(300);
  const shown = await popup.evaluate(() => document.querySelector('[data-presence]') !== null);
  await popup.close();
  return shown;
}

forEachBrowser(
  'Kaspersky web protection seen on two sites',
  (server) => {
    serveInjector(server);
    server.page('https://www.city-news-daily.com/local/bike-lanes', article('Bike lanes approved', injected));
    server.page('https://recipes.example-kitchen.org/soup', article('Winter soup', injected));
    server.page('https://weather.example-forecast.net/today', article('Sunny today', injected));
  },
  (ctx) => {
    it('one site alone shows nothing, however often it is visited', async () => {
      for (let i = 0; i < 2; i += 1) {
        const page = await ctx.browser.openPage('https://www.city-news-daily.com/local/bike-lanes');
        await sleep(800);
        expect(await page.evaluate(presenceShown)).toBe(false);
        expect(await popupPresence(ctx.browser, page.tabId)).toBe(false);
        await page.close();
      }
    });

    it('a second site shows the notice once, and the popup section', async () => {
      const page = await ctx.browser.openPage('https://recipes.example-kitchen.org/soup');
      await waitInPage(page, presenceShown);
      // It is not a shopping warning and sets no warning element or badge.
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
      expect(await ctx.browser.badgeText(page.tabId)).toBe('');
      expect(await popupPresence(ctx.browser, page.tabId)).toBe(true);
      await page.close();

      const next = await ctx.browser.openPage('https://weather.example-forecast.net/today');
      await sleep(800);
      expect(await next.evaluate(presenceShown)).toBe(false);
      await next.close();
    });

    it('nothing left the browser: no report without a reportUrl', () => {
      expect(ctx.server.requests.filter((r) => r.method !== 'GET' && !BROWSER_HOSTS.test(r.host)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    });
  },
);

forEachBrowser(
  'look-alike injector hosts',
  (server) => {
    const fakes = [
      'https://scr.kaspersky-labs.com.evil-cdn.example/FD12/main.js',
      'https://gc.kis.v2.scr.kaspersky-labs.com.evil-cdn.example/FD12/main.js',
      'https://evil-cdn.example/gc.kis.v2.scr.kaspersky-labs.com/main.js',
      'https://evil-cdn.example/main.js?u=https://gc.kis.v2.scr.kaspersky-labs.com/x/main.js',
    ];
    for (const url of fakes) server.add(url, { contentType: 'text/javascript', body: '/* fake */' });
    const head = fakes.map((url) => `<script src="${url}"></script>`).join('') + `<script>var copy = "${INJECTOR}";</script>`;
    server.page('https://www.city-news-daily.com/fakes', article('Fakes one', head));
    server.page('https://recipes.example-kitchen.org/fakes', article('Fakes two', head));
    server.page('https://weather.example-forecast.net/fakes', article('Fakes three', head));
  },
  (ctx) => {
    it('pages that fake the sign on three sites show nothing', async () => {
      for (const url of ['https://www.city-news-daily.com/fakes', 'https://recipes.example-kitchen.org/fakes', 'https://weather.example-forecast.net/fakes']) {
        const page = await ctx.browser.openPage(url);
        await sleep(600);
        expect(await page.evaluate(presenceShown)).toBe(false);
        await page.close();
      }
      const last = await ctx.browser.openPage('https://weather.example-forecast.net/fakes');
      expect(await popupPresence(ctx.browser, last.tabId)).toBe(false);
      await last.close();
    });
  },
);

describe('the administrator is told once a day when reportUrl is set [chromium, real policy file]', () => {
  const REPORT_URL = 'https://reports.example-corp.test/kaspersky-warning/events';
  const server = new SiteServer();
  const events: Array<Record<string, unknown>> = [];
  const policyFile = join(CHROMIUM_POLICY_DIR, `ksw-presence-e2e-${process.pid}-${Date.now()}.json`);
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;

  beforeAll(async () => {
    serveInjector(server);
    server.page('https://www.city-news-daily.com/a', article('A', injected));
    server.page('https://recipes.example-kitchen.org/b', article('B', injected));
    server.page('https://weather.example-forecast.net/c', article('C', injected));
    server.add(REPORT_URL, (request: IncomingMessage, body: string) => {
      if (request.method === 'POST') events.push(JSON.parse(body) as Record<string, unknown>);
      return { status: 204, body: '' };
    });
    await server.start();
    const extension = copyWithOwnId(DIST.chromium);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extension.id]: { reportUrl: REPORT_URL } } } }));
    browser = await launchChromium({ proxyPort: server.port, extensionDir: extension.dir, extensionId: extension.id });
    await eventually(
      async () => ((await browser!.inExtension(async () => (await chrome.storage.local.get('managedCache')).managedCache as { reportUrl?: string } | undefined))?.reportUrl ? true : undefined),
      15_000,
    );
  });

  afterAll(async () => {
    rmSync(policyFile, { force: true });
    await browser?.close();
    await server.stop();
  });

  it('sends one kaspersky_present event with the injector host, no page URL', async () => {
    const visit = async (url: string): Promise<void> => {
      const page: TestPage = await browser!.openPage(url);
      await sleep(700);
      await page.close();
    };
    await visit('https://www.city-news-daily.com/a');
    expect(events).toEqual([]);
    await visit('https://recipes.example-kitchen.org/b');
    await visit('https://weather.example-forecast.net/c');
    await eventually(async () => (events.length > 0 ? true : undefined), 10_000);
    await sleep(1000);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'kaspersky_present', host: 'gc.kis.v2.scr.kaspersky-labs.com' });
    expect(JSON.stringify(events[0])).not.toMatch(/city-news|kitchen|forecast|\/a|\/b/);
  });
});

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
