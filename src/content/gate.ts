/**
 * The only script the manifest injects into every page. It must cost next to nothing
 * where nothing is for sale, so it imports nothing: a few cheap reads decide whether the
 * page could concern Kaspersky, and only then is the full detector and warning UI
 * (`content/page.js`, built from `src/content/page.ts`) imported.
 *
 * It talks to `chrome`/`browser` directly instead of through webextension-polyfill, which
 * would triple this file (the page module uses the browser's own namespace too).
 *
 * Cost rules (measured by `npm run bench`; every kind of object a content script's fresh
 * world touches first costs it time): on a page without a hit, no element objects, no
 * Location or URL objects, no regular expressions, no layout reads and no selector runs
 * over the whole document; per mutation, only collecting added elements and one look per
 * observer callback; on pages that keep rewriting themselves, observation in pauses.
 */
import type { PageModule, Trigger } from './page-module';
import { hostAndPath, looksRelevant as pageLooksRelevant, namesBrand } from './relevance';
import { injectionSources, mayBeInjection, MAX_SOURCES } from '../installed/sign';

declare const chrome: {
  runtime: { getURL(path: string): string; id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};
declare const browser: typeof chrome | undefined;

// What may concern Kaspersky (the words, the cart paths, the naming reads) is ./relevance,
// which unit tests run on every corpus page; it is bundled in, nothing is imported at run time.
const MAX_ADDED_TEXT = 4000;
/** Characters of added text read per batch at most. */
const MAX_BATCH_TEXT = 40_000;
/** At most this many added elements are kept per batch: a page adding thousands costs us a fixed amount. */
const MAX_PENDING = 200;
/** After this many back-to-back batches a page counts as busy (a live feed, a ticker). */
const BUSY_AFTER_BATCHES = 3;
/** On a busy page that nothing relevant is on, observation pauses start this long and double up to the maximum. */
const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 2000;

let pageModule: Promise<PageModule> | null = null;
// The address is read from document.URL: a Location object costs a fresh world time to make.
let lastHref = document.URL;
/** The title last judged; with the same address, the same title gets the same answer. */
let judgedTitle = '';
let lastBatchAt = 0;
let pauseEndedAt = 0;
let busyBatches = 0;
let pauseMs = 0;
let paused = false;
let observer: MutationObserver | null = null;

function looksRelevant(): boolean {
  judgedTitle = document.title;
  return pageLooksRelevant(judgedTitle, hostAndPath(document));
}

function loadPageModule(): Promise<PageModule> {
  pageModule ??= import(/* @vite-ignore */ chrome.runtime.getURL('content/page.js')) as Promise<PageModule>;
  return pageModule;
}

function activate(trigger: Trigger, added?: Element): void {
  // The extension was reloaded or updated: this copy is orphaned (no runtime id) and stops
  // for good. Asked only here: the first touch of chrome.runtime costs a page without a hit time.
  if (!chrome.runtime?.id) {
    observer?.disconnect();
    return;
  }
  loadPageModule().then((module) => module.evaluate(trigger, added)).catch(() => {
    // The extension was reloaded or the import was blocked: the page goes on untouched.
  });
}

/**
 * An administrator's `extraHosts` (shops where we always look) and `extraProductTerms`
 * (names that count like the brand, e.g. a white-label rebrand), prepared by the
 * background under `gateExtras`. One storage read per page that the cheap checks passed over.
 */
function lookWithPolicyExtras(): void {
  api()
    .storage.local.get('gateExtras')
    .then(({ gateExtras }) => {
      const extras = gateExtras as { hosts: string[]; terms: string[] } | null | undefined;
      const title = document.title.toLowerCase();
      if (extras?.hosts.some((host) => `.${document.domain}`.endsWith(`.${host}`)) || extras?.terms.some((term) => title.includes(term))) activate('load');
    })
    .catch(() => undefined);
}

/** Firefox's `chrome.*` callbacks-only methods: use the promise-returning `browser` where it exists. */
const api = (): typeof chrome => (typeof browser === 'undefined' ? chrome : browser);

let presenceReported = false;

/**
 * Kaspersky's web protection may have injected its script or stylesheet here
 * (src/installed/sign.ts): the addresses go to the background once per page, which
 * decides by their host, applies the two-site rule and says whether the one-time notice is due.
 */
function reportPresence(sources: string[]): void {
  if (sources.length === 0 || presenceReported) return;
  presenceReported = true;
  api()
    .runtime.sendMessage({ type: 'kaspersky-protection-seen', sources })
    .then((answer) => {
      if ((answer as { showNotice?: boolean } | undefined)?.showNotice) return loadPageModule().then((module) => module.showPresenceNotice());
      return undefined;
    })
    .catch(() => undefined);
}

/** An SPA route change: the new page view is judged by its address and title. Whether the address changed. */
function lookAtRoute(): boolean {
  if (document.URL === lastHref) return false;
  lastHref = document.URL;
  // After a route change a loaded module re-checks even an unrelated page, so its warning goes away.
  if (pageModule || looksRelevant()) activate('route');
  return true;
}

/**
 * One look per observer callback: the browser already hands over all the changes a task
 * made at once, and looking right away (not after a timer, which a busy page delays)
 * puts the warning in the DOM within a frame of the content it is about. Whether it activated.
 */
function lookAtBatch(added: Element[]): boolean {
  if (lookAtRoute()) return true;
  // One pass, one tag read per element: script and stylesheet addresses for the presence
  // check; everyone else's text (textContent is native and far cheaper per character than
  // walking text nodes from script; the caps bound what a huge inserted subtree costs).
  const sources: string[] = [];
  let chars = MAX_BATCH_TEXT;
  let named: Element | undefined;
  for (const element of added) {
    const tag = element.tagName;
    if (tag === 'SCRIPT' || tag === 'LINK') {
      const address = element.getAttribute(tag === 'SCRIPT' ? 'src' : 'href');
      if (mayBeInjection(address)) sources.push(address);
    } else if (!named && chars > 0 && tag !== 'STYLE' && element.isConnected) {
      // An element's textContent is never null (only a document's or a doctype's is).
      const text = element.textContent!.slice(0, MAX_ADDED_TEXT);
      chars -= text.length;
      if (namesBrand(text)) named = element;
    }
  }
  reportPresence(sources.slice(0, MAX_SOURCES));
  if (named) activate('mutation', named);
  return !!named;
}

function pause(): void {
  paused = true;
  observer?.disconnect();
  // Cart drawers, dialogs and portals are usually added as children of <body>: those are
  // still seen during a pause, at no cost while the page churns deeper down.
  if (document.body) observer?.observe(document.body, { childList: true });
  pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2 || FIRST_PAUSE_MS);
  setTimeout(resume, pauseMs);
}

/** Ends a pause: what changed deeper down meanwhile was not seen, so re-read what names the page. */
function resume(): void {
  paused = false;
  pauseEndedAt = Date.now();
  watch();
  if (!lookAtRoute() && document.title !== judgedTitle && looksRelevant()) activate('mutation');
}

function collect(records: MutationRecord[]): void {
  const now = Date.now();
  // Back to back: within 100 ms of the previous batch, or of the end of a pause.
  busyBatches = now - Math.max(lastBatchAt, pauseEndedAt) < 100 ? busyBatches + 1 : 0;
  lastBatchAt = now;
  if (busyBatches === 0) pauseMs = 0;
  // A page that rewrites itself many times a second and shows nothing relevant is watched
  // in growing pauses (a loaded page module means the page is relevant: then every change
  // is watched). Still busy right after a pause: only the address is looked at before the
  // next one; reading one batch of thousands would rarely find what the pause missed.
  const watchedInPauses = !pageModule && !paused;
  if (watchedInPauses && pauseMs > 0 && busyBatches > 0) {
    if (!lookAtRoute()) pause();
    return;
  }
  const added: Element[] = [];
  for (let r = 0; r < records.length && added.length < MAX_PENDING; r += 1) {
    const nodes = records[r]!.addedNodes;
    for (let i = 0; i < nodes.length && added.length < MAX_PENDING; i += 1) {
      const node = nodes[i]!;
      if (node.nodeType === 1 && !(node as Element).hasAttribute('data-kaspersky-warning')) added.push(node as Element);
    }
  }
  if (lookAtBatch(added)) return;
  if (watchedInPauses && busyBatches >= BUSY_AFTER_BATCHES) pause();
}

function watch(): void {
  observer ??= new MutationObserver(collect);
  observer.observe(document, { childList: true, subtree: true });
}

if (looksRelevant()) activate('load');
else lookWithPolicyExtras();
reportPresence(injectionSources(document));
watch();
