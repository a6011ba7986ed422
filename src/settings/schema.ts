/**
 * The extension's settings: one list of keys with their defaults and validators. The
 * managed-storage schema (assets/policy-schema.json) names the same keys; a test keeps
 * the two in step.
 */
export type Mode = 'off' | 'inform' | 'warn' | 'confirm' | 'block';
export const MODES: readonly Mode[] = ['off', 'inform', 'warn', 'confirm', 'block'];

export interface Settings {
  /** off · inform (badge only) · warn (notices) · confirm (notices + confirmation) · block (confirmation, no continue). */
  readonly mode: Mode;
  /** User toggles; within `mode`, each can only turn a part off. */
  readonly showNotices: boolean;
  readonly confirmPurchases: boolean;
  readonly allowUserDismiss: boolean;
  /** How long "don't warn me on this site" lasts. */
  readonly dismissDays: number;
  readonly organizationName: string;
  readonly message: string;
  readonly supportUrl: string;
  readonly supportEmail: string;
  /** Hosts (and their subdomains) where the extension never warns. */
  readonly excludedHosts: readonly string[];
  /** Extra shops to treat as retailers (their product pages are checked like any shop's). */
  readonly extraHosts: readonly string[];
  /** Extra product names that count as Kaspersky (e.g. a white-label rebrand). */
  readonly extraProductTerms: readonly string[];
  readonly showFirstRunPage: boolean;
  /** When set by an administrator, warning events are POSTed here. Empty: nothing is sent. */
  readonly reportUrl: string;
  /** Notice Kaspersky's web protection injected into pages (Kaspersky installed on this computer). */
  readonly detectInstalled: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  mode: 'confirm',
  showNotices: true,
  confirmPurchases: true,
  allowUserDismiss: true,
  dismissDays: 30,
  organizationName: '',
  message: '',
  supportUrl: '',
  supportEmail: '',
  excludedHosts: [],
  extraHosts: [],
  extraProductTerms: [],
  showFirstRunPage: true,
  reportUrl: '',
  detectInstalled: true,
});

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Keys a person may change on the details page (the rest are for administrators). */
export const USER_KEYS: readonly SettingKey[] = ['showNotices', 'confirmPurchases', 'detectInstalled'];
