import type { Route } from './router';
import type { TabState } from '../shared/messages';
import { clearTab, readTabState, writeTabState } from './tab-state';
import { showBadge } from './badge';

/** Content → background: the verdict for the sender's tab sets or clears the badge. */
export const verdictRoute: Route<'verdict'> = {
  from: 'content',
  async handle({ verdict, host }, sender) {
    const tabId = sender!.tabId;
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
  handle: ({ tabId }) => readTabState(tabId),
};
