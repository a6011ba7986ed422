/**
 * "Kaspersky already on this computer": the content gate reports when a page carries
 * Kaspersky's web-protection injector (src/installed/sign.ts). The background applies
 * the two-site rule (src/installed/sightings.ts), keeping only hashes of registrable
 * domains and times, decides whether the one-time notice is due, and — only when an
 * administrator set reportUrl — sends one `kaspersky_present` event per day.
 */
import { webHost, type Route } from './router';
import { browser } from '../platform/browser';
import { loadSettings } from '../settings/store';
import { injectorAmong } from '../installed/sign';
import { noticeDue, recordSighting, reportDue, type Sighting } from '../installed/sightings';
import { registrableDomain } from './dismissals';
import { readTabState } from './tab-state';
import { postWithRetry } from './report';
import type { PresenceStatus } from '../shared/messages';

export const PRESENCE_KEY = 'kasperskyPresence';

interface PresenceState {
  /**
   * Random per-install salt for the domain hashes, so that the stored hashes cannot be
   * matched against a list of popular domains by someone who reads the profile.
   */
  readonly salt?: string;
  readonly sightings?: readonly unknown[];
  /** When the two-site rule last held, and the injector host seen then. */
  readonly lastSeenAt?: number;
  readonly signHost?: string;
  readonly noticeShownAt?: number;
  readonly reportedAt?: number;
}

async function readState(): Promise<PresenceState> {
  const stored = await browser.storage.local.get(PRESENCE_KEY);
  const value = stored[PRESENCE_KEY];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as PresenceState) : {};
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function domainHash(salt: string, domain: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${domain}`));
  return toHex(new Uint8Array(digest).slice(0, 12));
}

/** A purchase warning is showing on the tab: the presence notice must not compete with it. */
async function purchaseWarningShowing(tabId: number): Promise<boolean> {
  const state = await readTabState(tabId).catch(() => null);
  return state !== null && state.verdict.confirmed && (state.verdict.kind === 'product' || state.verdict.kind === 'checkout');
}

/** Content → background: the injector was seen on the sender's page. Answers whether to show the notice. */
export const presenceSeenRoute: Route<'kaspersky-protection-seen'> = {
  from: 'content',
  async handle({ sources }, sender) {
    const none = { showNotice: false };
    const host = webHost(sender?.url ?? '');
    // The page's addresses, resolved against the page: the host decides, never a substring.
    const injector = injectorAmong(sources, sender?.url);
    // Private windows: nothing is persisted from them, so nothing is counted either.
    if (!sender || sender.incognito || !host || !injector) return none;
    const { values } = await loadSettings();
    if (!values.detectInstalled || values.mode === 'off') return none;

    const now = Date.now();
    const previous = await readState();
    const salt = typeof previous.salt === 'string' && previous.salt.length >= 16 ? previous.salt : toHex(crypto.getRandomValues(new Uint8Array(16)));
    const update = recordSighting(previous.sightings as Sighting[] | undefined, await domainHash(salt, registrableDomain(host)), now);
    let next: PresenceState = { ...previous, salt, sightings: update.sightings };
    let showNotice = false;
    if (update.confirmed) {
      next = { ...next, lastSeenAt: now, signHost: injector };
      if (noticeDue(previous.noticeShownAt, now) && !(await purchaseWarningShowing(sender.tabId))) {
        showNotice = true;
        next = { ...next, noticeShownAt: now };
      }
      if (values.reportUrl && reportDue(previous.reportedAt, now)) {
        next = { ...next, reportedAt: now };
        const event = { time: new Date(now).toISOString(), host: injector, kind: 'kaspersky_present' };
        void postWithRetry(values.reportUrl, JSON.stringify(event)).catch(() => undefined);
      }
    }
    await browser.storage.local.set({ [PRESENCE_KEY]: next });
    return { showNotice };
  },
};

/** What the popup and diagnostics show: when Kaspersky's web protection was last seen. */
export async function presenceStatus(): Promise<PresenceStatus | null> {
  const state = await readState();
  return typeof state.lastSeenAt === 'number' ? { lastSeenAt: state.lastSeenAt, signHost: state.signHost ?? '' } : null;
}

/** Popup / details → background. */
export const presenceStatusRoute: Route<'get-presence'> = {
  from: 'pages',
  handle: () => presenceStatus(),
};
