import { browser, t } from '../platform/browser';
import type { TabState } from '../shared/messages';
import { loadSettings } from '../settings/store';
import { behaviourForHost } from '../settings/resolve';
import { readTabState } from './tab-state';

/**
 * Sets "!" and a tooltip naming the product on a tab with a verdict. The badge lives per tab
 * in the browser itself, so it survives tab switches and a service-worker restart; it is
 * cleared by navigation (index.ts) and by a later verdict of `none` (SPA route changes).
 * Mode `off` and excluded hosts get no badge at all.
 */
export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const { values } = await loadSettings();
  if (!behaviourForHost(values, state.host).badge) {
    await clearBadge(tabId);
    return;
  }
  // Verdicts are handled concurrently: a later "none" (an SPA route change) may already have
  // cleared the tab while this one was waiting. The stored tab state is the truth; check it
  // before setting the badge and again after, so the last verdict wins whatever the order.
  if (!(await readTabState(tabId))) return;
  const product = state.verdict.products[0] ?? t('productFallback');
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#B42318' });
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: t('badgeTitle', [product]) });
  } catch {
    // The tab closed meanwhile.
  }
  if (!(await readTabState(tabId))) await clearBadge(tabId);
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  } catch {
    // The tab closed meanwhile.
  }
}
