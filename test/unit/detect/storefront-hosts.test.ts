import { describe, expect, it } from 'vitest';
import { STORE_HOST } from '../../../src/content/relevance';
import { kasperskyStore } from '../../../src/detect/retailers/kaspersky-store';

/**
 * The gate keeps Kaspersky's storefront domains as one regular expression (importing the
 * adapter's list would cost bytes on every page); this keeps the two in step.
 */
describe('storefront domains: gate and adapter agree', () => {
  it('the gate recognises every storefront domain of the adapter, and its subdomains', () => {
    for (const domain of kasperskyStore.hosts) {
      expect(STORE_HOST.test(domain), domain).toBe(true);
      expect(STORE_HOST.test(`usa.${domain}`), `usa.${domain}`).toBe(true);
    }
  });

  it('the gate recognises no Kaspersky domain the adapter does not list', () => {
    const gateDomains = STORE_HOST.source.match(/kaspersky\\\.\(\?:(.*)\)\$$/)?.[1]?.split('|').map((tld) => `kaspersky.${tld.replace(/\\\./g, '.')}`);
    expect(gateDomains?.sort()).toEqual([...kasperskyStore.hosts].sort());
  });

  it('look-alike hosts are not storefronts', () => {
    for (const host of ['kaspersky.com.evil.example', 'notkaspersky.com', 'kaspersky-labs.com', 'kaspersky.community']) {
      expect(STORE_HOST.test(host), host).toBe(false);
    }
  });
});
