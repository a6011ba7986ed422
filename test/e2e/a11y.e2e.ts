/**
 * Accessibility in real Chromium with axe-core: no serious or critical violation (WCAG 2.x
 * A/AA rules) on the in-page notice, the checkout notice, the listing marker, the
 * confirmation (normal and block mode), in light and dark colour schemes, and on the popup
 * and the details page.
 *
 * Why a harness page for the in-page warnings: the extension renders them into CLOSED
 * shadow roots, which no page script — axe included — can enter, and production code must
 * not open them for tests. test/e2e/pages/a11y-harness.ts mounts the same components with
 * the same stylesheets and the built English messages into OPEN shadow roots (only the mode
 * differs), bundled here with Vite from the real sources. Their behaviour in the closed
 * roots of the real extension (focus, Escape, live region) is covered by warning.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { SiteServer } from './harness/site-server';
import { launchChromium } from './harness/chromium';
import { DIST, ROOT } from './harness/paths';
import { corpusPage, serveCorpus } from './corpus-server';
import type { ExtensionBrowser } from './harness/types';

const HARNESS = 'https://a11y-harness.test';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

async function bundleHarness(): Promise<string> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(ROOT, 'test/e2e/pages/a11y-harness.ts'), formats: ['iife'], name: 'a11yHarness', fileName: () => 'harness.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('a11y harness did not build');
  return chunk.code;
}

const page = (slots: string, block = false) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warning components</title></head>
<body><main><h1>Warning components</h1>${slots}</main>
<script src="/messages.js"></script>${block ? '<script>window.KSW_BLOCK = true;</script>' : ''}<script src="/harness.js"></script><script src="/axe.js"></script></body></html>`;

/** Runs axe in the page (a plain string evaluation, so extension-page CSPs do not block it). */
async function seriousViolations(target: Page): Promise<string[]> {
  const loaded = await target.evaluate('typeof window.axe === "object"');
  if (!loaded) await target.evaluate(axe.source);
  const violations = (await target.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG)} } }).then((r) => r.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 200)}`);
}

describe('accessibility (axe-core, Chromium)', () => {
  let server: SiteServer;
  let browser: ExtensionBrowser & { context: BrowserContext };

  beforeAll(async () => {
    server = new SiteServer();
    serveCorpus(server);
    const messages = readFileSync(resolve(DIST.chromium, '_locales/en/messages.json'), 'utf8');
    const js = (body: string) => ({ contentType: 'text/javascript; charset=utf-8', body });
    server.add(`${HARNESS}/messages.js`, js(`window.KSW_MESSAGES = ${messages};`));
    server.add(`${HARNESS}/harness.js`, js(await bundleHarness()));
    server.add(`${HARNESS}/axe.js`, js(axe.source));
    server.page(`${HARNESS}/notices`, page('<div id="slot-notice"></div><div id="slot-checkout"></div><ul><li id="slot-listing"><a href="#">Kaspersky Standard</a></li></ul>'));
    server.page(`${HARNESS}/confirm`, page('<p>Shop page</p><div id="slot-confirm"></div>'));
    server.page(`${HARNESS}/confirm-block`, page('<p>Shop page</p><div id="slot-confirm"></div>', true));
    await server.start();
    browser = await launchChromium({ proxyPort: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openHarness(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
    const tab = await browser.context.newPage();
    await tab.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await tab.goto(`${HARNESS}${path}`);
    await tab.waitForFunction(() => document.body.dataset.ready === '1');
    return tab;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`notice, checkout notice and listing marker (${scheme})`, async () => {
      const tab = await openHarness('/notices', scheme);
      // The components really rendered (an empty page would pass axe trivially).
      expect(await tab.evaluate(() => document.querySelector('[data-kaspersky-warning-test="notice"]')!.shadowRoot!.textContent)).toContain('July 20, 2024');
      expect(await seriousViolations(tab)).toEqual([]);
      await tab.close();
    });

    it(`confirmation, normal and block mode (${scheme})`, async () => {
      for (const path of ['/confirm', '/confirm-block']) {
        const tab = await openHarness(path, scheme);
        const role = await tab.evaluate(() => document.querySelector('[data-kaspersky-warning-test="confirm"]')!.shadowRoot!.querySelector('[role="alertdialog"]') !== null);
        expect(role).toBe(true);
        expect(await seriousViolations(tab)).toEqual([]);
        await tab.close();
      }
    });
  }

  it('popup on a flagged tab, and the details page', async () => {
    const product = await browser.openPage(corpusPage('amazon/kaspersky-premium-product.html').url);
    const popup = await browser.context.newPage();
    await popup.goto(`${browser.extensionBase}src/popup/index.html?tab=${product.tabId}`);
    await popup.waitForSelector('[data-status]');
    expect(await seriousViolations(popup)).toEqual([]);
    const details = await browser.context.newPage();
    await details.goto(`${browser.extensionBase}src/details/index.html`);
    await details.waitForLoadState('load');
    await details.waitForFunction(() => (document.body.textContent ?? '').length > 200);
    expect(await seriousViolations(details)).toEqual([]);
    await popup.close();
    await details.close();
    await product.close();
  });
});
