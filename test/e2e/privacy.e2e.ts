/**
 * Privacy, end to end: the whole fixture corpus is browsed with the extension loaded, and
 *  - every request the site server saw is one the pages themselves caused (the page, what
 *    its HTML references, the browser's favicon probe): the extension made none of its own
 *    (no reportUrl is configured here; reporting is tested with the policy suite);
 *  - after every page, extension storage holds nothing about it beyond what the README's
 *    Privacy section promises: storage.local only settings and site dismissals, and
 *    storage.session only the current tab's host and verdict — never a path, a query, a
 *    full URL or a page title, and nothing at all about pages that are not Kaspersky's.
 */
import { expect, it } from 'vitest';
import { CORPUS, type FixturePage } from '../fixtures/corpus';
import { readFixture } from '../fixtures/load';
import { serveCorpus } from './corpus-server';
import { BROWSER_HOSTS, eventually, forEachBrowser } from './harness';
import type { LoggedRequest } from './harness/site-server';

/** Keys the extension may keep in storage.local, and why. Anything else fails this test until reviewed. */
const LOCAL_KEYS: Record<string, string> = {
  userSettings: 'the settings the user chose on the details page',
  managedCache: 'the last known administrator policy (so nothing waits on storage.managed)',
  managedReadAt: 'when that policy was last read (diagnostics)',
  siteDismissals: '"don\'t warn me on this site": registrable domain, dates, facts version',
  kasperskyPresence: "Kaspersky's own web protection seen on this computer: truncated hashes of two sites' domains, and times",
};


const SETTLE_MS = 500;

/** URLs a fixture's own HTML makes the browser load: src/href/srcset attributes and CSS url(). */
function referencedUrls(page: FixturePage): Set<string> {
  const html = readFixture(page.file);
  const found = new Set<string>();
  const add = (raw: string): void => {
    if (/^(data|javascript|mailto|about|blob):/i.test(raw.trim())) return;
    try {
      const url = new URL(raw.trim(), page.url);
      url.hash = '';
      found.add(url.href);
    } catch {
      // Not a URL: nothing is loaded.
    }
  };
  for (const match of html.matchAll(/\s(?:src|href|poster|data)\s*=\s*["']([^"']+)["']/gi)) add(match[1]!);
  for (const match of html.matchAll(/\ssrcset\s*=\s*["']([^"']+)["']/gi)) for (const part of match[1]!.split(',')) add(part.trim().split(/\s+/)[0] ?? '');
  for (const match of html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) add(match[1]!);
  return found;
}

function withoutHash(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** Strings about a page that must never be stored: its path (when it has one), query, full URL and title. */
function pageSecrets(page: FixturePage): string[] {
  const url = new URL(page.url);
  const secrets = [withoutHash(page.url), `${url.host}${url.pathname}`];
  if (url.pathname.length > 1) secrets.push(url.pathname);
  if (url.search.length > 1) secrets.push(url.search.slice(1));
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(readFixture(page.file))?.[1]?.replace(/\s+/g, ' ').trim();
  if (title && title.length > 12) secrets.push(title);
  return secrets;
}

interface StorageDump {
  readonly local: Record<string, unknown>;
  readonly session: Record<string, unknown>;
}

declare const browser: { storage: { local: { get(): Promise<Record<string, unknown>> }; session: { get(): Promise<Record<string, unknown>> } } } | undefined;
declare const chrome: { storage: { local: { get(): Promise<Record<string, unknown>> }; session: { get(): Promise<Record<string, unknown>> } } };

/** Every string anywhere in a stored value (keys included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

function expectTabStateShape(key: string, value: unknown): void {
  expect(key, 'storage.session holds per-tab state only').toMatch(/^tab:\d+$/);
  expect(Object.keys(value as object).sort(), key).toEqual(['host', 'updatedAt', 'verdict']);
  const state = value as { host: unknown; updatedAt: unknown; verdict: Record<string, unknown> };
  expect(state.host, `${key}: a bare hostname`).toMatch(/^[a-z0-9.-]+$/);
  expect(typeof state.updatedAt).toBe('number');
  expect(Object.keys(state.verdict).sort(), key).toEqual(['confidence', 'confirmed', 'evidence', 'kind', 'products']);
  for (const item of state.verdict.evidence as Array<Record<string, unknown>>) expect(Object.keys(item).sort()).toEqual(['detail', 'signal', 'strength']);
}

function expectLocalShape(key: string, value: unknown): void {
  expect(Object.keys(LOCAL_KEYS), `storage.local key "${key}" is not in the reviewed list`).toContain(key);
  if (key !== 'siteDismissals') return;
  for (const [domain, entry] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    expect(domain, 'dismissals are keyed by a bare domain').toMatch(/^[a-z0-9.-]+$/);
    expect(Object.keys(entry).sort()).toEqual(['dismissedAt', 'domain', 'expiresAt', 'factsVersion']);
  }
}

forEachBrowser('privacy', (server) => serveCorpus(server), (ctx) => {
  it('browsing the whole corpus: no requests of our own, and nothing about the pages stored', async () => {
    expect(CORPUS.length).toBeGreaterThan(0);
    const allowed = new Set<string>();
    const visitedHosts = new Set<string>();
    const tab = await ctx.browser.openPage();
    const problems: string[] = [];

    for (const page of CORPUS) {
      const url = new URL(page.url);
      visitedHosts.add(url.hostname);
      allowed.add(withoutHash(page.url));
      allowed.add(`${url.protocol}//${url.host}/favicon.ico`);
      for (const reference of referencedUrls(page)) allowed.add(reference);

      await tab.goto(page.url);
      // A page whose hit needs a click first (a cart drawer) has none on arrival.
      if ((page.expect === 'product' || page.expect === 'checkout') && !page.click) {
        // Give the verdict time to reach storage, so the checks below see it. (Whether every
        // page is detected is the detection suite's business, not this one's.)
        await eventually(async () => ((await ctx.browser.badgeText(tab.tabId)) || undefined), 3_000).catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

      const dump = await ctx.browser.inExtension(async (): Promise<StorageDump> => {
        const api = typeof browser !== 'undefined' ? browser : chrome;
        return { local: await api.storage.local.get(), session: await api.storage.session.get() };
      });
      for (const [key, value] of Object.entries(dump.local)) expectLocalShape(key, value);
      for (const [key, value] of Object.entries(dump.session)) expectTabStateShape(key, value);
      const stored = [...strings(dump.local), ...strings(dump.session)];
      for (const secret of pageSecrets(page)) {
        const leak = stored.find((text) => text.includes(secret));
        if (leak !== undefined) problems.push(`${page.file}: storage holds "${secret}" (in "${leak.slice(0, 120)}")`);
      }
      if (page.expect === 'none' && !CORPUS.some((other) => other.expect !== 'none' && new URL(other.url).hostname === url.hostname)) {
        // A site with no Kaspersky page in the corpus must leave no trace at all.
        const leak = stored.find((text) => text.includes(url.hostname));
        if (leak !== undefined) problems.push(`${page.file}: storage mentions ${url.hostname} ("${leak.slice(0, 120)}")`);
      }
    }
    await tab.close();
    expect(problems).toEqual([]);

    const notBrowsers = ctx.server.requests.filter((request) => !BROWSER_HOSTS.test(request.host));
    expect(notBrowsers.filter((request) => !allowed.has(withoutHash(request.url))).map(describeRequest), 'requests no page asked for').toEqual([]);
    // Nothing was sent anywhere: every request was a plain load.
    expect(notBrowsers.filter((request) => request.method !== 'GET' || request.body.length > 0).map(describeRequest)).toEqual([]);
    // The server saw the pages (so the log is being kept).
    expect(ctx.server.requests.some((request) => visitedHosts.has(request.host))).toBe(true);
  }, 60_000 + CORPUS.length * 4_000); // The corpus keeps growing: about a second and a half per page per browser.
});

function describeRequest(request: LoggedRequest): string {
  return `${request.method} ${request.url}`;
}
