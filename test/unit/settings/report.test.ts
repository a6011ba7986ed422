import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof import('./fake-browser').createFakeBrowser>, sent: [] as unknown[] }));
vi.mock('../../../src/platform/browser', () => ({
  get browser() {
    return fake.current.browser;
  },
  t: (key: string) => key,
  sendMessage: (message: unknown) => {
    fake.sent.push(message);
    return Promise.reject(new Error('background restarting'));
  },
}));

const { buildReportedEvent, postWithRetry, reportEvent } = await import('../../../src/background/report');
const { MANAGED_CACHE_KEY } = await import('../../../src/settings/store');
const { reportWarningEvent } = await import('../../../src/shared/report-event');

beforeEach(() => {
  fake.current = createFakeBrowser();
});

const NOW = new Date('2026-11-23T12:00:00Z');

describe('warning events', () => {
  it('carry the host only: no path, query or anything about the user', () => {
    const event = buildReportedEvent({ kind: 'product', product: 'Kaspersky Premium', action: 'shown' }, 'https://www.amazon.com/dp/B0BLHQ7XRT?tag=me&session=42', NOW);
    expect(event).toEqual({ time: '2026-11-23T12:00:00.000Z', host: 'www.amazon.com', kind: 'product', product: 'Kaspersky Premium', action: 'shown' });
  });

  it('malformed requests are dropped', () => {
    expect(buildReportedEvent({ kind: 'popup', product: 'x', action: 'shown' } as never, 'https://a.example/', NOW)).toBeNull();
    expect(buildReportedEvent({ kind: 'product', product: 'x', action: 'bought' } as never, 'https://a.example/', NOW)).toBeNull();
    expect(buildReportedEvent({ kind: 'product', product: 'x', action: 'shown' }, 'file:///home/me/page.html', NOW)).toBeNull();
  });
});

describe('postWithRetry', () => {
  const noSleep = vi.fn(async () => undefined);

  it('sends a simple no-cors text/plain POST that needs no permission or preflight', async () => {
    const fetch = vi.fn(async () => new Response(null));
    expect(await postWithRetry('https://collector.example/ksw', '{"a":1}', { fetch, sleep: noSleep })).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://collector.example/ksw');
    expect(init).toMatchObject({ method: 'POST', mode: 'no-cors', credentials: 'omit', body: '{"a":1}' });
    expect(init.headers).toEqual({ 'content-type': 'text/plain;charset=UTF-8' });
  });

  it('retries network failures a bounded number of times with growing delays', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const sleep = vi.fn(async (_ms: number) => undefined);
    expect(await postWithRetry('https://collector.example/', '{}', { fetch, sleep })).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([2_000, 6_000]);
  });

  it('stops retrying once delivered', async () => {
    let calls = 0;
    const fetch = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('offline');
      return new Response(null);
    });
    expect(await postWithRetry('https://collector.example/', '{}', { fetch, sleep: noSleep })).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('reportEvent', () => {
  const event = { time: NOW.toISOString(), host: 'www.amazon.com', kind: 'confirm', product: 'Kaspersky Plus', action: 'went_back' } as const;

  it('sends nothing when no reportUrl is set', async () => {
    const fetch = vi.fn(async () => new Response(null));
    await reportEvent(event, { fetch });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('ignores a reportUrl the user tried to set: only a policy can', async () => {
    await fake.current.browser.storage.local.set({ userSettings: { reportUrl: 'https://user.example/' } });
    const fetch = vi.fn(async () => new Response(null));
    await reportEvent(event, { fetch });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("POSTs the event as JSON to the policy's reportUrl", async () => {
    await fake.current.browser.storage.local.set({ [MANAGED_CACHE_KEY]: { reportUrl: 'https://collector.example/ksw' } });
    const fetch = vi.fn(async () => new Response(null));
    await reportEvent(event, { fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://collector.example/ksw');
    expect(JSON.parse(init.body as string)).toEqual(event);
  });
});

describe('reportWarningEvent (content side)', () => {
  it('sends typed messages, "shown" once per page and warning, answers every time, and never throws', () => {
    fake.sent.length = 0;
    reportWarningEvent('product', 'Kaspersky Premium', 'shown');
    reportWarningEvent('product', 'Kaspersky Premium', 'shown');
    reportWarningEvent('checkout', 'Kaspersky Premium', 'shown');
    reportWarningEvent('confirm', 'Kaspersky Premium', 'went_back');
    reportWarningEvent('confirm', 'Kaspersky Premium', 'went_back');
    expect(fake.sent).toEqual([
      { type: 'report-event', kind: 'product', product: 'Kaspersky Premium', action: 'shown' },
      { type: 'report-event', kind: 'checkout', product: 'Kaspersky Premium', action: 'shown' },
      { type: 'report-event', kind: 'confirm', product: 'Kaspersky Premium', action: 'went_back' },
      { type: 'report-event', kind: 'confirm', product: 'Kaspersky Premium', action: 'went_back' },
    ]);
  });
});
