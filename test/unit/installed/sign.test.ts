import { describe, expect, it } from 'vitest';
import { injectionHost, injectorAmong, mayBeInjection } from '../../../src/installed/sign';
import { recordSighting, noticeDue, reportDue, SIGHTING_WINDOW_MS, MAX_SIGHTINGS } from '../../../src/installed/sightings';

describe('injectionHost', () => {
  it.each([
    'https://gc.kis.v2.scr.kaspersky-labs.com/FD126C42-EBFA-4E12-B309-BB3FDD723AC1/main.js?attr=abc',
    'https://ff.kis.v2.scr.kaspersky-labs.com/E3E8934C-235A-4B0E-825A-35A08381A191/main.js',
    'http://me.kis.v2.scr.kaspersky-labs.com/1/main.css',
    'https://gc.kis.scr.kaspersky-labs.com/2/main.js',
    '//GC.KIS.V2.SCR.KASPERSKY-LABS.COM./x/main.js',
  ])('recognises the injector at %s', (src) => {
    expect(injectionHost(src, 'https://shop.example/')).toMatch(/\.scr\.kaspersky-labs\.com$/);
  });

  it.each([
    'https://kaspersky-labs.com.evil.example/main.js',
    'https://scr.kaspersky-labs.com.example/main.js',
    'https://gc.kis.v2.scr.kaspersky-labs.com.evil.example/main.js',
    'https://evil.example/gc.kis.v2.scr.kaspersky-labs.com/main.js',
    'https://evil.example/main.js?src=https://gc.kis.v2.scr.kaspersky-labs.com/x/main.js',
    'https://evil.example/#gc.kis.v2.scr.kaspersky-labs.com',
    'https://scr.kaspersky-labs.com/main.js',
    'https://gc.kis.v2.scr.kaspersky-labs.community/main.js',
    'https://gc.kis.v2.scrkaspersky-labs.com/main.js',
    'javascript:alert(1)//.scr.kaspersky-labs.com',
    'data:text/javascript,//gc.kis.v2.scr.kaspersky-labs.com',
    'https://user:pass@evil.example/.scr.kaspersky-labs.com',
    '',
    'http://[::1',
    '%%%',
    'x'.repeat(5000),
  ])('rejects the look-alike or odd value %s', (src) => {
    expect(injectionHost(src, 'https://shop.example/')).toBeNull();
  });

  it('accepts null and undefined without throwing', () => {
    expect(injectionHost(null)).toBeNull();
    expect(injectionHost(undefined)).toBeNull();
  });
});

describe('the injector among a page head\'s addresses', () => {
  // The gate collects the addresses in XPath (tested in both browsers by test/e2e/presence.e2e.ts);
  // the background decides by their host.
  const found = (addresses: unknown[]): string | null => injectorAmong(addresses, 'https://shop.example/p/1');

  it('finds the injected script or stylesheet', () => {
    expect(found(['https://gc.kis.v2.scr.kaspersky-labs.com/FD12/main.js?attr=x'])).toBe('gc.kis.v2.scr.kaspersky-labs.com');
    expect(found(['https://gc.kis.v2.scr.kaspersky-labs.com/E3E8/abn/main.css?attr=x'])).toBe('gc.kis.v2.scr.kaspersky-labs.com');
  });

  it('ignores look-alike hosts and addresses that only mention the host', () => {
    expect(found(['https://scr.kaspersky-labs.com.evil.example/main.js', '/static/gc.kis.v2.scr.kaspersky-labs.com/main.js', 'https://evil.example/?u=https://gc.kis.v2.scr.kaspersky-labs.com/'])).toBeNull();
  });

  it('finds the real address after a look-alike one', () => {
    expect(found(['https://x.scr.kaspersky-labs.com.evil.example/main.js', 'https://gc.kis.v2.scr.kaspersky-labs.com/FD12/main.js'])).toBe('gc.kis.v2.scr.kaspersky-labs.com');
  });

  it('takes only address lists as input, and at most a few addresses', () => {
    expect(injectorAmong('https://gc.kis.v2.scr.kaspersky-labs.com/x.js')).toBeNull();
    expect(injectorAmong([42, null, {}])).toBeNull();
    expect(found([...Array(5).fill('/x.js'), 'https://gc.kis.v2.scr.kaspersky-labs.com/x.js'])).toBeNull();
  });

  it('a cheap test lets through only addresses that may be the injector', () => {
    expect(['https://gc.kis.v2.scr.kaspersky-labs.com/x.js', 'HTTPS://GC.KIS.V2.SCR.KASPERSKY-LABS.COM/x.js'].every(mayBeInjection)).toBe(true);
    expect([null, '', '/app.js', 'https://cdn.example/site.css'].some(mayBeInjection)).toBe(false);
  });
});

describe('the two-site rule', () => {
  const t0 = 1_700_000_000_000;

  it('one site alone, however often, is not a sighting', () => {
    let state = recordSighting(undefined, 'aaa', t0);
    state = recordSighting(state.sightings, 'aaa', t0 + 1000);
    state = recordSighting(state.sightings, 'aaa', t0 + 2000);
    expect(state.confirmed).toBe(false);
    expect(state.sightings).toHaveLength(1);
  });

  it('two different domains within 24 hours are', () => {
    const first = recordSighting(undefined, 'aaa', t0);
    expect(recordSighting(first.sightings, 'bbb', t0 + SIGHTING_WINDOW_MS - 1).confirmed).toBe(true);
  });

  it('sightings older than 24 hours expire', () => {
    const first = recordSighting(undefined, 'aaa', t0);
    const second = recordSighting(first.sightings, 'bbb', t0 + SIGHTING_WINDOW_MS + 1);
    expect(second.confirmed).toBe(false);
    expect(second.sightings.map((s) => s.domainHash)).toEqual(['bbb']);
  });

  it('keeps a handful at most and survives corrupt stored data', () => {
    let sightings: unknown[] = [null, 5, { domainHash: 1 }, 'x'];
    for (let i = 0; i < 20; i += 1) sightings = recordSighting(sightings, `h${i}`, t0 + i).sightings;
    expect(sightings.length).toBeLessThanOrEqual(MAX_SIGHTINGS);
  });

  it('the notice is due once per 30 days, the report once per day', () => {
    expect(noticeDue(undefined, t0)).toBe(true);
    expect(noticeDue(t0, t0 + 29 * 86_400_000)).toBe(false);
    expect(noticeDue(t0, t0 + 30 * 86_400_000)).toBe(true);
    expect(reportDue(t0, t0 + 3_600_000)).toBe(false);
    expect(reportDue(t0, t0 + 86_400_000)).toBe(true);
  });
});
