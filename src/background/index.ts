/**
 * Background: owns the toolbar badge and the per-tab verdicts the popup reads. All state
 * lives in storage.session, so a restarted service worker (or Firefox event page) picks
 * up where it left off.
 */
import { browser, type Runtime } from '../platform/browser';
import { isMessage, type Message, type TabState } from '../shared/messages';
import { clearTab, readTabState, writeTabState } from './tab-state';
import { showBadge } from './badge';

function fromOurContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0;
}

function fromOurPages(sender: Runtime.MessageSender): boolean {
  // Extension pages (popup, details) have our own URL; content scripts carry the page's.
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'verdict': {
      if (!fromOurContentScript(sender)) return undefined;
      const tabId = sender.tab.id;
      if (message.verdict.kind === 'none') {
        await clearTab(tabId);
        return undefined;
      }
      const state: TabState = { verdict: message.verdict, host: message.host, updatedAt: Date.now() };
      await writeTabState(tabId, state);
      await showBadge(tabId, state);
      return undefined;
    }
    case 'get-tab-state':
      return fromOurPages(sender) ? readTabState(message.tabId) : null;
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  return handle(message, sender);
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
