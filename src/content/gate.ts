/**
 * The only script the manifest injects into every page. It must cost next to nothing
 * where nothing is for sale, so it imports nothing: a few cheap reads decide whether the
 * page could concern Kaspersky, and only then is the full detector and warning UI
 * (`content/page.js`, built from `src/content/page.ts`) imported.
 *
 * It talks to `chrome`/`browser` directly instead of through webextension-polyfill:
 * the polyfill alone would triple this file. Everything after the gate uses the polyfill.
 */
import type { PageModule, Trigger } from './page-module';

declare const chrome: { runtime: { getURL(path: string): string; id?: string } };

// Brand (with look-alike letters and separators), Kaspersky part numbers, and the
// product words a Kaspersky page may carry without the brand (Amazon titles).
const MAYBE = /k\W?[aа4@]\W?[sѕ5$]\W?p\W?[eе3]\W?r\W?[sѕ5$]\W?k\W?[yу]|касперск|\bkl\d{4}|total security|internet security|anti-?virus|security cloud|safe kids|small office security|endpoint security/i;
// Pages that list or hold items: carts and checkouts need a look even without the words above.
const CART_PATH = /\/(?:cart|basket|bag|checkout)(?:[/.?#_-]|$)/i;
const STORE_HOST = /(?:^|\.)kaspersky\.(?:com|co\.uk|de|fr|it|es|nl|ca|com\.au|co\.in|co\.jp|com\.br|ru)$/;
// Where a product page names what it sells; read instead of the whole body.
const NAMING_PARTS = 'title,h1,#bylineInfo,[itemprop=brand],[itemprop=name],meta[property="og:title"],meta[property="product:brand"],script[type="application/ld+json"]';
const MAX_ADDED_TEXT = 4000;

let pageModule: Promise<PageModule> | null = null;
let lastHref = location.href;
let pending: Element[] = [];
let flushScheduled = false;

function namingTextMatches(): boolean {
  for (const element of Array.from(document.querySelectorAll(NAMING_PARTS))) {
    const text = element instanceof HTMLMetaElement ? element.content : element.textContent;
    if (text && MAYBE.test(text)) return true;
  }
  return false;
}

function looksRelevant(): boolean {
  return STORE_HOST.test(location.hostname) || CART_PATH.test(location.pathname) || MAYBE.test(decodeURIComponent(location.pathname)) || namingTextMatches();
}

function activate(trigger: Trigger): void {
  pageModule ??= import(/* @vite-ignore */ chrome.runtime.getURL('content/page.js')) as Promise<PageModule>;
  pageModule.then((module) => module.evaluate(trigger)).catch(() => {
    // The extension was reloaded or the import was blocked: the page goes on untouched.
  });
}

function flush(): void {
  flushScheduled = false;
  const added = pending;
  pending = [];
  if (location.href !== lastHref) {
    lastHref = location.href;
    // After a route change a loaded module re-checks even an unrelated page, so its warning goes away.
    if (pageModule || looksRelevant()) activate('route');
    return;
  }
  for (const element of added) {
    if (element.isConnected && MAYBE.test((element.textContent ?? '').slice(0, MAX_ADDED_TEXT))) {
      activate('mutation');
      return;
    }
  }
}

function schedule(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  setTimeout(flush, 16);
}

function observe(): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        // Bounded: a page adding thousands of nodes per frame costs us a fixed amount.
        if (pending.length < 500 && node.nodeType === 1 && !(node as Element).hasAttribute('data-kaspersky-warning')) pending.push(node as Element);
      }
    }
    if (pending.length > 0 || location.href !== lastHref) schedule();
  }).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', schedule);
  addEventListener('hashchange', schedule);
}

if (looksRelevant()) activate('load');
observe();
