/**
 * Settings in extension storage. `storage.local` holds the user's layer and the last
 * known managed policy (`managedCache`), so every context reads settings without waiting
 * on storage.managed, which can be slow at browser start. The background refreshes the
 * cache at start-up and whenever the policy changes.
 */
import { browser } from '../platform/browser';
import type { Settings } from './schema';
import { resolveSettings, type EffectiveSettings } from './resolve';

export const USER_SETTINGS_KEY = 'userSettings';
export const MANAGED_CACHE_KEY = 'managedCache';

export async function loadSettings(): Promise<EffectiveSettings> {
  try {
    const stored = await browser.storage.local.get([USER_SETTINGS_KEY, MANAGED_CACHE_KEY]);
    return resolveSettings(stored[USER_SETTINGS_KEY], stored[MANAGED_CACHE_KEY]);
  } catch {
    return resolveSettings(undefined, undefined);
  }
}

/** Changes some of the user's settings, keeping the rest. */
export async function saveUserSettings(patch: Partial<Settings>): Promise<void> {
  const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
  const current = stored[USER_SETTINGS_KEY];
  const base = current && typeof current === 'object' && !Array.isArray(current) ? current : {};
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: { ...base, ...patch } });
}

export async function resetUserSettings(): Promise<void> {
  await browser.storage.local.remove(USER_SETTINGS_KEY);
}

/** Reads storage.managed (absent policy → {}) and stores it as the last known value. */
export async function refreshManagedCache(): Promise<void> {
  const managed = await browser.storage.managed.get().catch(() => ({}));
  await browser.storage.local.set({ [MANAGED_CACHE_KEY]: managed });
}

/** Calls `listener` with fresh settings whenever the user's layer or the managed cache changes. */
export function onSettingsChanged(listener: (settings: EffectiveSettings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (USER_SETTINGS_KEY in changes || MANAGED_CACHE_KEY in changes)) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
