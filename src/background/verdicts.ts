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

/** Content → background: the verdict for the sender's tab sets or clears the badge. */
export const verdictRoute: Route<'verdict'> = {
  from: 'content',
  async handle({ verdict, host }, sender) {
    if (!sender || !isVerdict(verdict) || !isShortString(host, 253)) return undefined;
    const tabId = sender.tabId;
    if (verdict.kind === 'none') {
      await clearTab(tabId);
      return undefined;
    }
    const state: TabState = { verdict, host, updatedAt: Date.now() };
    await writeTabState(tabId, state);
    await showBadge(tabId, state);
    return undefined;
  },
};

/** Popup → background: what was found on a tab. */
export const tabStateRoute: Route<'get-tab-state'> = {
  from: 'pages',
  handle: ({ tabId }) => (Number.isInteger(tabId) ? readTabState(tabId) : null),
};
