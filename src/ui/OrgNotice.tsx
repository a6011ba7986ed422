import { t } from '../platform/browser';
import type { EffectiveSettings } from '../settings/resolve';
import { ExternalLink } from './ExternalLink';
import { BuildingIcon } from './icons';

/** The organisation's name as the UI says it, or a neutral phrase when the policy names none. */
export function organizationLabel(settings: EffectiveSettings): string {
  return settings.values.organizationName.trim() || t('popupOrgUnnamed');
}

/** Only http(s) and mailto links from a policy are rendered as links. */
function safeSupportHref(settings: EffectiveSettings): string | null {
  const { supportUrl, supportEmail } = settings.values;
  if (supportUrl) {
    try {
      const url = new URL(supportUrl);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // An invalid URL from a policy is shown nowhere; diagnostics report it.
    }
  }
  if (supportEmail && /^[^\s@]+@[^\s@]+$/.test(supportEmail)) return `mailto:${supportEmail}`;
  return null;
}

/**
 * What an organisation that manages this browser wants the user to know: who manages it,
 * its message, where to get help, and — always, when it is on — that warnings are reported.
 * Renders nothing for unmanaged browsers.
 */
export function OrgNotice({ settings }: { settings: EffectiveSettings }) {
  if (!settings.managed) return null;
  const org = organizationLabel(settings);
  const { message, reportUrl, supportEmail } = settings.values;
  const support = safeSupportHref(settings);
  return (
    <section class="org" data-org-notice aria-label={settings.values.organizationName ? t('popupManagedBy', [org]) : t('popupManagedByUnnamed')}>
      <p class="org__by">
        <BuildingIcon />
        <span>{settings.values.organizationName ? t('popupManagedBy', [org]) : t('popupManagedByUnnamed')}</span>
      </p>
      {message && <p class="org__message">{message}</p>}
      {support && (
        <p class="org__support">
          {t('popupSupport', [org])}{' '}
          <ExternalLink href={support}>{support.startsWith('mailto:') ? supportEmail : support}</ExternalLink>
        </p>
      )}
      {reportUrl && (
        <p class="org__report" data-report-disclosure>
          {t('popupReportNotice', [org])}
        </p>
      )}
    </section>
  );
}
