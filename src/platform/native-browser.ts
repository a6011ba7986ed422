/**
 * The browser's own extension namespace, standing in for webextension-polyfill in the
 * content page module only (build/lazy-content.ts aliases the package to this file there).
 * Firefox has `browser`; Chrome's Manifest V3 `chrome` returns promises for every call the
 * page module makes (storage, runtime messages). The polyfill would add 14 kB to page.js
 * and a proxy layer to each call, on the page's main thread (npm run bench).
 *
 * The page module's own strings (src/i18n/<lang>/content.json and presence.json) are
 * bundled and answered here: the browser fetches an extension's whole message bundle with
 * a synchronous round trip on its first getMessage in each renderer process, which delays
 * the first warning on a page by milliseconds. Language choice follows the browser's: the
 * UI language, else its base language, else English, key by key.
 */
import type Browser from 'webextension-polyfill';
import { formatMessage, type MessageEntry } from './messages';
import enContent from '../i18n/en/content.json';
import enPresence from '../i18n/en/presence.json';
import esContent from '../i18n/es/content.json';
import esPresence from '../i18n/es/presence.json';

type Catalogue = Readonly<Record<string, MessageEntry>>;
const CATALOGUES: Readonly<Record<string, Catalogue>> = { en: { ...enContent, ...enPresence }, es: { ...esContent, ...esPresence } };

const scope = globalThis as { browser?: unknown; chrome?: unknown };
const native = (scope.browser ?? scope.chrome) as typeof Browser;

let catalogue: Catalogue | null = null;
function own(key: string): MessageEntry | undefined {
  catalogue ??= CATALOGUES[native.i18n.getUILanguage().toLowerCase().split(/[-_]/)[0]!] ?? CATALOGUES.en!;
  return catalogue[key] ?? CATALOGUES.en![key];
}

const browser = {
  get runtime() {
    return native.runtime;
  },
  get storage() {
    return native.storage;
  },
  i18n: {
    getUILanguage: () => native.i18n.getUILanguage(),
    getMessage: (key: string, substitutions?: string | string[]): string => {
      const entry = own(key);
      return entry ? formatMessage(entry, substitutions) : native.i18n.getMessage(key, substitutions);
    },
  },
} as unknown as typeof Browser;

export default browser;
