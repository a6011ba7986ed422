import { browser } from '../platform/browser';
import type { TabState } from '../shared/messages';
import { clearBadge } from './badge';

const key = (tabId: number): string => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTab(tabId: number, tabStillOpen = true): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  if (tabStillOpen) await clearBadge(tabId);
}
