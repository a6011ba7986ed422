/**
 * Keeps the cached managed policy (settings/store.ts) in step with the browser's:
 * on every background start (a service worker restarts often), at browser start-up, on
 * install or update, and whenever the browser delivers a policy change
 * (storage.onChanged, area `managed`). Open pages follow through onSettingsChanged.
 */
import { browser, type Runtime } from '../platform/browser';
import { resolveSettings } from '../settings/resolve';
import { readManagedPolicy, refreshManagedCache } from '../settings/store';

function refresh(): void {
  refreshManagedCache().catch(() => {
    // Storage unavailable (profile shutting down): the next start refreshes again.
  });
}

/** Registers the listeners; call once, synchronously, at the top of the background script. */
export function watchManagedPolicy(): void {
  browser.runtime.onStartup.addListener(refresh);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') refresh();
  });
  refresh();
}

/**
 * How long the first-run decision waits for storage.managed. Right after an install
 * Chromium answers only once its policy service has loaded the extension's schema (about
 * 3 s measured on 2 cores); past this, the page opens anyway.
 */
const FIRST_RUN_POLICY_TIMEOUT_MS = 10_000;

/** Whether to open the welcome page after a fresh install (policy `showFirstRunPage`). */
export async function shouldOpenFirstRunPage(timeoutMs = FIRST_RUN_POLICY_TIMEOUT_MS): Promise<boolean> {
  const managed = await readManagedPolicy(timeoutMs);
  if (managed === null) return true;
  return resolveSettings(undefined, managed).values.showFirstRunPage;
}

/**
 * Installed by an administrator's policy (force-install)? That is where `showFirstRunPage`
 * matters, so only then is the welcome page held back until the policy can be read; a
 * person installing it sees the page at once.
 */
async function installedByPolicy(): Promise<boolean> {
  try {
    return (await browser.management.getSelf()).installType === 'admin';
  } catch {
    return false;
  }
}

/** runtime.onInstalled: refresh the policy cache, and on a fresh install maybe open the welcome page. */
export async function handleInstalled({ reason }: Runtime.OnInstalledDetailsType, welcomeUrl: string): Promise<void> {
  refresh();
  if (reason !== 'install') return;
  const open = !(await installedByPolicy()) || (await shouldOpenFirstRunPage());
  if (open) await browser.tabs.create({ url: welcomeUrl });
}
