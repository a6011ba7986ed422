import { useEffect, useState } from 'preact/hooks';
import { sendMessage, t } from '../platform/browser';
import type { PresenceStatus } from '../shared/messages';
import { SOURCES, UPDATES_END, formatFactDate } from '../facts';
import { ExternalLink } from './ExternalLink';
import { WarningIcon } from './icons';
import { messageWith } from './i18n';

/** When Kaspersky's web protection was last seen in pages (two sites within a day), or null. */
export function usePresence(): PresenceStatus | null | undefined {
  const [status, setStatus] = useState<PresenceStatus | null | undefined>(undefined);
  useEffect(() => {
    sendMessage({ type: 'get-presence' }).then(
      (value) => setStatus(value ?? null),
      () => setStatus(null),
    );
  }, []);
  return status;
}

function lastSeen(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
}

/**
 * "Kaspersky software seems to be running on this computer": what it means (no U.S.
 * updates since the cut-off; keeping it is not illegal) and what to do about it.
 */
export function PresenceNote({ status, locale }: { status: PresenceStatus; locale: string }) {
  return (
    <section class="status status--flagged presence" data-presence aria-labelledby="presence-heading">
      <WarningIcon />
      <div>
        <h2 id="presence-heading" class="status__headline">{t('presencePopupTitle')}</h2>
        <p>{messageWith('presenceNotice', <strong>{formatFactDate(UPDATES_END, locale)}</strong>)}</p>
        <p class="status__hint">{t('presencePopupLastSeen', [lastSeen(status.lastSeenAt, locale)])}</p>
        <p>
          {t('presencePopupAdvice')} <ExternalLink href={SOURCES.kasperskyRemovalTool.url}>{t('popupRemovalLink')}</ExternalLink> ·{' '}
          <ExternalLink href={SOURCES.bisKasperskyPage.url}>{t('popupSourceBisKasperskyPage')}</ExternalLink>
        </p>
      </div>
    </section>
  );
}
