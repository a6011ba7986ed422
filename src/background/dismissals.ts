/**
 * "Don't warn me on this site": one entry per registrable domain in storage.local (never
 * in the page's storage), with an expiry and the facts version it was given under, so a
 * change of facts brings the warnings back. The registrable domain comes from the
 * public-suffix list (tldts), which is why this lives in the background: the content
 * module stays small.
 *
 * API for the details page (src/details): send `list-dismissals` and
 * `remove-dismissal` ({ domain }) through `sendMessage` in src/platform/browser.ts.
 */
import { getDomain } from 'tldts';
import { browser } from '../platform/browser';
import { FACTS_VERSION } from '../facts';
import { loadSettings } from '../settings/store';
import type { SiteDismissal } from '../shared/messages';
import { DISMISSALS_KEY } from '../shared/dismissal-table';
import { webHost, type Route } from './router';

export { DISMISSALS_KEY } from '../shared/dismissal-table';
const DAY_MS = 86_400_000;

type DismissalTable = Record<string, SiteDismissal>;

/** The registrable domain of a page (`www.amazon.co.uk` → `amazon.co.uk`); the host itself for IPs and single labels. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

function isActive(entry: SiteDismissal, now: number): boolean {
  return entry.expiresAt > now && entry.factsVersion === FACTS_VERSION;
}

function isDismissal(value: unknown): value is SiteDismissal {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.domain === 'string' && typeof entry.expiresAt === 'number' && typeof entry.dismissedAt === 'number' && typeof entry.factsVersion === 'number';
}

/** Reads the table, dropping anything malformed, expired or from older facts. */
async function readTable(now = Date.now()): Promise<DismissalTable> {
  const stored = (await browser.storage.local.get(DISMISSALS_KEY))[DISMISSALS_KEY];
  const table: DismissalTable = {};
  if (typeof stored !== 'object' || stored === null) return table;
  for (const value of Object.values(stored as Record<string, unknown>)) {
    if (isDismissal(value) && isActive(value, now)) table[value.domain] = value;
  }
  return table;
}

async function writeTable(table: DismissalTable): Promise<void> {
  await browser.storage.local.set({ [DISMISSALS_KEY]: table });
}

/** The active dismissal covering `hostname`, if the settings let people dismiss at all. */
export async function dismissalFor(hostname: string, now = Date.now()): Promise<SiteDismissal | null> {
  const { values } = await loadSettings();
  if (!values.allowUserDismiss) return null;
  return (await readTable(now))[registrableDomain(hostname)] ?? null;
}

/** Stores a dismissal for `hostname`'s site for `settings.dismissDays`; null when not allowed. */
export async function dismissSite(hostname: string, now = Date.now()): Promise<SiteDismissal | null> {
  const { values } = await loadSettings();
  if (!values.allowUserDismiss || values.dismissDays <= 0) return null;
  const domain = registrableDomain(hostname);
  const entry: SiteDismissal = { domain, dismissedAt: now, expiresAt: now + values.dismissDays * DAY_MS, factsVersion: FACTS_VERSION };
  const table = await readTable(now);
  table[domain] = entry;
  await writeTable(table);
  return entry;
}

export async function listDismissals(now = Date.now()): Promise<SiteDismissal[]> {
  const table = await readTable(now);
  // Rewriting prunes expired and outdated entries as a side effect of looking.
  await writeTable(table);
  return Object.values(table).sort((a, b) => b.dismissedAt - a.dismissedAt);
}

export async function removeDismissal(domain: string): Promise<void> {
  const table = await readTable();
  await writeTable(Object.fromEntries(Object.entries(table).filter(([key]) => key !== domain)));
}

export const getSiteDismissalRoute: Route<'get-site-dismissal'> = {
  from: 'content',
  handle: async (_request, sender) => {
    const host = webHost(sender?.url ?? '');
    return host ? dismissalFor(host) : null;
  },
};

export const dismissSiteRoute: Route<'dismiss-site'> = {
  from: 'content',
  handle: async (_request, sender) => {
    // Private windows: nothing is persisted from them, so no lasting dismissal either.
    if (sender?.incognito) return null;
    const host = webHost(sender?.url ?? '');
    return host ? dismissSite(host) : null;
  },
};

export const listDismissalsRoute: Route<'list-dismissals'> = {
  from: 'pages',
  handle: () => listDismissals(),
};

export const removeDismissalRoute: Route<'remove-dismissal'> = {
  from: 'pages',
  handle: async ({ domain }) => {
    if (typeof domain === 'string') await removeDismissal(domain);
    return undefined;
  },
};
