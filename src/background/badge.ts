import { browser, t } from '../platform/browser';
import type { TabState } from '../shared/messages';

export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const product = state.verdict.products[0] ?? t('productFallback');
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#B42318' });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: t('badgeTitle', [product]) });
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  } catch {
    // The tab closed meanwhile.
  }
}
