/**
 * Background (a service worker in Chrome, an event page in Firefox). It keeps no state
 * in globals: per-tab verdicts live in storage.session and settings in storage.local,
 * so a restart picks up where it left off.
 */
import { browser } from '../platform/browser';
import { listen } from './router';
import { tabStateRoute, verdictRoute } from './verdicts';
import { clearTab } from './tab-state';
import { handleInstalled, watchManagedPolicy } from './policy';
import { reportEventRoute } from './report';
import { dismissSiteRoute, getSiteDismissalRoute, listDismissalsRoute, removeDismissalRoute } from './dismissals';
import { openDetailsRoute } from './open-details';
import { presenceSeenRoute, presenceStatusRoute } from './installed';

listen({
  'verdict': verdictRoute,
  'get-tab-state': tabStateRoute,
  'report-event': reportEventRoute,
  'open-details': openDetailsRoute,
  'get-site-dismissal': getSiteDismissalRoute,
  'dismiss-site': dismissSiteRoute,
  'list-dismissals': listDismissalsRoute,
  'remove-dismissal': removeDismissalRoute,
  'kaspersky-protection-seen': presenceSeenRoute,
  'get-presence': presenceStatusRoute,
});

// Enterprise policy: keep the cached copy fresh so nothing waits on storage.managed.
watchManagedPolicy();

// A full navigation starts a new page: its content script reports afresh.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading' && changeInfo.url !== undefined) void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId, false));

// First run: show what the extension does and where its settings are, unless a policy
// (showFirstRunPage: false) says not to.
browser.runtime.onInstalled.addListener((details) => {
  void handleInstalled(details, browser.runtime.getURL('src/details/index.html?welcome=1'));
});
