/**
 * The only script the manifest injects into every page. It must cost next to nothing
 * where nothing is for sale, so it imports nothing: a few cheap reads decide whether the
 * page could concern Kaspersky, and only then is the full detector and warning UI
 * (`content/page.js`, built from `src/content/page.ts`) imported.
 *
 * It talks to `chrome`/`browser` directly instead of through webextension-polyfill:
 * the polyfill alone would triple this file. Everything after the gate uses the polyfill.
 *
 * Cost rules (measured by `npm run bench`): no layout reads, no selector runs over the
 * whole document, nothing per mutation beyond collecting added elements, one look per
 * batch, and on pages that keep rewriting themselves, observation in pauses.
 */
import type { PageModule, Trigger } from './page-module';

declare const chrome: { runtime: { getURL(path: string): string; id?: string } };

// Brand (with look-alike letters and separators) and Kaspersky part numbers.
const MAYBE = /k\W?[aа4@]\W?[sѕ5$]\W?p\W?[eе3]\W?r\W?[sѕ5$]\W?k\W?[yу]|касперск|\bkl\d{4}/i;
// Product words a Kaspersky page may carry without the brand (Amazon titles). Alone they
// fit every antivirus shop's page, so they count only when one of the places where a shop
// writes the brand (looked up by id, never searched for) names Kaspersky.
const PRODUCT_WORDS = /total security|internet security|anti-?virus|security cloud|safe kids|small office security|endpoint security/i;
const BRAND_PLACE_IDS = ['bylineInfo', 'brand', 'productDetails_techSpec_section_1', 'productDetails_detailBullets_sections1', 'detailBullets_feature_div', 'productOverview_feature_div'];
// Pages that list or hold items: carts and checkouts need a look even without the words above.
const CART_PATH = /\/(?:cart|basket|bag|checkout)(?:[/.?#_-]|$)/i;
const STORE_HOST = /(?:^|\.)kaspersky\.(?:com|co\.uk|de|fr|it|es|nl|ca|com\.au|co\.in|co\.jp|com\.br|ru)$/;
// Where a product page names what it sells, read instead of the whole body: the title, the
// head's og:title, product:brand and JSON-LD, the byline and the first <h1>. None is found
// by a selector run over the whole document (one such run costs more than the whole budget
// on a large page): the head is small, the byline is an id lookup, and the search for the
// first <h1> stops there. Every DOM interface touched costs a first-use fee in our world,
// so the reads touch as few as they can.
const HEAD_NAMING = 'meta[property="og:title"],meta[property="product:brand"],script[type="application/ld+json"]';
const MAX_NAMING_TEXT = 20_000;
const MAX_ADDED_TEXT = 4000;
/** At most this many added elements are kept per batch: a page adding thousands costs us a fixed amount. */
const MAX_PENDING = 500;
/** A batch of mutations is looked at a few ms after it starts: one look for a burst of changes. */
const BATCH_MS = 5;
/** After this many back-to-back batches a page counts as busy (a live feed, a ticker). */
const BUSY_AFTER_BATCHES = 12;
/** On a busy page that nothing relevant is on, observation pauses grow up to this long. */
const MAX_PAUSE_MS = 1000;

let pageModule: Promise<PageModule> | null = null;
let lastHref = location.href;
let pending: Element[] = [];
let batchScheduled = false;
let lastBatchAt = 0;
let pauseEndedAt = 0;
let busyBatches = 0;
let pauseMs = BATCH_MS;
let observer: MutationObserver | null = null;

let brandPlacesChecked = false;

function brandInPlaces(): boolean {
  return BRAND_PLACE_IDS.some((id) => MAYBE.test((document.getElementById(id)?.textContent ?? '').slice(0, MAX_NAMING_TEXT)));
}

/** Text that names Kaspersky, or names a product of its kind while the brand places name Kaspersky. */
function matches(text: string | null | undefined): boolean {
  if (!text) return false;
  const head = text.slice(0, MAX_NAMING_TEXT);
  if (MAYBE.test(head)) return true;
  if (brandPlacesChecked || !PRODUCT_WORDS.test(head)) return false;
  // Once per look: a page of antivirus listings would otherwise re-read the same places.
  brandPlacesChecked = true;
  return brandInPlaces();
}

function headNamesKaspersky(): boolean {
  if (matches(document.title)) return true;
  for (const element of Array.from(document.head?.querySelectorAll(HEAD_NAMING) ?? [])) {
    if (matches(element.getAttribute('content') ?? element.textContent)) return true;
  }
  return false;
}

/** `thorough` adds the one read that walks the document: to the first h1. */
function namingTextMatches(thorough: boolean): boolean {
  brandPlacesChecked = false;
  if (headNamesKaspersky() || matches(document.getElementById('bylineInfo')?.textContent)) return true;
  return thorough && matches(document.querySelector('h1')?.textContent);
}

function pathMentionsKaspersky(): boolean {
  try {
    return MAYBE.test(decodeURIComponent(location.pathname));
  } catch {
    // A malformed escape in the URL: read it as it is.
    return MAYBE.test(location.pathname);
  }
}

function looksRelevant(thorough = true): boolean {
  return STORE_HOST.test(location.hostname) || CART_PATH.test(location.pathname) || pathMentionsKaspersky() || namingTextMatches(thorough);
}

function activate(trigger: Trigger): void {
  pageModule ??= import(/* @vite-ignore */ chrome.runtime.getURL('content/page.js')) as Promise<PageModule>;
  pageModule.then((module) => module.evaluate(trigger)).catch(() => {
    // The extension was reloaded or the import was blocked: the page goes on untouched.
  });
}

/** Whether the first `MAX_ADDED_TEXT` characters of text under `element` (scripts and styles skipped) may concern Kaspersky. */
function addedTextMatches(element: Element): boolean {
  if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE') return false;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_ADDED_TEXT; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent?.tagName !== 'SCRIPT' && parent?.tagName !== 'STYLE') text += node.nodeValue;
  }
  brandPlacesChecked = false;
  return matches(text);
}

function lookAtBatch(): void {
  batchScheduled = false;
  // The extension was reloaded or updated: this copy is orphaned (no runtime id) and stops for good.
  if (!chrome.runtime?.id) {
    observer?.disconnect();
    removeEventListener('popstate', schedule);
    removeEventListener('hashchange', schedule);
    return;
  }
  const added = pending;
  pending = [];
  const now = performance.now();
  // Back to back: within 100 ms of the previous batch, or of the end of a pause.
  busyBatches = now - Math.max(lastBatchAt, pauseEndedAt) < 100 ? busyBatches + 1 : 0;
  lastBatchAt = now;
  if (location.href !== lastHref) {
    lastHref = location.href;
    // After a route change a loaded module re-checks even an unrelated page, so its warning goes away.
    if (pageModule || looksRelevant()) activate('route');
    return;
  }
  for (const element of added) {
    if (element.isConnected && addedTextMatches(element)) {
      activate('mutation');
      return;
    }
  }
  // A page that rewrites itself many times a second and shows nothing relevant is watched
  // in growing pauses: one look per pause instead of one callback per change. A loaded
  // page module means the page is relevant, and then every change is watched.
  if (!pageModule && busyBatches >= BUSY_AFTER_BATCHES) {
    observer?.disconnect();
    pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2);
    setTimeout(resume, pauseMs);
  } else if (busyBatches === 0) {
    pauseMs = BATCH_MS;
  }
}

/** Ends a pause: what changed meanwhile was not seen, so re-read what names the page. */
function resume(): void {
  pauseEndedAt = performance.now();
  watch();
  if (location.href !== lastHref) schedule();
  else if (looksRelevant(false)) activate('mutation');
}

function schedule(): void {
  if (batchScheduled) return;
  batchScheduled = true;
  setTimeout(lookAtBatch, BATCH_MS);
}

function collect(records: MutationRecord[]): void {
  for (let r = 0; r < records.length && pending.length < MAX_PENDING; r += 1) {
    const nodes = records[r]!.addedNodes;
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i]!;
      if (node.nodeType === 1 && pending.length < MAX_PENDING && !(node as Element).hasAttribute('data-kaspersky-warning')) pending.push(node as Element);
    }
  }
  if (pending.length > 0 || location.href !== lastHref) schedule();
}

function watch(): void {
  observer ??= new MutationObserver(collect);
  observer.observe(document, { childList: true, subtree: true });
}

if (looksRelevant()) activate('load');
watch();
addEventListener('popstate', schedule);
addEventListener('hashchange', schedule);
