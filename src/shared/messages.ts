/**
 * Every message between the extension's contexts, typed in one place. Each type has one
 * route in the background, which also names who may send it (background/router.ts).
 */
import type { Verdict } from '../detect/types';

export interface TabState {
  readonly verdict: Verdict;
  /** Host only — never the path — so that nothing about the page beyond its site is kept. */
  readonly host: string;
  readonly updatedAt: number;
}

export interface MessageMap {
  /** Content script → background: the verdict for the sender's tab (kind `none` clears it). */
  'verdict': { request: { verdict: Verdict; host: string }; response: undefined };
  /** Popup → background: what was found on a tab. */
  'get-tab-state': { request: { tabId: number }; response: TabState | null };
}

export type MessageType = keyof MessageMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & MessageMap[K]['request'] : never;
export type Response<K extends MessageType> = MessageMap[K]['response'];
