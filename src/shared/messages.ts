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
  /**
   * Content script → background: a warning was shown, or the user continued or went back.
   * Sent to the administrator's reportUrl when one is set (background/report.ts).
   */
  'report-event': { request: WarningEvent; response: undefined };
  /** Content script → background: open the details page (content scripts cannot open extension pages). */
  'open-details': { request: { readonly from: 'notice' | 'confirm' | 'presence' }; response: undefined };
  /** Content script → background: the active "don't warn me on this site" for the sender's site, if any. */
  'get-site-dismissal': { request: Record<never, never>; response: SiteDismissal | null };
  /** Content script → background: don't warn on the sender's registrable domain (for settings.dismissDays). */
  'dismiss-site': { request: Record<never, never>; response: SiteDismissal | null };
  /** Details page → background: every active site dismissal, newest first. */
  'list-dismissals': { request: Record<never, never>; response: SiteDismissal[] };
  /** Details page → background: warn on this registrable domain again. */
  'remove-dismissal': { request: { readonly domain: string }; response: undefined };
  /**
   * Content script → background: the page may carry Kaspersky's web-protection injector
   * (up to five script/stylesheet addresses; the background decides by their host). The
   * answer says whether to show the one-time notice (background/installed.ts).
   */
  'kaspersky-protection-seen': { request: { readonly sources: readonly string[] }; response: { readonly showNotice: boolean } };
  /** Popup / details page → background: when Kaspersky software was last seen running on this computer. */
  'get-presence': { request: Record<never, never>; response: PresenceStatus | null };
}

/** Kaspersky's web protection seen on two sites within a day (background/installed.ts). */
export interface PresenceStatus {
  readonly lastSeenAt: number;
  /** The injector's host, e.g. `gc.kis.v2.scr.kaspersky-labs.com`. */
  readonly signHost: string;
}

/** One "don't warn me on this site" choice (background/dismissals.ts). */
export interface SiteDismissal {
  /** Registrable domain (public-suffix aware), e.g. `amazon.co.uk`. */
  readonly domain: string;
  readonly dismissedAt: number;
  readonly expiresAt: number;
  /** FACTS_VERSION when dismissed: a change of facts brings the warning back. */
  readonly factsVersion: number;
}

/** What the warning UI tells the background about one warning; the host comes from the sender. */
export interface WarningEvent {
  readonly kind: 'product' | 'checkout' | 'confirm' | 'listing';
  readonly product: string;
  readonly action: 'shown' | 'continued' | 'went_back';
}

export type MessageType = keyof MessageMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & MessageMap[K]['request'] : never;
export type Response<K extends MessageType> = MessageMap[K]['response'];
