import { browser } from '../platform/browser';
import type { Route } from './router';

/**
 * Content → background: web pages may not open extension pages, so the notice's and the
 * confirmation's "Details and sources" asks the background to, next to the sender's tab.
 */
export const openDetailsRoute: Route<'open-details'> = {
  from: 'content',
  async handle({ from }, sender) {
    const origin = from === 'confirm' || from === 'presence' ? from : 'notice';
    // The presence notice opens the part about Kaspersky software already installed.
    const url = browser.runtime.getURL(`src/details/index.html?from=${origin}${origin === 'presence' ? '#installed' : ''}`);
    const tab = sender ? await browser.tabs.get(sender.tabId).catch(() => null) : null;
    await browser.tabs.create({ url, ...(tab ? { openerTabId: tab.id, index: tab.index + 1 } : {}) });
    return undefined;
  },
};
