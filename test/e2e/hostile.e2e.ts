/**
 * Hostile and broken pages, in Chromium and Firefox. A shop that would rather its Kaspersky
 * listing went unremarked can fight the notice; a heavy page can bury the extension in
 * frames; a page can navigate while we look. None of it may make the extension throw,
 * loop, duplicate its UI, run where it should not, or lose the warning for good.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { readFixture } from '../fixtures/load';
import { corpusPage, serveCorpus } from './corpus-server';
import { eventually, forEachBrowser, waitInPage, type TestPage } from './harness';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), 'pages/hostile');
const hostileScript = (name: string): string => readFileSync(resolve(PAGES, name), 'utf8');

const product = corpusPage('amazon/kaspersky-premium-product.html');
const norton = corpusPage('amazon/norton-360-product.html');
const PRODUCT_HTML = readFixture(product.file);
const GENERIC_HTML = readFileSync(resolve(PAGES, 'generic-product.html'), 'utf8');
const GENERIC_URL = 'https://www.example-software-shop.com/products/kaspersky-premium';

/** The Kaspersky product page, served under its product URL plus a query naming the scenario. */
const variant = (name: string): string => `${product.url}?hostile=${name}`;
/** The product page with a script that runs before anything else on it. */
const withHeadScript = (html: string, script: string): string => html.replace(/<head>/i, `<head><script>${script}</script>`);

/** Frames in all; every HTTP_FRAME_EVERY-th loads a product page over https, the rest stay empty. */
const FRAME_COUNT = 500;
const HTTP_FRAME_EVERY = 20;
const FRAME_URL = 'https://www.amazon.com/hostile/frame';
const PAYMENT_FRAME_URL = 'https://js.stripe.com/v3/elements-inner-card-8f3a.html';
const CHECKOUT_URL = 'https://checkout.example-software-shop.com/checkout';
const HOPS = 6;

/** Reports, from inside a frame, anything added to its document after load (our notice would be). */
const FRAME_WATCHER = `
  const added = [];
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) added.push(node.tagName + (node.hasAttribute('data-kaspersky-warning') ? '[warning]' : ''));
  }).observe(document, { childList: true, subtree: true });
  setTimeout(() => parent.postMessage({ frameReport: { added, warnings: document.querySelectorAll('[data-kaspersky-warning]').length } }, '*'), 2500);
`;

const PAYMENT_FRAME_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Secure payment</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kaspersky Premium","brand":{"@type":"Brand","name":"Kaspersky"}}</script>
</head><body><h1>Kaspersky Premium Total Security</h1><p>Order summary: Kaspersky Premium, 5 devices — $39.99</p>
<form><input name="cardnumber" autocomplete="cc-number"><button id="pay">Pay now</button></form>
<script>${FRAME_WATCHER}</script></body></html>`;

const CHECKOUT_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Checkout</title></head><body>
<h1>Checkout</h1><p>Your order: 1 × USB cable — $9.99</p>
<iframe id="payment" title="Secure payment" src="${PAYMENT_FRAME_URL}" style="width:400px;height:300px"></iframe>
<script>window.frameReports = []; addEventListener('message', (event) => { if (event.data && event.data.frameReport) window.frameReports.push(event.data.frameReport); });</script>
</body></html>`;

const FRAME_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Kaspersky Premium Total Security</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kaspersky Premium","brand":{"@type":"Brand","name":"Kaspersky"}}</script>
</head><body><h1 id="title">Kaspersky Premium Total Security</h1><span id="bylineInfo">Visit the Kaspersky Store</span><button id="add-to-cart-button">Add to Cart</button></body></html>`;

/**
 * After load, appends thousands of frames at once (a burst the gate's mutation observer must
 * absorb); some load a same-origin Kaspersky product page over https, where a content script
 * injected into all frames would run. (Thousands of loaded frames take minutes on CI.)
 */
const MANY_FRAMES = `
  // Shortly after load, so that the test's navigation has finished before the burst.
  addEventListener('load', () => setTimeout(() => {
    const box = document.createElement('div');
    box.id = 'frames';
    for (let i = 0; i < ${FRAME_COUNT}; i += 1) {
      const frame = document.createElement('iframe');
      if (i % ${HTTP_FRAME_EVERY} === 0) frame.src = '${FRAME_URL}?n=' + i;
      frame.width = '40';
      frame.height = '20';
      box.append(frame);
    }
    document.body.append(box);
  }, 300));
`;

/** A product page that moves on to the next hop by itself, sooner or later, mid-detection. */
function hopPage(hop: number, last: string): string {
  const next = hop + 1 < HOPS ? `${product.url}?hop=${hop + 1}&last=${encodeURIComponent(last)}` : last;
  const delay = [0, 40, 5, 120, 15, 250][hop % 6];
  return withHeadScript(PRODUCT_HTML, `setTimeout(() => location.replace(${JSON.stringify(next)}), ${delay});`);
}

/** A single-page app that flips between a Kaspersky product and an unrelated view, then rests. */
const SPA_CHURN = `
  addEventListener('DOMContentLoaded', () => {
    const main = document.getElementById('dp');
    const kaspersky = main.innerHTML;
    const other = '<h1 id="title"><span id="productTitle">Anker USB-C charging cable, 6 ft</span></h1><div id="bylineInfo">Visit the Anker Store</div>';
    let flips = 0;
    const rest = new URLSearchParams(location.search).get('rest');
    const timer = setInterval(() => {
      flips += 1;
      const showKaspersky = flips % 2 === 0;
      main.innerHTML = showKaspersky ? kaspersky : other;
      document.title = showKaspersky ? 'Kaspersky Premium' : 'Anker USB-C cable';
      history.pushState({}, '', showKaspersky ? '/Kaspersky-Premium/dp/B0BLHQ7XRT?spa=1&rest=' + rest : '/Anker-USB-C-Cable/dp/B0ANKER001?spa=1&rest=' + rest);
      if (flips >= 40) {
        clearInterval(timer);
        const final = rest === 'kaspersky';
        main.innerHTML = final ? kaspersky : other;
        document.title = final ? 'Kaspersky Premium' : 'Anker USB-C cable';
        history.pushState({}, '', final ? '/Kaspersky-Premium/dp/B0BLHQ7XRT?spa=done' : '/Anker-USB-C-Cable/dp/B0ANKER001?spa=done');
        window.__churnDone = true;
      }
    }, 15);
  });
`;

const showsWarning = (kind: string): boolean => document.querySelectorAll(`[data-kaspersky-warning="${kind}"]`).length > 0;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** How late a zero-delay timer fires in the page: a busy main thread (say, a restore loop) shows here. */
async function timerLagMs(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    return new Promise<number>((resolvePromise) => setTimeout(() => resolvePromise(performance.now() - start), 0));
  });
}

async function expectBadge(ctx: { browser: { badgeText(tabId: number): Promise<string> } }, page: TestPage, text: string): Promise<void> {
  if (text) expect(await eventually(async () => ((await ctx.browser.badgeText(page.tabId)) === text ? text : undefined), 8_000)).toBe(text);
  else expect(await ctx.browser.badgeText(page.tabId)).toBe('');
}

/** Waits until the tab shows `url` (navigations in flight make evaluate fail meanwhile). */
async function waitForLocation(page: TestPage, url: string, timeout = 15_000): Promise<void> {
  await eventually(async () => ((await page.evaluate(() => location.href).catch(() => '')) === url ? true : undefined), timeout);
  await page.evaluate(() => new Promise<void>((r) => (document.readyState === 'complete' ? r() : addEventListener('load', () => r()))));
}

const tempDir = mkdtempSync(join(tmpdir(), 'ksw-hostile-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

forEachBrowser(
  'hostile pages',
  (server) => {
    serveCorpus(server, [product, norton]);
    server.add(variant('csp'), { body: PRODUCT_HTML, headers: { 'content-security-policy': "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'" } });
    server.add(variant('overrides'), { body: withHeadScript(PRODUCT_HTML, hostileScript('overrides.js')) });
    server.add(variant('remover'), { body: withHeadScript(PRODUCT_HTML, hostileScript('remover.js')) });
    server.add(variant('restyler'), { body: withHeadScript(PRODUCT_HTML, hostileScript('restyler.js')) });
    server.add(variant('custom-element'), { body: withHeadScript(PRODUCT_HTML, hostileScript('custom-element.js')) });
    server.add(variant('decoy'), { body: withHeadScript(PRODUCT_HTML, hostileScript('decoy.js')) });
    server.add(variant('frames'), { body: withHeadScript(PRODUCT_HTML, MANY_FRAMES) });
    server.add(FRAME_URL, { body: FRAME_HTML });
    server.add(CHECKOUT_URL, { body: CHECKOUT_HTML });
    server.add(PAYMENT_FRAME_URL, { body: PAYMENT_FRAME_HTML });
    server.add(GENERIC_URL, { body: GENERIC_HTML });
    // Hops and SPA states share the product path; the query decides what is served.
    server.add(product.url.replace(/\?.*$/, ''), (request) => {
      const query = new URL(request.url ?? '/', 'http://x').searchParams;
      if (query.has('hop')) return { body: hopPage(Number(query.get('hop')), query.get('last') ?? norton.url) };
      if (query.has('spa')) return { body: withHeadScript(PRODUCT_HTML, SPA_CHURN) };
      return { body: PRODUCT_HTML };
    });
  },
  (ctx) => {
    it("strict CSP (default-src 'none', Trusted Types): the notice still loads, renders and is styled", async () => {
      const page = await ctx.browser.openPage(variant('csp'));
      await waitInPage(page, showsWarning, 'product', 8_000);
      // Styles come from a constructable stylesheet inside the shadow root, which CSP does not block.
      const box = await page.evaluate(() => {
        const rect = document.querySelector('[data-kaspersky-warning="product"]')!.getBoundingClientRect();
        return { width: rect.width, height: rect.height };
      });
      expect(box.height).toBeGreaterThan(20);
      expect(box.width).toBeGreaterThan(100);
      await expectBadge(ctx, page, '!');
      await page.close();
    });

    it("a page that rewrites DOM built-ins in its own world does not reach the extension's isolated world", async () => {
      const page = await ctx.browser.openPage(variant('overrides'));
      expect(await page.evaluate(() => (window as unknown as { __overridden?: boolean }).__overridden)).toBe(true);
      await waitInPage(page, () => (window as unknown as { __originals: { querySelectorAll: typeof document.querySelectorAll } }).__originals.querySelectorAll.call(document, '[data-kaspersky-warning="product"]').length === 1, undefined, 8_000);
      await expectBadge(ctx, page, '!');
      await page.close();
    });

    it('a page that removes the notice whenever it appears: no removal/restore loop, page stays responsive, badge stays', async () => {
      const page = await ctx.browser.openPage(variant('remover'));
      await waitInPage(page, () => (window as unknown as { __warningFight: { inserted: number } }).__warningFight.inserted >= 1, undefined, 8_000);
      await sleep(4_000);
      // Restores are bounded: a removal/restore loop would have run thousands of times by now.
      expect(await page.evaluate(() => (window as unknown as { __warningFight: { inserted: number } }).__warningFight.inserted)).toBeLessThanOrEqual(25);
      expect(await timerLagMs(page)).toBeLessThan(250);
      // The page can hide its own DOM, not the toolbar badge.
      await expectBadge(ctx, page, '!');
      await page.close();
    });

    it('a page that restyles the notice away, from CSS and from script: bounded, no duplicates, responsive', async () => {
      const page = await ctx.browser.openPage(variant('restyler'));
      await waitInPage(page, () => (window as unknown as { __warningFight: { inserted: number } }).__warningFight.inserted >= 1, undefined, 8_000);
      await sleep(2_000);
      const restyles = () => (window as unknown as { __warningFight: { restyled: number } }).__warningFight.restyled;
      const before = await page.evaluate(restyles);
      await sleep(2_000);
      const after = await page.evaluate(restyles);
      // The page's own 50 ms timer restyles ~40 times in 2 s; a tug-of-war with the extension would be far more.
      expect(after - before).toBeLessThan(200);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBeLessThanOrEqual(1);
      expect(await timerLagMs(page)).toBeLessThan(250);
      await expectBadge(ctx, page, '!');
      await page.close();
    });

    it("a page that defines a custom element with the notice's tag name cannot take it over", async () => {
      const page = await ctx.browser.openPage(variant('custom-element'));
      await waitInPage(page, showsWarning, 'product', 8_000);
      const notice = await page.evaluate(() => {
        const element = document.querySelector('[data-kaspersky-warning="product"]') as HTMLElement;
        const rect = element.getBoundingClientRect();
        // An open shadow root or a zero-sized box would mean the page's class took the element over.
        return { openShadow: element.shadowRoot !== null, height: rect.height, display: getComputedStyle(element).display };
      });
      expect(notice.openShadow).toBe(false);
      expect(notice.display).not.toBe('none');
      expect(notice.height).toBeGreaterThan(20);
      await page.close();
    });

    it('decoy elements carrying the warning attribute do not suppress the real notice', async () => {
      const page = await ctx.browser.openPage(variant('decoy'));
      await waitInPage(page, () => Array.from(document.querySelectorAll('[data-kaspersky-warning="product"]')).some((element) => !element.classList.contains('decoy')), undefined, 8_000);
      await expectBadge(ctx, page, '!');
      await page.close();
    });

    it(`${FRAME_COUNT} frames, ${FRAME_COUNT / HTTP_FRAME_EVERY} of them Kaspersky product pages: the notice only in the top frame, page responsive`, async () => {
      const page = await ctx.browser.openPage(variant('frames'));
      await waitInPage(page, (count) => document.querySelectorAll('#frames iframe').length === count, FRAME_COUNT, 15_000);
      await waitInPage(page, (expected) => Array.from(document.querySelectorAll<HTMLIFrameElement>('#frames iframe[src]')).filter((frame) => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.getElementById('title') !== null).length === expected, FRAME_COUNT / HTTP_FRAME_EVERY, 60_000);
      await waitInPage(page, showsWarning, 'product', 8_000);
      await sleep(1_000);
      const inFrames = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLIFrameElement>('#frames iframe')).reduce((sum, frame) => sum + (frame.contentDocument?.querySelectorAll('[data-kaspersky-warning]').length ?? 0), 0));
      expect(inFrames).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(1);
      expect(await timerLagMs(page)).toBeLessThan(250);
      await page.close();
    }, 120_000);

    it('nothing runs inside a payment iframe, even one full of Kaspersky product data', async () => {
      const page = await ctx.browser.openPage(CHECKOUT_URL);
      await waitInPage(page, () => (window as unknown as { frameReports: unknown[] }).frameReports.length > 0, undefined, 15_000);
      const [report] = await page.evaluate(() => (window as unknown as { frameReports: Array<{ added: string[]; warnings: number }> }).frameReports);
      expect(report).toEqual({ added: [], warnings: 0 });
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
      expect(await ctx.browser.badgeText(page.tabId)).toBe('');
      await page.close();
    });

    it('a chain of pages that navigate away mid-detection ends with the last page\'s answer only', async () => {
      // Ends on a competitor's page: no late verdict from the earlier Kaspersky pages may stick.
      const page = await ctx.browser.openPage(`${product.url}?hop=0&last=${encodeURIComponent(norton.url)}`);
      await waitForLocation(page, norton.url);
      await sleep(2_000);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
      expect(await ctx.browser.badgeText(page.tabId)).toBe('');
      // Ends on a Kaspersky page: exactly one notice and the badge.
      await page.goto(`${product.url}?hop=0&last=${encodeURIComponent(variant('chain-end'))}`);
      await waitForLocation(page, variant('chain-end'));
      await waitInPage(page, showsWarning, 'product', 8_000);
      await sleep(1_000);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(1);
      await expectBadge(ctx, page, '!');
      await page.close();
    }, 90_000);

    it('a single-page app flipping routes every 15 ms settles on the right answer', async () => {
      const page = await ctx.browser.openPage(`${product.url}?spa=0&rest=other`);
      await waitInPage(page, () => (window as unknown as { __churnDone?: boolean }).__churnDone === true, undefined, 10_000);
      await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning]').length === 0, undefined, 8_000);
      await sleep(1_000);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
      await eventually(async () => ((await ctx.browser.badgeText(page.tabId)) === '' ? true : undefined), 8_000);

      await page.goto(`${product.url}?spa=0&rest=kaspersky`);
      await waitInPage(page, () => (window as unknown as { __churnDone?: boolean }).__churnDone === true, undefined, 10_000);
      await waitInPage(page, showsWarning, 'product', 8_000);
      await sleep(1_000);
      expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(1);
      await expectBadge(ctx, page, '!');
      await page.close();
    }, 60_000);

    it('the generic Kaspersky product page is warned on over https (control for the next test)', async () => {
      const page = await ctx.browser.openPage(GENERIC_URL);
      await waitInPage(page, showsWarning, 'product', 8_000);
      await page.close();
    });

    it('the same page as about:blank, data: or file: gets nothing (content scripts match http/https only)', async () => {
      const file = join(tempDir, 'kaspersky-premium.html');
      writeFileSync(file, GENERIC_HTML);
      const blank = await ctx.browser.openPage('about:blank');
      await blank.evaluate((html) => {
        document.open();
        document.write(html);
        document.close();
      }, GENERIC_HTML);
      const data = await ctx.browser.openPage(`data:text/html;base64,${Buffer.from(GENERIC_HTML).toString('base64')}`);
      const local = await ctx.browser.openPage(`file://${file}`);
      await sleep(2_000);
      for (const page of [blank, data, local]) {
        expect(await page.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toContain('Kaspersky Premium');
        expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
        expect(await ctx.browser.badgeText(page.tabId)).toBe('');
        await page.close();
      }
    });

    it("the extension's own pages, which talk about Kaspersky throughout, get no notice", async () => {
      for (const path of ['src/details/index.html', 'src/popup/index.html']) {
        const page = await ctx.browser.openPage(`${ctx.browser.extensionBase}${path}`);
        await waitInPage(page, () => (document.body?.textContent ?? '').includes('Kaspersky'), undefined, 8_000);
        await sleep(1_000);
        expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
        await page.close();
      }
    });
  },
);
