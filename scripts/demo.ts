/**
 * `npm start`: serves the demo pages under their real hostnames and opens Chromium with
 * the built extension at the Kaspersky product page. With no display, or with
 * `npm start -- --headless`, it visits each demo page headless, writes screenshots of the
 * pages and of the popup, and prints the folder.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SiteServer } from '../test/e2e/harness/site-server';
import { launchChromium } from '../test/e2e/harness/chromium';
import { ARTIFACTS } from '../test/e2e/harness/paths';
import { DEMO_PAGES } from './demo-pages';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = new SiteServer();
for (const page of DEMO_PAGES) server.page(page.url, page.html());
await server.start();
const browser = await launchChromium({ proxyPort: server.port, headless });

if (!headless) {
  const first = DEMO_PAGES[0]!;
  await browser.openPage(first.url);
  console.log(`Demo running. Pages (they resolve to the local demo server inside this browser only):`);
  for (const page of DEMO_PAGES) console.log(`  ${page.title.padEnd(34)} ${page.url}`);
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  const outDir = resolve(ARTIFACTS, 'screenshots');
  mkdirSync(outDir, { recursive: true });
  for (const demo of DEMO_PAGES) {
    const page = await browser.openPage(demo.url);
    await page.setViewport(demo.viewport?.width ?? 1280, demo.viewport?.height ?? 900);
    if (demo.waitFor) await waitFor(page, demo.waitFor);
    // Let the warning's entrance animation and the delayed live-region text settle.
    await new Promise((r) => setTimeout(r, 400));
    await demo.interact?.(page);
    await page.screenshot(resolve(outDir, `${demo.name}.png`));
    if (demo.popup) {
      const popup = await browser.openPage(`${browser.extensionBase}src/popup/index.html?tab=${page.tabId}`);
      await popup.setViewport(400, 600);
      await waitFor(popup, '[data-status]');
      await popup.screenshot(resolve(outDir, `popup-${demo.name}.png`));
      await popup.close();
    }
    await page.close();
  }
  const details = await browser.openPage(`${browser.extensionBase}src/details/index.html`);
  await details.screenshot(resolve(outDir, 'details.png'), true);
  await browser.close();
  await server.stop();
  console.log(`Screenshots written to ${outDir}`);
}

async function waitFor(page: { evaluate<T, A>(fn: (a: A) => T, arg?: A): Promise<T> }, selector: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await page.evaluate((s: string) => document.querySelector(s) !== null, selector)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  console.warn(`warning: ${selector} did not appear`);
}
