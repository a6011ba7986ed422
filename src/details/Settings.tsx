import { useEffect, useState } from 'preact/hooks';
import { browser, sendMessage, t } from '../platform/browser';
import { formatFactDate } from '../facts';
import { resetUserSettings, saveUserSettings } from '../settings/store';
import type { EffectiveSettings } from '../settings/resolve';
import type { SettingKey } from '../settings/schema';
import type { SiteDismissal } from '../shared/messages';

/** The settings a person may change here, with their labels (administrators' keys are in diagnostics). */
const TOGGLES: readonly { key: SettingKey & ('showNotices' | 'confirmPurchases' | 'detectInstalled'); label: string; hint?: string }[] = [
  { key: 'showNotices', label: 'detailsSettingShowNotices', hint: 'detailsSettingShowNoticesHint' },
  { key: 'confirmPurchases', label: 'detailsSettingConfirm' },
  { key: 'detectInstalled', label: 'detailsSettingDetectInstalled' },
];

function managedByText(settings: EffectiveSettings): string {
  const org = settings.values.organizationName.trim();
  return org ? t('detailsManagedBy', [org]) : t('detailsManagedByUnnamed');
}

/** ISO date (UTC calendar day) of a timestamp, for formatFactDate. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function useDismissals(): [SiteDismissal[] | null, () => Promise<void>] {
  const [list, setList] = useState<SiteDismissal[] | null>(null);
  const refresh = async (): Promise<void> => {
    setList(await sendMessage({ type: 'list-dismissals' }).catch(() => []));
  };
  useEffect(() => {
    void refresh();
  }, []);
  return [list, refresh];
}

export function SettingsPanel({ settings, locale }: { settings: EffectiveSettings; locale: string }) {
  const [dismissals, refreshDismissals] = useDismissals();
  const [status, setStatus] = useState('');

  const save = async (key: SettingKey, value: boolean): Promise<void> => {
    try {
      await saveUserSettings({ [key]: value });
      setStatus(t('detailsSaved'));
    } catch {
      setStatus(t('detailsSaveFailed'));
    }
  };

  const removeDismissal = async (domain: string): Promise<void> => {
    await sendMessage({ type: 'remove-dismissal', domain });
    await refreshDismissals();
    setStatus(t('detailsExceptionsRemoved', [domain]));
  };

  const reset = async (): Promise<void> => {
    await resetUserSettings();
    for (const entry of dismissals ?? []) await sendMessage({ type: 'remove-dismissal', domain: entry.domain });
    await refreshDismissals();
    setStatus(t('detailsResetDone'));
  };

  return (
    <div class="settings">
      <ul class="toggles">
        {TOGGLES.map(({ key, label, hint }) => {
          const locked = settings.locked.includes(key);
          const id = `setting-${key}`;
          const describedBy = [hint ? `${id}-hint` : '', locked ? `${id}-managed` : ''].filter(Boolean).join(' ') || undefined;
          return (
            <li key={key} class={locked ? 'toggle toggle--locked' : 'toggle'} data-user-setting={key}>
              <input
                type="checkbox"
                id={id}
                checked={Boolean(settings.values[key])}
                disabled={locked}
                aria-describedby={describedBy}
                onChange={(event) => void save(key, (event.currentTarget as HTMLInputElement).checked)}
              />
              <div>
                <label for={id}>{t(label)}</label>
                {hint && (
                  <p class="muted" id={`${id}-hint`}>
                    {t(hint)}
                  </p>
                )}
                {locked && (
                  <p class="managed" id={`${id}-managed`} data-managed>
                    {managedByText(settings)}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>

      <h3>{t('detailsExceptionsHeading')}</h3>
      {dismissals && dismissals.length > 0 ? (
        <ul class="exceptions" data-exceptions>
          {dismissals.map((entry) => (
            <li key={entry.domain} data-exception={entry.domain}>
              <span>
                <strong>{entry.domain}</strong> <span class="muted">{t('detailsExceptionsUntil', [formatFactDate(isoDay(entry.expiresAt), locale)])}</span>
              </span>
              <button type="button" class="button" aria-label={t('detailsExceptionsRemoveLabel', [entry.domain])} onClick={() => void removeDismissal(entry.domain)}>
                {t('detailsExceptionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" data-exceptions-empty>
          {t('detailsExceptionsEmpty')}
        </p>
      )}

      <div class="reset">
        <button type="button" class="button" onClick={() => void reset()} data-reset aria-describedby="reset-hint">
          {t('detailsReset')}
        </button>
        <p class="muted" id="reset-hint">
          {t('detailsResetHint')}
        </p>
      </div>
      <p class="settings__status" role="status" aria-live="polite" data-settings-status>
        {status}
      </p>
    </div>
  );
}

/** Current extension version, from the manifest the browser loaded. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
