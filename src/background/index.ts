/**
 * Background (a service worker in Chrome, an event page in Firefox). It keeps no state
 * in globals: per-tab verdicts live in storage.session and settings in storage.local,
 * so a restart picks up where it left off.
 */
import { browser } from '../platform/browser';
import { listen } from './router';
import { tabStateRoute, verdictRoute } from './verdicts';
import { clearTab } from './tab-state';

listen({
  'verdict': verdictRoute,
  'get-tab-state': tabStateRoute,
});

// A full navigation starts a new page: its content script reports afresh.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading' && changeInfo.url !== undefined) void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId, false));

// First run: show what the extension does and where its settings are.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/details/index.html?welcome=1') });
});
