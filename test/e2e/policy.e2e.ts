/**
 * Enterprise policy end to end, with a real policy file that Chromium reads from
 * /etc/chromium/policies/managed/ (needs root, which CI has).
 *
 * A policy file there applies to every Chromium on the machine. So that it cannot change
 * other tests running at the same time, the extension under test is a copy of the build
 * under a manifest `key` of its own — a different extension ID — and the policy names
 * only that ID. The file has a unique name and is removed after every test, always.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, SiteServer, waitInPage, type TestPage } from './harness';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { DIST } from './harness/paths';
import { copyWithOwnId } from './harness/own-id';
import { corpusPage, serveCorpus } from './corpus-server';

const POLICY_DIR = '/etc/chromium/policies/managed';
const REPORT_URL = 'https://reports.example-corp.test/kaspersky-warning/events';
const SUPPORT_URL = 'https://it.example-corp.test/help/antivirus';
const ADD_TO_CART = '/gp/add-to-cart/html/ref=dp_start-bbf_1_glance';

const kasperskyOnAmazon = corpusPage('amazon/kaspersky-premium-product.html');
const kasperskyStore = corpusPage('kaspersky/usa-premium.html');

type Policy = Record<string, unknown>;

/** A white-label product page: nothing on it names Kaspersky or a product word the gate knows. */
const WHITE_LABEL_URL = 'https://shop.example-software.com/products/acmeshield-pro';
const WHITE_LABEL_PAGE = `<!doctype html><html><head><title>AcmeShield Pro – 3 PCs, 1 year | Example Software Shop</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"AcmeShield Pro","brand":{"@type":"Brand","name":"AcmeShield"},"offers":{"@type":"Offer","price":"29.99","priceCurrency":"USD"}}</script></head>
<body><main><h1>AcmeShield Pro – 3 PCs, 1 year</h1><p class="price">$29.99</p>
<form action="/cart/add" method="post"><button type="submit">Add to cart</button></form></main></body></html>`;

/** An internal procurement portal: Kaspersky only in the item's spec table, which the gate does not read. */
const PORTAL_URL = 'https://procurement.example-corp.test/items/48213';
const PORTAL_PAGE = `<!doctype html><html><head><title>Item 48213 | Procurement</title></head>
<body><main><h1>Item 48213: security suite licence, 10 seats</h1>
<table class="specs"><tr><th>Manufacturer</th><td>Kaspersky Lab</td></tr><tr><th>Part number</th><td>KL1949AAKFS</td></tr></table>
<p class="price">$399.00</p><form action="/cart/add" method="post"><button type="submit">Add to cart</button></form></main></body></html>`;

/** Equal as JSON regardless of key order (Chromium hands policy keys back sorted). */
const sameJson = (a: unknown, b: unknown): boolean => {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, sorted(v)])) : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('managed policy from a real policy file [chromium]', () => {
  const server = new SiteServer();
  const reports: Array<Record<string, unknown>> = [];
  const policyFile = join(POLICY_DIR, `ksw-policy-e2e-${process.pid}-${Date.now()}.json`);
  let extension: { dir: string; id: string };
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  const pages: TestPage[] = [];

  const writePolicy = (policy: Policy): void => {
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extension.id]: policy } } }));
  };
  const removePolicy = (): void => rmSync(policyFile, { force: true });

  /** What the extension's background has cached from storage.managed. */
  const cachedPolicy = () => browser!.inExtension(async () => (await chrome.storage.local.get('managedCache')).managedCache as Policy | undefined);

  async function launchWithPolicy(policy: Policy): Promise<NonNullable<typeof browser>> {
    writePolicy(policy);
    browser = await launchChromium({ proxyPort: server.port, extensionDir: extension.dir, extensionId: extension.id });
    // The background caches the policy at start; wait until it holds this one.
    await eventually(async () => (sameJson(await cachedPolicy(), policy) ? true : undefined), 15_000);
    return browser;
  }

  async function open(url: string): Promise<TestPage> {
    const page = await browser!.openPage(url);
    pages.push(page);
    return page;
  }

  /** Chromium re-reads policy files on its own within seconds; chrome://policy's button makes it immediate. */
  async function reloadPolicies(): Promise<void> {
    const page = await browser!.context.newPage();
    await page.goto('chrome://policy');
    await page.click('#reload-policies');
    await page.close();
  }

  const addToCartPosts = () => server.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === ADD_TO_CART).length;

  beforeAll(async () => {
    try {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(join(POLICY_DIR, '.ksw-write-check'), '');
      rmSync(join(POLICY_DIR, '.ksw-write-check'));
    } catch (error) {
      throw new Error(`The policy test writes Chromium policy files to ${POLICY_DIR} and needs root (CI runs as root): ${String(error)}`, { cause: error });
    }
    serveCorpus(server);
    server.add(`https://www.amazon.com${ADD_TO_CART}`, { body: '<!doctype html><title>Added to Cart</title><h1>Added to Cart</h1>' });
    server.page(SUPPORT_URL, '<!doctype html><title>IT help</title><h1>IT help</h1>');
    server.page(WHITE_LABEL_URL, WHITE_LABEL_PAGE);
    server.page(PORTAL_URL, PORTAL_PAGE);
    server.add(REPORT_URL, (request: IncomingMessage, body: string) => {
      if (request.method === 'POST') reports.push(JSON.parse(body) as Record<string, unknown>);
      return { status: 204, body: '' };
    });
    await server.start();
    extension = copyWithOwnId(DIST.chromium);
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    browser = null;
    removePolicy();
  });

  afterAll(async () => {
    removePolicy();
    if (extension) rmSync(extension.dir, { recursive: true, force: true });
    await server.stop();
  });

  it('the copy under test has its own ID, so the policy file cannot touch other runs', () => {
    expect(extension.id).toMatch(/^[a-p]{32}$/);
    expect(extension.id).not.toBe('iefjlldiefndgfedoffelikdhpjmfgln');
  });

  it('mode "warn" shows the notice (the control for the silent modes below)', async () => {
    await launchWithPolicy({ mode: 'warn' });
    const page = await open(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    expect(await eventually(async () => (await browser!.badgeText(page.tabId)) || undefined)).toBe('!');
  });

  it('mode "off" silences a Kaspersky product page: no notice, no badge', async () => {
    await launchWithPolicy({ mode: 'off' });
    const page = await open(kasperskyOnAmazon.url);
    await sleep(1_500);
    expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    expect(await browser!.badgeText(page.tabId)).toBe('');
  });

  it('extraProductTerms: a white-label product the gate and detector would pass over is warned about', async () => {
    await launchWithPolicy({ extraProductTerms: ['AcmeShield'] });
    const page = await open(WHITE_LABEL_URL);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
  });

  it('extraHosts: on a listed shop the extension looks even when nothing cheap names Kaspersky', async () => {
    await launchWithPolicy({ mode: 'warn' });
    const silent = await open(PORTAL_URL);
    await sleep(1_500);
    expect(await silent.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    await browser!.close();
    await launchWithPolicy({ mode: 'warn', extraHosts: ['procurement.example-corp.test'] });
    const page = await open(PORTAL_URL);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
  });

  it('mode "inform" sets the badge only', async () => {
    await launchWithPolicy({ mode: 'inform' });
    const page = await open(kasperskyOnAmazon.url);
    expect(await eventually(async () => (await browser!.badgeText(page.tabId)) || undefined)).toBe('!');
    expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
  });

  it('mode "block": the confirmation offers no way to continue, and the popup names the organization', async () => {
    await launchWithPolicy({ mode: 'block', organizationName: 'Example Corp', supportUrl: SUPPORT_URL, message: 'Ask IT for an approved antivirus.' });
    const page = await open(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    const before = addToCartPosts();
    // Try every control in the dialog: Tab n times from the focused default, then Enter.
    for (let tabs = 0; tabs < 5; tabs += 1) {
      if ((await page.evaluate(() => location.pathname)) !== new URL(kasperskyOnAmazon.url).pathname) await page.goto(kasperskyOnAmazon.url);
      await waitInPage(page, () => document.querySelector('[data-kaspersky-warning="product"]') !== null);
      await page.click('#add-to-cart-button');
      await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
      for (let i = 0; i < tabs; i += 1) await page.press('Tab');
      await page.press('Enter');
      await sleep(500);
      expect(addToCartPosts(), `after ${tabs} Tab(s) and Enter`).toBe(before);
      await page.press('Escape').catch(() => undefined);
    }
    const popup = await open(`${browser!.extensionBase}src/popup/index.html?tab=${page.tabId}`);
    await waitInPage(popup, () => document.body.textContent?.includes('Example Corp') === true);
  });

  it('excludedHosts: no warning on an excluded host or its subdomains, warnings elsewhere', async () => {
    await launchWithPolicy({ mode: 'warn', excludedHosts: ['amazon.com'] });
    const store = await open(kasperskyStore.url);
    await waitInPage(store, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    const amazon = await open(kasperskyOnAmazon.url);
    await sleep(1_500);
    expect(await amazon.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    expect(await browser!.badgeText(amazon.tabId)).toBe('');
  });

  it('reportUrl: events reach the endpoint with host, kind, product and action — no path', async () => {
    reports.length = 0;
    await launchWithPolicy({ mode: 'confirm', reportUrl: REPORT_URL });
    const page = await open(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    const shown = await eventually(async () => reports.find((r) => r.action === 'shown'), 10_000);
    expect(Object.keys(shown).sort()).toEqual(['action', 'host', 'kind', 'product', 'time']);
    expect(shown).toMatchObject({ host: 'www.amazon.com', kind: 'product', action: 'shown' });
    expect(String(shown.product)).toContain('Kaspersky');
    expect(Date.parse(String(shown.time))).toBeGreaterThan(Date.now() - 60_000);
    // "Go back" is the confirmation's default.
    await page.click('#add-to-cart-button');
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="confirm"]').length === 1);
    await page.press('Enter');
    const wentBack = await eventually(async () => reports.find((r) => r.action === 'went_back'), 10_000);
    expect(wentBack).toMatchObject({ host: 'www.amazon.com', kind: 'confirm' });
    expect(JSON.stringify(reports)).not.toContain('/dp/');
  });

  it('a policy change reaches an open page live, without reloading it', async () => {
    await launchWithPolicy({ mode: 'warn' });
    const page = await open(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    writePolicy({ mode: 'off' });
    await reloadPolicies();
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning]').length === 0, undefined, 10_000);
    expect(await eventually(async () => ((await browser!.badgeText(page.tabId)) === '' ? true : undefined))).toBe(true);
    writePolicy({ mode: 'warn', organizationName: 'Example Corp' });
    await reloadPolicies();
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1, undefined, 10_000);
    expect(await cachedPolicy()).toEqual({ mode: 'warn', organizationName: 'Example Corp' });
  });

  it('invalid values show up in diagnostics and change nothing else', async () => {
    // Both pass Chrome's schema (strings, a list of strings) but fail the extension's checks.
    const policy = { mode: 'warn', organizationName: 'Example Corp', supportUrl: 'javascript:alert(1)', excludedHosts: ['amazon.com', 'not a host!'] };
    await launchWithPolicy(policy);
    const details = await open(`${browser!.extensionBase}src/details/index.html`);
    await waitInPage(details, () => document.querySelector('[data-diagnostics]') !== null);
    await waitInPage(details, () => document.querySelector('[data-problem="supportUrl"]') !== null && document.querySelector('[data-problem="excludedHosts"]') !== null);
    const rows = await details.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-setting]')].map((row) => [row.getAttribute('data-setting'), row.getAttribute('data-source')])),
    );
    expect(rows).toMatchObject({ mode: 'managed', organizationName: 'managed', supportUrl: 'default', excludedHosts: 'default' });
    // The rest of the policy applies: warnings (mode warn), and amazon.com is not excluded
    // because the list with a bad entry was ignored as a whole.
    const page = await open(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
  });

  // showFirstRunPage is for force-installed copies (installType "admin"), which this
  // machine-wide test cannot make without affecting other runs: unit tests cover it.
  it('an extension a person installed opens the welcome page on install, even under a policy', async () => {
    await launchWithPolicy({ mode: 'warn', showFirstRunPage: false });
    await eventually(async () => (browser!.context.pages().some((p) => p.url().includes('welcome=1')) ? true : undefined), 10_000);
  });
});

/**
 * Firefox ESR reads /etc/firefox/policies/policies.json at start-up only, with no schema:
 * values arrive as written (lists may be JSON strings), so the extension checks them.
 * The file is machine-wide, so the add-on under test is a copy with a gecko id of its own.
 */
describe('managed policy from policies.json [firefox]', () => {
  const FIREFOX_POLICY_DIR = '/etc/firefox/policies';
  const FIREFOX_POLICY_FILE = join(FIREFOX_POLICY_DIR, 'policies.json');
  const server = new SiteServer();
  const geckoId = `ksw-policy-e2e-${process.pid}@extension.local`;
  let extensionDir = '';
  /** Only a file this suite wrote is ever removed. */
  let ownsPolicyFile = false;
  let browser: Awaited<ReturnType<typeof launchFirefox>> | null = null;

  const removePolicy = (): void => {
    if (ownsPolicyFile) rmSync(FIREFOX_POLICY_FILE, { force: true });
    ownsPolicyFile = false;
  };

  async function launchWithPolicy(policy: Policy): Promise<NonNullable<typeof browser>> {
    if (existsSync(FIREFOX_POLICY_FILE) && !ownsPolicyFile) throw new Error(`${FIREFOX_POLICY_FILE} exists already (another run?); not overwriting it`);
    mkdirSync(FIREFOX_POLICY_DIR, { recursive: true });
    writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: policy } } } }));
    ownsPolicyFile = true;
    try {
      browser = await launchFirefox({ proxyPort: server.port, firefoxExtensionDir: extensionDir, geckoId });
    } finally {
      // Firefox has read it at start-up; removing it now keeps the window for other runs short.
      removePolicy();
    }
    const cached = () => browser!.inExtension(async () => (await chrome.storage.local.get('managedCache')).managedCache as Policy | undefined);
    await eventually(async () => (sameJson(await cached(), policy) ? true : undefined), 15_000);
    return browser;
  }

  const reports: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    serveCorpus(server);
    server.add(REPORT_URL, (request: IncomingMessage, body: string) => {
      if (request.method === 'POST') reports.push(JSON.parse(body) as Record<string, unknown>);
      return { status: 204, body: '' };
    });
    await server.start();
    extensionDir = mkdtempSync(join(tmpdir(), 'ksw-policy-ext-firefox-'));
    cpSync(DIST.firefox, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    manifest.browser_specific_settings.gecko.id = geckoId;
    writeFileSync(manifestPath, JSON.stringify(manifest));
  });

  afterEach(async () => {
    await browser?.close().catch(() => undefined);
    browser = null;
    removePolicy();
  });

  afterAll(async () => {
    removePolicy();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
    await server.stop();
  });

  it('excludedHosts as a JSON string: silent on the excluded host, warns elsewhere; reportUrl receives the warning', async () => {
    await launchWithPolicy({ mode: 'warn', excludedHosts: '["amazon.com"]', reportUrl: REPORT_URL });
    const store = await browser!.openPage(kasperskyStore.url);
    await waitInPage(store, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    const shown = await eventually(async () => reports.find((r) => r.action === 'shown'), 10_000);
    expect(shown).toMatchObject({ host: new URL(kasperskyStore.url).hostname, kind: 'product' });
    const amazon = await browser!.openPage(kasperskyOnAmazon.url);
    await sleep(1_500);
    expect(await amazon.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    expect(await browser!.badgeText(amazon.tabId)).toBe('');
    expect(reports.filter((r) => r.host === 'www.amazon.com')).toEqual([]);
  });

  it('mode "off" silences a Kaspersky product page', async () => {
    await launchWithPolicy({ mode: 'off' });
    const page = await browser!.openPage(kasperskyOnAmazon.url);
    await sleep(1_500);
    expect(await page.evaluate(() => document.querySelectorAll('[data-kaspersky-warning]').length)).toBe(0);
    expect(await browser!.badgeText(page.tabId)).toBe('');
  });

  it('mode "block" names the organization in the popup; an unchecked invalid value shows in diagnostics and the rest applies', async () => {
    await launchWithPolicy({ mode: 'block', organizationName: 'Example Corp', dismissDays: 'soon' });
    const page = await browser!.openPage(kasperskyOnAmazon.url);
    await waitInPage(page, () => document.querySelectorAll('[data-kaspersky-warning="product"]').length === 1);
    const popup = await browser!.openPage(`${browser!.extensionBase}src/popup/index.html?tab=${page.tabId}`);
    await waitInPage(popup, () => document.body.textContent?.includes('Example Corp') === true);
    const details = await browser!.openPage(`${browser!.extensionBase}src/details/index.html`);
    await waitInPage(details, () => document.querySelector('[data-problem="dismissDays"]') !== null);
    const sources = await details.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-setting]')].map((row) => [row.getAttribute('data-setting'), row.getAttribute('data-source')])),
    );
    expect(sources).toMatchObject({ mode: 'managed', organizationName: 'managed', dismissDays: 'default' });
  });
});

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
