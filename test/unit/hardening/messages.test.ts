/**
 * The background's message surface, tested on the real background script (index.ts and
 * every route it wires) over an in-memory browser. A content script runs inside pages the
 * extension does not control, so it may ask only for its narrow set of actions; anything
 * from a subframe, another extension, or an unknown or malformed message is ignored
 * without throwing and without touching storage or the badge.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Routes, SenderKind } from '../../../src/background/router';
import { FAKE_EXTENSION_BASE, FAKE_EXTENSION_ID, sharedFake } from './fake-browser';

vi.mock('../../../src/platform/browser', async () => {
  const { sharedFake: fake } = await import('./fake-browser');
  return {
    browser: fake.browser,
    t: (key: string) => key,
    sendMessage: () => Promise.reject(new Error('the background does not message itself')),
  };
});

// Records the route table index.ts hands to the real router.
vi.mock('../../../src/background/router', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/background/router')>();
  const { recordedRoutes } = await import('./fake-browser');
  return { ...real, listen: (routes: Routes) => (recordedRoutes.push(routes), real.listen(routes)) };
});

/** What a content script may ask for: report what it saw, open the details page, and its own site's dismissal. */
const CONTENT_MAY_SEND: readonly string[] = ['verdict', 'report-event', 'open-details', 'get-site-dismissal', 'dismiss-site', 'kaspersky-protection-seen'];
/** Reading other tabs' state or the list of dismissed sites, and undoing dismissals, are for extension pages only. */
const PAGES_ONLY: readonly string[] = ['get-tab-state', 'list-dismissals', 'remove-dismissal', 'get-presence'];

type Sender = Record<string, unknown>;
const TAB_ID = 7;
const PRODUCT_URL = 'https://www.amazon.com/Kaspersky-Premium/dp/B0BLHQ7XRT';
const SENDERS: Record<string, Sender> = {
  content: { id: FAKE_EXTENSION_ID, url: PRODUCT_URL, tab: { id: TAB_ID, index: 0, url: PRODUCT_URL }, frameId: 0 },
  pages: { id: FAKE_EXTENSION_ID, url: `${FAKE_EXTENSION_BASE}src/popup/index.html` },
  subframe: { id: FAKE_EXTENSION_ID, url: 'https://js.stripe.com/v3/elements-inner-card.html', tab: { id: TAB_ID, index: 0, url: PRODUCT_URL }, frameId: 4 },
  otherExtension: { id: 'otherextensionbbbbbbbbbbbbbbbbbb', url: 'chrome-extension://otherextensionbbbbbbbbbbbbbbbbbb/popup.html' },
  otherExtensionInTab: { id: 'otherextensionbbbbbbbbbbbbbbbbbb', url: PRODUCT_URL, tab: { id: TAB_ID, index: 0, url: PRODUCT_URL }, frameId: 0 },
  noId: { url: PRODUCT_URL, tab: { id: TAB_ID, index: 0, url: PRODUCT_URL }, frameId: 0 },
  // Our id but neither our URL nor a tab: not a context the extension has.
  noTab: { id: FAKE_EXTENSION_ID, url: 'https://evil.example/' },
};
const PRIVATE_CONTENT: Sender = { ...SENDERS.content, tab: { id: TAB_ID, index: 0, url: PRODUCT_URL, incognito: true } };

const VALID_VERDICT = {
  kind: 'product',
  confidence: 0.95,
  confirmed: true,
  products: ['Kaspersky Premium'],
  evidence: [{ signal: 'jsonld-brand', detail: 'Kaspersky', strength: 'strong' }],
};

/** A well-formed request body for each type, so that only the sender decides the outcome. */
const VALID_REQUEST: Record<string, Record<string, unknown>> = {
  'verdict': { verdict: VALID_VERDICT, host: 'www.amazon.com' },
  'get-tab-state': { tabId: TAB_ID },
  'report-event': { kind: 'product', product: 'Kaspersky Premium', action: 'shown' },
  'open-details': { from: 'notice' },
  'get-site-dismissal': {},
  'dismiss-site': {},
  'list-dismissals': {},
  'remove-dismissal': { domain: 'amazon.com' },
  'kaspersky-protection-seen': { sources: ['https://gc.kis.v2.scr.kaspersky-labs.com/FD12/main.js'] },
  'get-presence': {},
};

const fake = sharedFake;
let routes: Routes;

function listener(): (message: unknown, sender: Sender) => unknown {
  const listeners = fake.browser.runtime.onMessage.listeners;
  expect(listeners).toHaveLength(1);
  return listeners[0] as unknown as (message: unknown, sender: Sender) => unknown;
}

/** Lets queued handlers and storage writes finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Everything a message could change: both storage areas, badges, opened tabs. */
function observable(): string {
  return JSON.stringify({
    local: fake.browser.storage.local.data,
    session: fake.browser.storage.session.data,
    badges: [...fake.badges],
    created: fake.createdTabs,
  });
}

/** 'resolved', or the rejection as text so that a failure says what went wrong. */
function outcome(result: unknown): Promise<string> {
  return Promise.resolve(result).then(
    () => 'resolved',
    (error: unknown) => `rejected: ${String(error)}`,
  );
}

function allowedSender(type: string): SenderKind {
  return (routes as unknown as Record<string, { from: SenderKind }>)[type]!.from;
}

beforeAll(async () => {
  await import('../../../src/background/index');
  const { recordedRoutes } = await import('./fake-browser');
  expect(recordedRoutes).toHaveLength(1);
  routes = recordedRoutes[0]!;
});

beforeEach(async () => {
  await settle();
  await fake.browser.storage.local.clear();
  await fake.browser.storage.session.clear();
  fake.badges.clear();
  fake.createdTabs.length = 0;
  fake.tabs.clear();
  fake.tabs.set(TAB_ID, { id: TAB_ID, index: 0, url: PRODUCT_URL });
});

describe('route table', () => {
  it('every route names one kind of sender', () => {
    for (const [type, route] of Object.entries(routes)) expect(['content', 'pages'], type).toContain((route as { from: string }).from);
  });

  it('a content script can ask only for its narrow set of actions', () => {
    const contentTypes = Object.keys(routes).filter((type) => allowedSender(type) === 'content');
    for (const type of contentTypes) expect(CONTENT_MAY_SEND, `"${type}" is open to content scripts`).toContain(type);
    for (const type of PAGES_ONLY) if (type in routes) expect(allowedSender(type), type).toBe('pages');
  });

  it('this test has a valid request for every route', () => {
    expect(Object.keys(VALID_REQUEST).sort()).toEqual(expect.arrayContaining(Object.keys(routes).sort()));
  });
});

describe('sender checks', () => {
  const types = Object.keys(VALID_REQUEST);
  for (const type of types) {
    for (const [senderName, sender] of Object.entries(SENDERS)) {
      it(`"${type}" from ${senderName}`, async () => {
        if (!routes || !(type in routes)) return;
        const before = observable();
        const result = listener()({ type, ...VALID_REQUEST[type] }, sender);
        const allowed = senderName === allowedSender(type);
        if (allowed) {
          expect(result, 'handled: the router answers with a promise').toBeInstanceOf(Promise);
          await expect(outcome(result)).resolves.toBe('resolved');
        } else {
          // Ignored: no answer at all, so the sender's promise gets nothing from us either.
          expect(result).toBeUndefined();
          await settle();
          expect(observable()).toBe(before);
        }
      });
    }
  }

  it('a content script cannot read another tab, list or undo dismissals', async () => {
    await listener()({ type: 'verdict', verdict: VALID_VERDICT, host: 'www.amazon.com' }, SENDERS.content!);
    await listener()({ type: 'dismiss-site' }, SENDERS.content!);
    await settle();
    const dismissedBefore = JSON.stringify(fake.browser.storage.local.data);
    expect(dismissedBefore).toContain('amazon.com');

    expect(listener()({ type: 'get-tab-state', tabId: TAB_ID }, SENDERS.content!)).toBeUndefined();
    expect(listener()({ type: 'list-dismissals' }, SENDERS.content!)).toBeUndefined();
    expect(listener()({ type: 'remove-dismissal', domain: 'amazon.com' }, SENDERS.content!)).toBeUndefined();
    await settle();
    expect(JSON.stringify(fake.browser.storage.local.data)).toBe(dismissedBefore);

    // The same requests from an extension page work.
    await expect(listener()({ type: 'get-tab-state', tabId: TAB_ID }, SENDERS.pages!)).resolves.toMatchObject({ host: 'www.amazon.com' });
    await listener()({ type: 'remove-dismissal', domain: 'amazon.com' }, SENDERS.pages!);
    expect(JSON.stringify(fake.browser.storage.local.data)).not.toContain('"amazon.com"');
  });

  it('stored tab state keeps the host but never the page path, even when evidence quotes it', async () => {
    const verdict = {
      ...VALID_VERDICT,
      evidence: [
        { signal: 'product-url', detail: '/Kaspersky-Premium/dp/B0BLHQ7XRT', strength: 'weak' },
        { signal: 'product-url', detail: 'B0BLHQ7XRT', strength: 'weak' },
        { signal: 'canonical', detail: PRODUCT_URL, strength: 'weak' },
        { signal: 'jsonld-brand', detail: 'Kaspersky', strength: 'strong' },
      ],
    };
    await listener()({ type: 'verdict', verdict, host: 'www.amazon.com' }, SENDERS.content!);
    const stored = JSON.stringify(fake.browser.storage.session.data);
    expect(stored).toContain('www.amazon.com');
    expect(stored).toContain('Kaspersky');
    expect(stored).not.toContain('B0BLHQ7XRT');
    expect(stored).not.toContain('/dp/');
    expect(fake.badges.get(TAB_ID)).toBe('!');
  });

  it('nothing is persisted from a private window', async () => {
    for (const type of Object.keys(routes).filter((name) => allowedSender(name) === 'content')) {
      await listener()({ type, ...VALID_REQUEST[type] }, PRIVATE_CONTENT);
    }
    await settle();
    expect(fake.browser.storage.local.data).toEqual({});
  });

  it('a verdict from a subframe (a payment iframe) never sets the badge', async () => {
    expect(listener()({ type: 'verdict', verdict: VALID_VERDICT, host: 'js.stripe.com' }, SENDERS.subframe!)).toBeUndefined();
    await settle();
    expect(fake.badges.get(TAB_ID) ?? '').toBe('');
  });
});

describe('unknown and malformed messages', () => {
  const notMessages: unknown[] = [undefined, null, 0, 42, 'verdict', true, [], ['verdict'], {}, { type: 42 }, { type: null }, { type: ['verdict'] }, { type: { toString: () => 'verdict' } }];
  const unknownTypes = ['', 'VERDICT', 'verdict ', 'eval', 'set-badge', 'clear-storage', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('non-messages and unknown types are ignored from every sender', async () => {
    const before = observable();
    for (const sender of Object.values(SENDERS)) {
      for (const message of notMessages) expect(listener()(message, sender)).toBeUndefined();
      for (const type of unknownTypes) expect(listener()({ type, verdict: VALID_VERDICT, tabId: TAB_ID }, sender)).toBeUndefined();
    }
    await settle();
    expect(observable()).toBe(before);
  });

  const garbage: unknown[] = [undefined, null, 0, -1, Number.NaN, 1e308, '', 'x'.repeat(100_000), true, [], {}, { kind: 'product' }, [null], { toString: null }];

  it('malformed payloads from the allowed sender never throw or reject', async () => {
    // The router logs a handler's failure; the point here is that the sender gets an answer.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const type of Object.keys(routes)) {
      const sender = SENDERS[allowedSender(type)]!;
      const fields = Object.keys(VALID_REQUEST[type] ?? {});
      const variants: Array<Record<string, unknown>> = [{}];
      for (const field of fields) for (const value of garbage) variants.push({ ...VALID_REQUEST[type], [field]: value });
      for (const variant of variants) {
        let result: unknown;
        expect(() => (result = listener()({ ...variant, type }, sender)), `${type} ${JSON.stringify(variant).slice(0, 80)}`).not.toThrow();
        if (result instanceof Promise) await expect(outcome(result), `${type} ${JSON.stringify(variant).slice(0, 80)}`).resolves.toBe('resolved');
      }
    }
  });

  it('a malformed verdict neither sets the badge nor stores tab state', async () => {
    const malformed: unknown[] = [
      null,
      'product',
      { kind: 'product' },
      { ...VALID_VERDICT, kind: 'exploit' },
      { ...VALID_VERDICT, products: 'Kaspersky Premium' },
      { ...VALID_VERDICT, products: [{ name: 'Kaspersky' }] },
      { ...VALID_VERDICT, evidence: [{ signal: 1 }] },
      { ...VALID_VERDICT, confirmed: 'yes' },
      { ...VALID_VERDICT, confidence: 'high' },
    ];
    for (const verdict of malformed) {
      await listener()({ type: 'verdict', verdict, host: 'www.amazon.com' }, SENDERS.content!);
      await listener()({ type: 'verdict', verdict: VALID_VERDICT, host: { evil: true } }, SENDERS.content!);
    }
    await settle();
    expect(fake.badges.get(TAB_ID) ?? '').toBe('');
    expect(fake.browser.storage.session.data).toEqual({});
  });
});
