import { t } from '../platform/browser';
import { OTHER_GOVERNMENTS, formatFactDate } from '../facts';

export function OtherGovernments({ locale }: { locale: string }) {
  return (
    <>
      <p>{t('detailsOtherIntro')}</p>
      <ul class="other">
        {OTHER_GOVERNMENTS.map((action) => (
          <li key={action.id} data-other={action.id}>
            <time dateTime={action.date}>{formatFactDate(action.date, locale)}</time>
            <span>{t(`detailsOther_${action.id}`, (action.lineDates ?? []).map((iso) => formatFactDate(iso, locale)))}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
