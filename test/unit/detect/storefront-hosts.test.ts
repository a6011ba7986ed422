import { describe, expect, it } from 'vitest';
import { isStoreHost, STORE_TLDS } from '../../../src/content/relevance';
import { kasperskyStore } from '../../../src/detect/retailers/kaspersky-store';

/**
 * The gate keeps Kaspersky's storefront domains as its own list of endings (importing the
 * adapter's list would cost bytes on every page); this keeps the two in step.
 */
describe('storefront domains: gate and adapter agree', () => {
  it('the gate recognises every storefront domain of the adapter, and its subdomains', () => {
    for (const domain of kasperskyStore.hosts) {
      expect(isStoreHost(domain), domain).toBe(true);
      expect(isStoreHost(`usa.${domain}`), `usa.${domain}`).toBe(true);
    }
  });

  it('the gate recognises no Kaspersky domain the adapter does not list', () => {
    expect(STORE_TLDS.map((tld) => `kaspersky.${tld}`).sort()).toEqual([...kasperskyStore.hosts].sort());
  });

  it('look-alike hosts are not storefronts', () => {
    for (const host of ['kaspersky.com.evil.example', 'notkaspersky.com', 'kaspersky-labs.com', 'kaspersky.community', 'evilkaspersky.com']) {
      expect(isStoreHost(host), host).toBe(false);
    }
  });
});
