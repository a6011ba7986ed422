import type { Route } from './router';
import type { TabState } from '../shared/messages';
import type { PageKind, Verdict } from '../detect/types';
import { clearTab, readTabState, writeTabState } from './tab-state';
import { showBadge } from './badge';

const KINDS: ReadonlySet<unknown> = new Set<PageKind>(['product', 'checkout', 'listing', 'none']);
// Generous sanity bounds: they stop a runaway page from filling storage, not real verdicts.
const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** The content script runs inside pages we do not control: only a well-formed verdict reaches storage and the badge. */
export function isVerdict(value: unknown): value is Verdict {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, confidence, confirmed, products, evidence } = value as Record<string, unknown>;
  return (
    KINDS.has(kind) &&
    typeof confidence === 'number' &&
    Number.isFinite(confidence) &&
    typeof confirmed === 'boolean' &&
    Array.isArray(products) &&
    products.length <= 100 &&
    products.every((product) => isShortString(product, 1000)) &&
    Array.isArray(evidence) &&
    evidence.length <= 500 &&
    evidence.every((item: unknown) => {
      if (typeof item !== 'object' || item === null) return false;
      const { signal, detail, strength } = item as Record<string, unknown>;
      return isShortString(signal, 200) && isShortString(detail, 5000) && (strength === 'strong' || strength === 'weak');
    })
  );
}

/**
 * Evidence may quote the page's address (e.g. a product-URL signal); storage keeps the
 * host only (TabState), so any detail that is or contains the page's path or query, or is
 * itself a URL or path, is blanked before the verdict is stored.
 */
export function withoutPageAddress(verdict: Verdict, pageUrl: string): Verdict {
  let address = '';
  let pathname = '';
  try {
    const url = new URL(pageUrl);
    pathname = url.pathname.length > 1 ? url.pathname : '';
    address = url.pathname + url.search;
  } catch {
    // No usable URL: only the shape rules below apply.
  }
  const quotesAddress = (detail: string): boolean =>
    detail.startsWith('/') ||
    /^[a-z][a-z0-9+.-]*:\/\//i.test(detail) ||
    (detail.length >= 4 && address.includes(detail)) ||
    (pathname !== '' && detail.includes(pathname));
  return { ...verdict, evidence: verdict.evidence.map((item) => (quotesAddress(item.detail) ? { ...item, detail: '' } : item)) };
}

/**
 * Verdicts for one tab are applied one after another, in the order they arrived. Each one
 * awaits storage and the badge, and a single-page app flipping routes sends several in a
 * burst: run concurrently, an older verdict could finish last and leave a stale badge.
 */
const appliedInOrder = new Map<number, Promise<void>>();

function inOrder(tabId: number, apply: () => Promise<void>): Promise<void> {
  const next = (appliedInOrder.get(tabId) ?? Promise.resolve()).then(apply).catch(() => undefined);
  appliedInOrder.set(tabId, next);
  void next.then(() => {
    if (appliedInOrder.get(tabId) === next) appliedInOrder.delete(tabId);
  });
  return next;
}

/** Content → background: the verdict for the sender's tab sets or clears the badge. */
export const verdictRoute: Route<'verdict'> = {
  from: 'content',
  async handle({ verdict, host }, sender) {
    if (!sender || !isVerdict(verdict) || !isShortString(host, 253)) return undefined;
    const tabId = sender.tabId;
    const state: TabState = { verdict: withoutPageAddress(verdict, sender.url), host, updatedAt: Date.now() };
    await inOrder(tabId, async () => {
      if (verdict.kind === 'none') return clearTab(tabId);
      await writeTabState(tabId, state);
      await showBadge(tabId, state);
    });
    return undefined;
  },
};

/** Popup → background: what was found on a tab. */
export const tabStateRoute: Route<'get-tab-state'> = {
  from: 'pages',
  handle: ({ tabId }) => (Number.isInteger(tabId) ? readTabState(tabId) : null),
};
