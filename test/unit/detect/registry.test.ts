import { describe, expect, it } from 'vitest';
import { RETAILERS, retailerFor } from '../../../src/detect/retailers/registry';
import { PLATFORMS } from '../../../src/detect/platforms';
import { hostInList } from '../../../src/shared/hosts';
import { isKasperskyNonStoreHost, isKasperskyStorefront } from '../../../src/detect/retailers/kaspersky-store';
import { CORPUS } from '../../fixtures/corpus';
import { readFixture } from '../../fixtures/load';

const pathOf = (url: string): string => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

describe('retailer registry', () => {
  it('adapter ids are unique and no host belongs to two adapters', () => {
    expect(new Set(RETAILERS.map((r) => r.id)).size).toBe(RETAILERS.length);
    const hosts = RETAILERS.flatMap((r) => r.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  for (const adapter of RETAILERS) {
    describe(adapter.id, () => {
      it('has example URLs on its own hosts', () => {
        const examples = [...(adapter.examples.product ?? []), ...(adapter.examples.cart ?? []), ...(adapter.examples.listing ?? []), ...(adapter.examples.other ?? [])];
        expect(adapter.examples.product?.length ?? 0, 'product examples').toBeGreaterThan(0);
        expect(examples.length).toBeGreaterThan(1);
        for (const url of examples) expect(hostInList(new URL(url).hostname, adapter.hosts), url).toBe(true);
      });

      it('its URL shapes accept its own examples and keep the kinds apart', () => {
        for (const url of adapter.examples.product ?? []) {
          if (adapter.productUrl) expect(adapter.productUrl.test(pathOf(url)), url).toBe(true);
          if (adapter.cartUrl) expect(adapter.cartUrl.test(pathOf(url)), `${url} is not a cart`).toBe(false);
        }
        for (const url of adapter.examples.cart ?? []) if (adapter.cartUrl) expect(adapter.cartUrl.test(pathOf(url)), url).toBe(true);
        for (const url of adapter.examples.listing ?? []) {
          if (adapter.listingUrl) expect(adapter.listingUrl.test(pathOf(url)), url).toBe(true);
          if (adapter.productUrl) expect(adapter.productUrl.test(pathOf(url)), `${url} is not a product`).toBe(false);
        }
        for (const url of adapter.examples.other ?? []) if (adapter.productUrl) expect(adapter.productUrl.test(pathOf(url)), `${url} is not a product`).toBe(false);
      });

      it('has fixture pages in the corpus, including a positive', () => {
        const fixtures = CORPUS.filter((page) => retailerFor(new URL(page.url).hostname)?.id === adapter.id);
        expect(fixtures.length, `no corpus page is served on ${adapter.hosts[0]}`).toBeGreaterThan(0);
        expect(fixtures.some((page) => page.expect !== 'none')).toBe(true);
      });

      it('its selectors are valid CSS', () => {
        for (const selector of Object.values(adapter.selectors)) expect(() => document.querySelectorAll(selector)).not.toThrow();
      });
    });
  }

  for (const platform of PLATFORMS) {
    it(`shop platform ${platform.id} has valid selectors and fixture pages`, () => {
      for (const selector of [platform.addToCart, platform.cartItem, platform.drawer]) expect(() => document.querySelectorAll(selector)).not.toThrow();
      const dir = `${platform.id}/`;
      expect(CORPUS.some((page) => page.file.startsWith(dir) && page.expect !== 'none'), `no ${dir} fixtures`).toBe(true);
      for (const page of CORPUS.filter((p) => p.file.startsWith(dir))) expect(readFixture(page.file).length).toBeGreaterThan(200);
    });
  }
});

describe('corpus', () => {
  it('every page has its own URL (the e2e server routes by host, path and query) and an existing file', () => {
    const keys = CORPUS.map((page) => {
      const url = new URL(page.url);
      return `${url.hostname}${url.pathname}${url.search}`;
    });
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const page of CORPUS) expect(readFixture(page.file).length, page.file).toBeGreaterThan(500);
  });
});

describe('Kaspersky hosts', () => {
  it('storefronts are the shop hosts, not support, research or the exempt portal', () => {
    for (const host of ['www.kaspersky.com', 'usa.kaspersky.com', 'store.kaspersky.com', 'shop.kaspersky.de', 'my.kaspersky.com', 'www.kaspersky.co.uk', 'kaspersky.com.br']) expect(isKasperskyStorefront(host), host).toBe(true);
    for (const host of ['support.kaspersky.com', 'securelist.com', 'opentip.kaspersky.com', 'kaspersky-labs.com', 'dnl-01.geo.kaspersky-labs.com', 'notkaspersky.com', 'kaspersky.com.evil.example']) expect(isKasperskyStorefront(host), host).toBe(false);
    for (const host of ['support.kaspersky.com', 'securelist.com', 'opentip.kaspersky.com']) expect(isKasperskyNonStoreHost(host), host).toBe(true);
  });
});
