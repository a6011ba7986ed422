/**
 * The one module that imports webextension-polyfill: everything else takes browser APIs
 * from here, so tests can swap in a fake and the content gate can stay polyfill-free.
 */
import browser from 'webextension-polyfill';
import type { Message, MessageType, Response } from '../shared/messages';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** A localised string from `_locales`; every user-visible string goes through this. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Sends a typed message to the background. */
export function sendMessage<K extends MessageType>(message: Message<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(message) as Promise<Response<K>>;
}
