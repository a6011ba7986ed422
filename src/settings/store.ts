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
  return (await loadSettingsAnd([])).settings;
}

/**
 * The settings and other keys of storage.local in one read (the content page module's first
 * look needs the site dismissals too, and each storage call costs the page's main thread).
 * A failed read gives the defaults and nothing else.
 */
export async function loadSettingsAnd(keys: readonly string[]): Promise<{ settings: EffectiveSettings; stored: Record<string, unknown> }> {
  try {
    const stored = await browser.storage.local.get([USER_SETTINGS_KEY, MANAGED_CACHE_KEY, ...keys]);
    return { settings: resolveSettings(stored[USER_SETTINGS_KEY], stored[MANAGED_CACHE_KEY]), stored };
  } catch {
    return { settings: resolveSettings(undefined, undefined), stored: {} };
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

/** When the background last read the managed policy (ms since epoch), for diagnostics. */
export const MANAGED_READ_AT_KEY = 'managedReadAt';

/**
 * The policy as the browser holds it now. No policy (Firefox rejects, "Managed storage
 * manifest not found") reads as {}. With `timeoutMs`, gives up after that long and
 * returns null: storage.managed can be slow while the browser starts.
 */
export async function readManagedPolicy(timeoutMs?: number): Promise<Record<string, unknown> | null> {
  const read = browser.storage.managed.get().then(
    (values) => values as Record<string, unknown>,
    () => ({}),
  );
  if (timeoutMs === undefined) return read;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads storage.managed (absent policy → {}) and stores it as the last known value, so
 * that every other context reads settings without waiting on storage.managed. Writes the
 * cache only when the policy differs, so open pages are not told about non-changes; the
 * user's layer is never touched.
 */
export async function refreshManagedCache(): Promise<void> {
  const managed = await readManagedPolicy();
  const stored = await browser.storage.local.get([MANAGED_CACHE_KEY, GATE_EXTRAS_KEY]);
  const update: Record<string, unknown> = { [MANAGED_READ_AT_KEY]: Date.now() };
  if (stableJson(stored[MANAGED_CACHE_KEY]) !== stableJson(managed)) update[MANAGED_CACHE_KEY] = managed;
  const extras = gateExtras(resolveSettings(undefined, managed).values);
  if (stableJson(stored[GATE_EXTRAS_KEY]) !== stableJson(extras)) update[GATE_EXTRAS_KEY] = extras;
  await browser.storage.local.set(update);
}

/**
 * What the content gate needs from the policy, validated and compact: hosts where it
 * always looks (`extraHosts`), and extra product names it treats like the brand
 * (`extraProductTerms`). Kept apart from the raw policy so the tiny gate need not
 * validate anything (src/content/gate.ts reads it once per page).
 */
export const GATE_EXTRAS_KEY = 'gateExtras';

export interface GateExtras {
  readonly hosts: readonly string[];
  readonly terms: readonly string[];
}

export function gateExtras(settings: Pick<Settings, 'extraHosts' | 'extraProductTerms'>): GateExtras | null {
  const terms = settings.extraProductTerms.map((term) => term.trim().toLowerCase()).filter((term) => term.length >= 3);
  return settings.extraHosts.length > 0 || terms.length > 0 ? { hosts: settings.extraHosts, terms } : null;
}

/** When the managed policy was last read, or null if never. */
export async function managedReadAt(): Promise<number | null> {
  const stored = await browser.storage.local.get(MANAGED_READ_AT_KEY).catch(() => ({}) as Record<string, unknown>);
  const value = stored[MANAGED_READ_AT_KEY];
  return typeof value === 'number' ? value : null;
}

/** JSON with object keys sorted, so that two equal policies compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Calls `listener` with fresh settings whenever the user's layer or the managed cache changes. */
export function onSettingsChanged(listener: (settings: EffectiveSettings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (USER_SETTINGS_KEY in changes || MANAGED_CACHE_KEY in changes)) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
