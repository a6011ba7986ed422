/**
 * The browser's own extension namespace, standing in for webextension-polyfill in the
 * content page module only (build/lazy-content.ts aliases the package to this file there).
 * Firefox has `browser`; Chrome's Manifest V3 `chrome` returns promises for every call the
 * page module makes (storage, runtime messages, i18n). The polyfill would add 29 kB to
 * page.js and a proxy layer to each call, on the page's main thread (npm run bench).
 */
import type Browser from 'webextension-polyfill';

const scope = globalThis as { browser?: unknown; chrome?: unknown };
const native = (scope.browser ?? scope.chrome) as typeof Browser;
export default native;
