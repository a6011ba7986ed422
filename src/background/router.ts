/**
 * Routes typed messages to their handlers after checking who sent them. Each message
 * type names the only kind of sender allowed to send it:
 *  - `content`: our content script in a tab's top frame;
 *  - `pages`: our own extension pages (popup, details page).
 */
import { browser, type Runtime } from '../platform/browser';
import type { MessageMap, MessageType } from '../shared/messages';

export type SenderKind = 'content' | 'pages';

export interface ContentSender {
  readonly tabId: number;
  readonly url: string;
  /** The tab is in a private window: handlers must not persist anything from it. */
  readonly incognito?: boolean;
}

export interface Route<K extends MessageType> {
  readonly from: SenderKind;
  handle(request: MessageMap[K]['request'], sender: ContentSender | null): Promise<MessageMap[K]['response']> | MessageMap[K]['response'];
}

export type Routes = { readonly [K in MessageType]: Route<K> };

/** The host of a content script's page, or null unless it is an http(s) page: handlers keep hosts, never paths. */
export function webHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  // Extension pages have our own URL; content scripts carry the page's.
  if ((sender.url ?? '').startsWith(browser.runtime.getURL(''))) return 'pages';
  if (typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0) return 'content';
  return null;
}

export function listen(routes: Routes): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(routes, type)) return undefined;
    const route = routes[type as MessageType] as Route<MessageType>;
    const kind = senderKind(sender);
    if (kind !== route.from) return undefined;
    const contentSender = kind === 'content' ? { tabId: sender.tab!.id!, url: sender.url ?? '', incognito: sender.tab!.incognito === true } : null;
    // A handler that fails on a malformed request answers `undefined` instead of rejecting:
    // nothing a sender puts in a message can surface as an error in the background.
    return Promise.resolve()
      .then(() => route.handle(message as never, contentSender))
      .catch((error: unknown) => {
        console.warn(`message "${type}" failed:`, error);
        return undefined;
      });
  });
}
