import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory storage.local stands in for the browser (settings and dismissals both live there).
const local = new Map<string, unknown>();
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) => Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => local.has(k)).map((k) => [k, structuredClone(local.get(k))])),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => local.set(k, structuredClone(v))),
        remove: async (key: string) => void local.delete(key),
      },
    },
  },
  t: (key: string) => key,
}));

const { dismissSite, dismissalFor, listDismissals, registrableDomain, removeDismissal, DISMISSALS_KEY } = await import('../../../src/background/dismissals');
const { FACTS_VERSION } = await import('../../../src/facts');
const { mayCoverHost } = await import('../../../src/shared/dismissal-table');

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23);

describe('site dismissals', () => {
  beforeEach(() => local.clear());

  it('key by registrable domain from the public suffix list', () => {
    expect(registrableDomain('www.amazon.com')).toBe('amazon.com');
    expect(registrableDomain('smile.amazon.co.uk')).toBe('amazon.co.uk');
    expect(registrableDomain('shop.example.com.au')).toBe('example.com.au');
    // Private suffixes count: one github.io site is not another.
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });

  it('covers every host of the site for dismissDays (30 by default), then expires', async () => {
    const entry = await dismissSite('www.amazon.com', NOW);
    expect(entry).toMatchObject({ domain: 'amazon.com', expiresAt: NOW + 30 * DAY, factsVersion: FACTS_VERSION });
    expect(await dismissalFor('smile.amazon.com', NOW + DAY)).not.toBeNull();
    expect(await dismissalFor('www.amazon.co.uk', NOW + DAY)).toBeNull();
    expect(await dismissalFor('www.amazon.com', NOW + 30 * DAY + 1)).toBeNull();
  });

  it('follows settings: dismissDays from policy, none when allowUserDismiss is off', async () => {
    local.set('managedCache', { dismissDays: 7 });
    expect((await dismissSite('www.bestbuy.com', NOW))!.expiresAt).toBe(NOW + 7 * DAY);
    local.set('managedCache', { allowUserDismiss: false });
    expect(await dismissalFor('www.bestbuy.com', NOW)).toBeNull();
    expect(await dismissSite('www.walmart.com', NOW)).toBeNull();
  });

  it('comes back when the facts version changes', async () => {
    await dismissSite('www.amazon.com', NOW);
    const table = local.get(DISMISSALS_KEY) as Record<string, { factsVersion: number }>;
    table['amazon.com']!.factsVersion = FACTS_VERSION - 1;
    expect(await dismissalFor('www.amazon.com', NOW)).toBeNull();
  });

  it('lists newest first, prunes expired entries, and removes one', async () => {
    await dismissSite('www.amazon.com', NOW);
    await dismissSite('www.newegg.com', NOW + 1000);
    await dismissSite('old.example.org', NOW - 40 * DAY);
    expect((await listDismissals(NOW + 2000)).map((d) => d.domain)).toEqual(['newegg.com', 'amazon.com']);
    expect(Object.keys(local.get(DISMISSALS_KEY) as object).sort()).toEqual(['amazon.com', 'newegg.com']);
    await removeDismissal('amazon.com');
    expect((await listDismissals(NOW + 2000)).map((d) => d.domain)).toEqual(['newegg.com']);
  });

  it('ignores malformed stored data', async () => {
    local.set(DISMISSALS_KEY, { 'amazon.com': { domain: 'amazon.com', expiresAt: 'never' }, junk: 5 });
    expect(await listDismissals(NOW)).toEqual([]);
  });

  // The page module asks the background only when mayCoverHost says the stored table could
  // hold this host's entry: it must never say no where the background would say yes.
  it('the page module\'s pre-check covers every host a stored dismissal applies to', async () => {
    const hosts = ['www.amazon.com', 'smile.amazon.co.uk', 'shop.example.com.au', 'WWW.Newegg.COM.', 'localhost', '192.168.0.10', 'a.b.c.kaspersky.com', 'myshop.myshopify.com'];
    for (const host of hosts) {
      local.clear();
      expect(await dismissSite(host, NOW)).not.toBeNull();
      expect(mayCoverHost(local.get(DISMISSALS_KEY), host)).toBe(true);
    }
  });

  it('the pre-check says no for other sites, look-alikes and malformed tables', async () => {
    await dismissSite('www.amazon.com', NOW);
    const table = local.get(DISMISSALS_KEY);
    expect(mayCoverHost(table, 'www.newegg.com')).toBe(false);
    expect(mayCoverHost(table, 'notamazon.com')).toBe(false);
    expect(mayCoverHost(table, 'amazon.com.evil.example')).toBe(false);
    expect(mayCoverHost(table, 'deals.amazon.com')).toBe(true);
    for (const malformed of [undefined, null, 'amazon.com', 42, []]) expect(mayCoverHost(malformed, 'www.amazon.com')).toBe(false);
  });
});
