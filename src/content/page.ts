/**
 * Imported by the gate only on pages that may concern Kaspersky: runs the full detector,
 * reports the verdict to the background (badge, popup) and shows the warning the settings
 * ask for — a notice on product and cart pages, a confirmation on purchase controls,
 * markers on search results — or removes it when the page (an SPA route) changes.
 */
import { detectPage } from '../detect';
import { NO_VERDICT, type Detection, type Placement, type Verdict } from '../detect/types';
import { browser, sendMessage, t } from '../platform/browser';
import { loadSettingsAnd, onSettingsChanged } from '../settings/store';
import { behaviourForHost, type EffectiveSettings, type WarningBehaviour } from '../settings/resolve';
import type { Settings } from '../settings/schema';
import type { SiteDismissal, WarningEvent } from '../shared/messages';
import { DISMISSALS_KEY, mayCoverHost } from '../shared/dismissal-table';
import { reportWarningEvent } from '../shared/report-event';
import type { Trigger } from './page-module';
import { installInterceptor, uninstallInterceptor, type HeldAction } from './ui/interceptor';
import { createStyledHost, type WarningHost } from './ui/host';
import { createKeeper } from './ui/keeper';
import { mountNotice } from './ui/notice';
import { mountConfirm } from './ui/confirm';
import { mountListingMarker } from './ui/marker';
import type { UiText } from './ui/text';
import { placeNotice } from './ui/placement';

type NoticeKind = 'product' | 'checkout';

interface PageState {
  verdict: Verdict;
  settings: Settings;
  behaviour: WarningBehaviour;
  dismissed: boolean;
}

const text: UiText = { t: (key, substitutions) => t(key, substitutions), locale: browser.i18n.getUILanguage() };
const keeper = createKeeper();

// Warnings left by an earlier instance of the extension (before an update or reload) go:
// Firefox injects the new content script into open tabs, where the old one's UI remains
// in the DOM with nothing behind it, and it would show twice.
for (const stale of Array.from(document.querySelectorAll('[data-kaspersky-warning]'))) stale.remove();

let state: PageState | null = null;
let lastReported = '';
let notice: { host: WarningHost; key: string } | null = null;
let dialogOpen = false;
/** ✕ hides the notice for this page view; an SPA route change starts a new one. */
let hiddenThisView = false;
/**
 * After "Continue anyway" the person has decided for this page view: the page's own
 * follow-up steps (a script submitting the form after our replayed click, Buy Now after
 * Add to Cart) are not asked about again.
 */
let continuedThisView = false;
let siteDismissal: Promise<SiteDismissal | null> | null = null;
/** The settings, read once and again only after they change: every look would otherwise wait on storage. */
let settingsLoad: Promise<EffectiveSettings> | null = null;
let lastExtraTerms: readonly string[] = [];
const markers = new Map<Element, HTMLElement>();
let queue: Promise<void> = Promise.resolve();
/** Content added since the last look that names Kaspersky (from the gate), and the drawer the last verdict came from. */
let focus: Element[] = [];
let lastDrawer: Element | null = null;
let watchingSettings = false;

function report(verdict: Verdict): void {
  const key = JSON.stringify(verdict);
  if (key === lastReported) return;
  lastReported = key;
  sendMessage({ type: 'verdict', verdict, host: location.hostname }).catch(() => {
    // The background may be restarting; the next evaluation reports again.
    lastReported = '';
  });
}

/** Events are for an administrator's reportUrl only: without one (as these settings say) no message is sent — each costs the page time. */
function reportEvent(kind: WarningEvent['kind'], action: WarningEvent['action'], current: PageState): void {
  if (!current.settings.reportUrl) return;
  reportWarningEvent(kind, current.verdict.products[0] ?? '', action);
}

function openDetails(from: 'notice' | 'confirm'): void {
  sendMessage({ type: 'open-details', from }).catch(() => undefined);
}

function warnsHere(current: PageState | null): current is PageState & { verdict: Verdict & { kind: NoticeKind } } {
  return !!current && !current.dismissed && current.verdict.confirmed && (current.verdict.kind === 'product' || current.verdict.kind === 'checkout');
}

function removeNotice(): void {
  if (!notice) return;
  keeper.release(notice.host.element);
  notice.host.element.remove();
  notice = null;
}

function removeMarkers(keep: ReadonlySet<Element> = new Set()): void {
  for (const [tile, marker] of markers) {
    if (keep.has(tile) && marker.isConnected) continue;
    marker.remove();
    markers.delete(tile);
  }
}

async function dismissSite(): Promise<void> {
  hiddenThisView = true;
  removeNotice();
  const dismissal = await sendMessage({ type: 'dismiss-site' }).catch(() => null);
  if (dismissal) {
    siteDismissal = Promise.resolve(dismissal);
    if (state) state.dismissed = true;
    removeMarkers();
  }
}

function showNotice(kind: NoticeKind, current: PageState, anchor: Element | null): void {
  const key = JSON.stringify([kind, current.verdict.products, current.verdict.evidence.map((e) => e.signal), current.settings.allowUserDismiss, current.settings.dismissDays]);
  if (notice?.key === key && notice.host.element.isConnected) return;
  removeNotice();
  const host = createStyledHost(kind);
  const mounted = mountNotice(host.root, {
    kind,
    verdict: current.verdict,
    text,
    dismissDays: current.settings.allowUserDismiss && current.settings.dismissDays > 0 ? current.settings.dismissDays : null,
    onHide: () => {
      hiddenThisView = true;
      removeNotice();
    },
    onDismissSite: () => void dismissSite(),
    onOpenDetails: () => openDetails('notice'),
  });
  if (!placeNotice(host.element, anchor)) return;
  notice = { host, key };
  keeper.keep({ element: host.element, kind, reinsert: () => placeNotice(host.element, anchor) });
  // Filled after insertion so that screen readers announce it (a live region changing).
  setTimeout(() => mounted.announce(), 50);
  afterThisTask(() => reportEvent(kind, 'shown', current));
}

function showMarkers(tiles: readonly Element[]): void {
  const live = new Set(tiles.filter((tile) => tile.isConnected));
  removeMarkers(live);
  for (const tile of live) {
    if (markers.has(tile)) continue;
    const host = createStyledHost('listing');
    mountListingMarker(host.root, text);
    tile.prepend(host.element);
    markers.set(tile, host.element);
  }
}

/** Interceptor hook: the confirmation. Throwing here lets the page's action through (fail open). */
function confirmPurchase(action: HeldAction): void {
  const current = state;
  if (!warnsHere(current)) return action.replay();
  // A second press while the dialog is open is the same decision, still pending.
  if (dialogOpen) return;
  const kind = current.verdict.kind;
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const host = createStyledHost('confirm');
  let closed = false;
  const keepFocusInside = (event: FocusEvent): void => {
    if (event.target !== host.element) mounted.focusDefault();
  };
  const close = (after?: () => void): void => {
    if (closed) return;
    closed = true;
    dialogOpen = false;
    document.removeEventListener('focusin', keepFocusInside, true);
    keeper.release(host.element);
    host.element.remove();
    const focusTarget = action.control instanceof HTMLElement && action.control.isConnected ? action.control : previousFocus;
    focusTarget?.focus({ preventScroll: true });
    after?.();
  };
  const values = current.settings;
  const mounted = mountConfirm(host.root, {
    kind,
    verdict: current.verdict,
    text,
    block: current.behaviour.block,
    support: { organizationName: values.organizationName, message: values.message, supportUrl: values.supportUrl, supportEmail: values.supportEmail },
    onGoBack: () => {
      close();
      reportEvent('confirm', 'went_back', current);
    },
    onContinue: () => {
      if (current.behaviour.block) return;
      continuedThisView = true;
      close(action.replay);
      reportEvent('confirm', 'continued', current);
    },
    onOpenDetails: () => openDetails('confirm'),
  });
  const parent = document.body ?? document.documentElement;
  parent.append(host.element);
  dialogOpen = true;
  keeper.keep({ element: host.element, kind: 'confirm', reinsert: () => (parent.isConnected ? (parent.append(host.element), true) : false) });
  document.addEventListener('focusin', keepFocusInside, true);
  mounted.focusDefault();
  reportEvent('confirm', 'shown', current);
}

async function apply(trigger: Trigger): Promise<void> {
  if (trigger === 'route') {
    // A new page view: ✕ no longer applies, and the verdict is reported even if unchanged
    // (the background may have cleared the tab's badge on the URL change).
    hiddenThisView = false;
    continuedThisView = false;
    lastReported = '';
  }
  if (!settingsLoad) {
    // Settings and the site dismissals in one read; detection runs meanwhile.
    const first = loadSettingsAnd([DISMISSALS_KEY]);
    settingsLoad = first.then(({ settings }) => settings);
    siteDismissal ??= first.then(({ stored }) => siteDismissalFrom(stored[DISMISSALS_KEY]));
  }
  const looked = lastDrawer?.isConnected ? [...focus, lastDrawer] : focus;
  focus = [];
  // Detection runs while the settings are read. The one setting it takes, the policy's
  // extra product names, is known from the last read: only a change means a second run.
  const detect = (extraProductTerms: readonly string[]): Detection => detectPage({ document, url: new URL(location.href), extraProductTerms, focus: looked });
  const started = Date.now();
  let detection = detect(lastExtraTerms);
  const { values: settings } = await settingsLoad;
  if (settings.extraProductTerms.join('\n') !== lastExtraTerms.join('\n')) {
    lastExtraTerms = settings.extraProductTerms;
    detection = detect(lastExtraTerms);
  }
  // On a huge page detection can take a frame or more: the page gets its turn before the
  // notice is built, so that detecting and building are not one long task of ours.
  if (Date.now() - started > ONE_FRAME_MS) await nextTask();
  const { verdict, placement } = detection;
  lastDrawer = detection.drawer ?? null;
  const behaviour = behaviourForHost(settings, location.hostname);
  const dismissed = settings.allowUserDismiss && (await siteDismissal) !== null;
  state = { verdict, settings, behaviour, dismissed };
  render(state, placement);
  // What does not change the page waits for the next task, so the warning reaches the screen first.
  afterThisTask(() => {
    // Mode off or an excluded host: no badge either, so report nothing found.
    report(behaviour.badge ? verdict : NO_VERDICT);
    if (watchingSettings) return;
    // A policy or settings change reaches this page live.
    watchingSettings = true;
    onSettingsChanged((fresh) => {
      settingsLoad = Promise.resolve(fresh);
      void evaluate('settings');
    });
  });
}

const afterThisTask = (work: () => void): void => void setTimeout(work, 0);

const ONE_FRAME_MS = 16;
/** Resumes in a new task: ahead of the queue where the browser can (`scheduler.yield`), else after it. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * This site's dismissal, given the stored table. The background judges it (it has the
 * public-suffix list), and is asked only when the table could hold an entry for this host:
 * almost never, so the first warning rarely waits on a message (or on waking the background).
 */
async function siteDismissalFrom(table: unknown): Promise<SiteDismissal | null> {
  if (!mayCoverHost(table, location.hostname)) return null;
  return sendMessage({ type: 'get-site-dismissal' }).catch(() => null);
}

function render(current: PageState, placement: Placement): void {
  const { behaviour, verdict } = current;
  if (warnsHere(current) && behaviour.notices && !hiddenThisView) showNotice(current.verdict.kind, current, placement.anchor);
  else removeNotice();

  if (warnsHere(current) && behaviour.confirm) installInterceptor({ isActive: () => !continuedThisView && warnsHere(state) && state.behaviour.confirm, confirm: confirmPurchase });
  else uninstallInterceptor();

  if (!current.dismissed && behaviour.notices && verdict.confirmed && placement.tiles.length > 0) showMarkers(placement.tiles);
  else removeMarkers();
}

export function evaluate(trigger: Trigger, added?: Element): Promise<void> {
  // Top frame only (the manifest injects nowhere else): never inside payment iframes.
  if (window !== window.top) return Promise.resolve();
  if (added && focus.length < 20) focus.push(added);
  // One evaluation at a time: a burst of triggers must not render twice.
  queue = queue.then(() => apply(trigger)).catch(() => {
    // A failure leaves the page as it is; the next trigger tries again.
  });
  return queue;
}

export { showPresenceNotice } from './presence';
