import { expect, it } from 'vitest';
import { eventually, forEachBrowser, waitInPage, warningCount } from './harness';
import { corpusPage, serveCorpus } from './corpus-server';

const kasperskyOnAmazon = corpusPage('amazon/kaspersky-premium-product.html');
const nortonOnAmazon = corpusPage('amazon/norton-360-product.html');
const kasperskyStore = corpusPage('kaspersky/usa-premium.html');

forEachBrowser('foundation', (server) => serveCorpus(server), (ctx) => {
  it('warns on a Kaspersky product page on amazon.com and sets the badge', async () => {
    const page = await ctx.browser.openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    expect(await eventually(async () => ((await ctx.browser.badgeText(page.tabId)) || undefined))).toBe('!');
    // The notice's content is in a closed shadow root: the page cannot read it.
    expect(await page.evaluate(() => document.querySelector('[data-kaspersky-warning]')!.shadowRoot)).toBeNull();
    await page.close();
  });

  it("warns on Kaspersky's own storefront", async () => {
    const page = await ctx.browser.openPage(kasperskyStore.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    await page.close();
  });

  it('stays silent on a competitor product page that mentions Kaspersky, badge empty', async () => {
    const page = await ctx.browser.openPage(nortonOnAmazon.url);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(warningCount, 'product')).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    expect(await ctx.browser.badgeText(page.tabId)).toBe('');
    await page.close();
  });

  it('the popup names the flagged product, both dates and the primary sources', async () => {
    const page = await ctx.browser.openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
    const popup = await ctx.browser.openPage(`${ctx.browser.extensionBase}src/popup/index.html?tab=${page.tabId}`);
    await waitInPage(popup, () => document.querySelector('[data-status]') !== null);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Kaspersky Premium');
    expect(text).toContain('July 20, 2024');
    expect(text).toContain('September 29, 2024');
    const links = await popup.evaluate(() => Array.from(document.querySelectorAll('a')).map((a) => a.href));
    expect(links).toContain('https://www.bis.gov/press-release/commerce-department-prohibits-russian-kaspersky-software-us-customers');
    expect(links).toContain('https://www.federalregister.gov/d/2024-13532');
    await popup.close();
    await page.close();
  });
});
