import { DEFAULT_SETTINGS, SETTING_KEYS, USER_KEYS, type SettingKey, type Settings } from './schema';
import { validateLayer, type ValidationProblem } from './validate';
import { hostInList } from '../shared/hosts';

export type SettingSource = 'default' | 'user' | 'managed';

export interface EffectiveSettings {
  readonly values: Settings;
  /** Where each effective value came from. */
  readonly sources: Readonly<Record<SettingKey, SettingSource>>;
  /** Keys an administrator set: the UI shows them locked. */
  readonly locked: readonly SettingKey[];
  readonly problems: readonly ValidationProblem[];
  /** Any managed policy is in force. */
  readonly managed: boolean;
}

/**
 * defaults ← user settings ← managed policy. Managed values win and lock their key; a
 * user may only change USER_KEYS. Invalid values in either layer are dropped and reported.
 * Pure, so it is tested without a browser.
 */
export function resolveSettings(userRaw: unknown, managedRaw: unknown): EffectiveSettings {
  const user = validateLayer(userRaw, 'user');
  const managed = validateLayer(managedRaw, 'managed');
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const sources = {} as Record<SettingKey, SettingSource>;
  for (const key of SETTING_KEYS) {
    sources[key] = 'default';
    if (key in managed.values) {
      values[key] = managed.values[key];
      sources[key] = 'managed';
    } else if (key in user.values && USER_KEYS.includes(key)) {
      values[key] = user.values[key];
      sources[key] = 'user';
    }
  }
  const locked = SETTING_KEYS.filter((key) => sources[key] === 'managed');
  return {
    values: values as unknown as Settings,
    sources,
    locked,
    problems: [...user.problems.filter((p) => USER_KEYS.includes(p.key as SettingKey)), ...managed.problems],
    managed: Object.keys(managed.values).length > 0,
  };
}

/** What the warning UI should do, derived from the mode and the user's toggles. */
export interface WarningBehaviour {
  readonly badge: boolean;
  readonly notices: boolean;
  readonly confirm: boolean;
  /** The confirmation offers no "Continue anyway" (enterprise block mode). */
  readonly block: boolean;
}

export function warningBehaviour(settings: Settings): WarningBehaviour {
  const { mode } = settings;
  return {
    badge: mode !== 'off',
    notices: (mode === 'warn' || mode === 'confirm' || mode === 'block') && (settings.showNotices || mode === 'block'),
    confirm: (mode === 'confirm' && settings.confirmPurchases) || mode === 'block',
    block: mode === 'block',
  };
}

/** No warning of any kind: the badge, notices and confirmation are all off. */
export const SILENT: WarningBehaviour = Object.freeze({ badge: false, notices: false, confirm: false, block: false });

/**
 * What the warning UI should do on one site: `warningBehaviour`, except that an
 * administrator's excluded hosts (and their subdomains) get no warning at all.
 */
export function behaviourForHost(settings: Settings, hostname: string): WarningBehaviour {
  return hostInList(hostname, settings.excludedHosts) ? SILENT : warningBehaviour(settings);
}
